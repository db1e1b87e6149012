/** Runs lockHolderChild.ts as a real second process (bundled once with esbuild). */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const CHILD_SOURCE = fileURLToPath(new URL('./lockHolderChild.ts', import.meta.url));

export interface LockHolder {
  pid: number;
  /** The next line the child prints. */
  nextLine(): Promise<string>;
  send(command: 'release' | 'exit'): void;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export async function bundleLockHolder(): Promise<{ script: string; dispose(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'accord-lock-child-'));
  const script = join(dir, 'lockHolderChild.mjs');
  await build({ entryPoints: [CHILD_SOURCE], outfile: script, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'silent' });
  return { script, dispose: () => rm(dir, { recursive: true, force: true }) };
}

export function spawnLockHolder(script: string, dataDir: string): LockHolder {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [script, dataDir], { stdio: ['pipe', 'pipe', 'pipe'] });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    pid: child.pid!,
    async nextLine() {
      const next = await lines.next();
      return next.done ? '' : next.value;
    },
    send(command) {
      child.stdin.write(`${command}\n`);
    },
    async kill(signal = 'SIGKILL') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
