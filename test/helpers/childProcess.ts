/** Real child processes for host tests: a TypeScript entry bundled once with esbuild, then spawned under Node. */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { build } from 'esbuild';

export interface BundledChild {
  script: string;
  dispose(): Promise<void>;
}

export async function bundleChild(source: string): Promise<BundledChild> {
  const dir = await mkdtemp(join(tmpdir(), 'accord-child-'));
  const script = join(dir, 'child.mjs');
  await build({ entryPoints: [source], outfile: script, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'silent' });
  return { script, dispose: () => rm(dir, { recursive: true, force: true }) };
}

export interface Child {
  pid: number;
  /** The next line the child prints on stdout ('' once it has ended). */
  nextLine(): Promise<string>;
  /** Every line after the ones already read, until the child exits. */
  rest(): Promise<string[]>;
  send(line: string): void;
  signal(signal: NodeJS.Signals): void;
  exitCode(): Promise<number | null>;
  kill(): Promise<void>;
}

export function spawnChild(script: string, args: string[], env: NodeJS.ProcessEnv = process.env): Child {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['pipe', 'pipe', 'inherit'], env });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const nextLine = async () => {
    const next = await lines.next();
    return next.done ? '' : next.value;
  };
  return {
    pid: child.pid!,
    nextLine,
    async rest() {
      const all: string[] = [];
      for (let next = await lines.next(); !next.done; next = await lines.next()) all.push(next.value);
      return all;
    },
    send(line) {
      child.stdin.write(`${line}\n`);
    },
    signal(signal) {
      child.kill(signal);
    },
    exitCode: () => exited,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
