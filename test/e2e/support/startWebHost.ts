/**
 * Starts the real browser-mode host (`node out/main/web.js`) on a free port with a fresh data
 * folder, and hands back its launch URL. Needs `electron-vite build` to have run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
/**
 * ACCORD_OUT_DIR picks another build folder inside the repository (e.g. `.out-mine`), so that
 * parallel builds do not replace the files a running test is serving.
 */
const WEB_HOST_ENTRY = join(REPO_ROOT, process.env.ACCORD_OUT_DIR ?? 'out', 'main/web.js');

export interface WebHost {
  /** The launch URL with the access token, e.g. http://127.0.0.1:PORT/?token=… */
  launchUrl: string;
  /** http://127.0.0.1:PORT */
  origin: string;
  port: number;
  dataDir: string;
  /** Everything the host printed, for failure messages. */
  output(): string;
  /** Whether the host process is still up (a spec sharing one host replaces a dead one). */
  running(): boolean;
  /** Stops the host gracefully (it saves pending changes first) and removes the data folder unless kept. */
  stop(options?: { keepData?: boolean }): Promise<void>;
}

export interface StartWebHostOptions {
  /** Reuse a data folder (e.g. to restart the host on the same library). */
  dataDir?: string;
  extraArgs?: string[];
  timeoutMs?: number;
}

const URL_LINE = /(http:\/\/127\.0\.0\.1:(\d+)\/\?token=[A-Za-z0-9_-]+)/;

export async function startWebHost(options: StartWebHostOptions = {}): Promise<WebHost> {
  if (!existsSync(WEB_HOST_ENTRY)) throw new Error(`${WEB_HOST_ENTRY} is missing: run \`npx electron-vite build\` first.`);
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'accord-e2e-')));
  const child = spawn(process.execPath, [WEB_HOST_ENTRY, '--port', '0', '--data-dir', dataDir, ...(options.extraArgs ?? [])], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.setEncoding('utf8');
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => (output += chunk));

  const launchUrl = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => fail(new Error(`The web host printed no URL within ${options.timeoutMs ?? 15_000} ms.\n${output}`)), options.timeoutMs ?? 15_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    };
    child.stdout!.on('data', (chunk: string) => {
      output += chunk;
      const match = URL_LINE.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]!);
      }
    });
    child.once('exit', (code) => fail(new Error(`The web host exited (code ${code}) before printing its URL.\n${output}`)));
  });
  const port = Number(URL_LINE.exec(launchUrl)![2]);

  return {
    launchUrl,
    origin: `http://127.0.0.1:${port}`,
    port,
    dataDir,
    output: () => output,
    running: () => child.exitCode === null && child.signalCode === null,
    async stop({ keepData = false } = {}) {
      await stopProcess(child);
      if (!keepData && !options.dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}
