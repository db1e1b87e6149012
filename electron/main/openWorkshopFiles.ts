/**
 * A workshop file opened from the operating system (double-click, "Open with", the dock, a
 * jump list) becomes the open workshop in the console: the host imports its text into the
 * library, as Library → Import does, and opens it; the console follows the host's session.
 *
 * How the file arrives differs: macOS sends `open-file` (also before Accord is ready, when the
 * double-click started it); Windows and Linux pass it on the command line, to the first instance
 * at launch and, when Accord already runs, to that instance through `second-instance`. Paths that
 * arrive before the host is ready wait, then open in order, one at a time.
 */
import { stat, readFile as readFileFromDisk } from 'node:fs/promises';
import { basename, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog, type BrowserWindow } from 'electron';
import { formatMegabytes, MAX_IMPORT_BYTES, type ImportResult, type SessionSnapshot } from '../../src/shared/accordApi';
import type { AccordHost } from '../host/accordHost.types';

/** What the OS may hand Accord: `.accord` workshop files, older `.accord.json` ones, and JSON through "Open With". */
const OPENABLE = /\.(accord|json)$/i;

/**
 * The workshop files among command-line arguments: not switches (`--flag`, Chromium's and
 * Electron's), not the executable or the app folder; `file://` URLs (Linux desktop files pass
 * `%U`) become paths; relative paths are relative to the folder the command ran in.
 */
export function workshopFilesIn(argv: readonly string[], workingDirectory: string): string[] {
  const files: string[] = [];
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue;
    let path = arg;
    if (/^file:\/\//i.test(arg)) {
      try {
        path = fileURLToPath(arg);
      } catch {
        continue;
      }
    }
    if (!OPENABLE.test(path)) continue;
    files.push(isAbsolute(path) ? path : resolve(workingDirectory, path));
  }
  return files;
}

export interface WorkshopFileOpener {
  /** Opens `path` now, or once the host is ready; resolves when it has been opened or refused. */
  open(path: string): Promise<void>;
  /** The host is ready and the console can show a workshop: opens what has been waiting. */
  ready(host: Pick<AccordHost, 'call'>): void;
}

export interface WorkshopFileOpenerOptions {
  /** Brings the console window forward (opening one when there is none) and returns it. */
  showConsole(): BrowserWindow;
  /** Injected in tests. */
  readFile?: (path: string) => Promise<string>;
  fileSize?: (path: string) => Promise<number>;
  /**
   * The id when `path` is a workshop's own file in the library (a recent document the OS hands
   * back): that workshop opens in place instead of being imported as a copy.
   */
  libraryWorkshopId?: (path: string) => string | null;
}

export function createWorkshopFileOpener({
  showConsole,
  readFile = (path) => readFileFromDisk(path, 'utf8'),
  fileSize = async (path) => (await stat(path)).size,
  libraryWorkshopId = () => null,
}: WorkshopFileOpenerOptions): WorkshopFileOpener {
  let host: Pick<AccordHost, 'call'> | null = null;
  const waiting: Array<{ path: string; done: () => void }> = [];
  let queue = Promise.resolve();

  const openNow = async (path: string, ready: Pick<AccordHost, 'call'>) => {
    const name = basename(path);
    const window = showConsole();
    const inLibrary = libraryWorkshopId(path);
    // The OS's recent documents list the library's copy once it is open (rememberOpenedWorkshops), not this file: choosing it again must not import a second copy.
    const problem = await (inLibrary === null ? importAndOpen(ready, path, name, readFile, fileSize) : openInPlace(ready, inLibrary)).catch(
      (error: unknown) => `${name} could not be opened: ${error instanceof Error ? error.message : String(error)}`,
    );
    if (problem === null) return;
    await dialog.showMessageBox(window, { type: 'warning', message: 'Accord could not open this file.', detail: problem, buttons: ['OK'] });
  };

  const enqueue = (path: string, ready: Pick<AccordHost, 'call'>) => {
    const run = queue.then(() => openNow(path, ready));
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    open(path) {
      if (host) return enqueue(path, host);
      return new Promise((done) => waiting.push({ path, done }));
    },
    ready(readyHost) {
      host = readyHost;
      for (const { path, done } of waiting.splice(0)) void enqueue(path, readyHost).finally(done);
    },
  };
}

async function openInPlace(host: Pick<AccordHost, 'call'>, id: string): Promise<null> {
  await host.call('openWorkshop', [id]);
  return null;
}

/** Null when the workshop is open, else what to tell the facilitator. */
async function importAndOpen(
  host: Pick<AccordHost, 'call'>,
  path: string,
  name: string,
  readFile: (path: string) => Promise<string>,
  fileSize: (path: string) => Promise<number>,
): Promise<string | null> {
  // Measured before reading, so an enormous file is never loaded into memory.
  const size = await fileSize(path);
  if (size > MAX_IMPORT_BYTES) return `${name} is ${formatMegabytes(size)}; Accord opens workshop files up to ${formatMegabytes(MAX_IMPORT_BYTES)}.`;
  const imported = (await host.call('importWorkshop', [name, await readFile(path)])) as ImportResult;
  if (!imported.ok) {
    const reasons = imported.notAWorkshop ? [] : imported.rejections.slice(0, 3).map((r) => `• ${r.path ? `${r.path}: ` : ''}${r.message}`);
    return [imported.message, ...reasons].join('\n');
  }
  (await host.call('openWorkshop', [imported.summary.id])) as SessionSnapshot;
  return null;
}
