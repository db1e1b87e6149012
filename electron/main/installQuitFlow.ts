/**
 * Quitting waits for the host to write pending changes, but never for long: the first
 * `before-quit` is held back, the host writes pending changes (or the timeout passes), then the
 * app quits for real. A second quit request while flushing just waits for the same flush. When
 * the save fails or does not finish in time, the facilitator chooses between staying and
 * quitting with an emergency copy written to another folder (the same copy the browser mode
 * writes on Ctrl+C), and is told where it is.
 *
 * Only writing is awaited while the outcome is open: the host is closed (session, windows'
 * subscriptions, data-folder lock) only once Accord is really quitting, so a facilitator who
 * keeps Accord open after a slow save keeps a fully working app.
 */
import { homedir, tmpdir } from 'node:os';
import { app, dialog } from 'electron';
import type { AccordHost } from '../host/accordHost.types';
import { writeEmergencyCopy } from '../host/storage/writeEmergencyCopy';

const QUIT_FLUSH_TIMEOUT_MS = 5_000;

type QuitHost = Pick<AccordHost, 'flush' | 'close' | 'unsavedCopy'>;

export function installQuitFlow(
  host: QuitHost,
  timeoutMs = QUIT_FLUSH_TIMEOUT_MS,
  emergencyFolders: readonly string[] = [homedir(), tmpdir()],
): void {
  let state: 'running' | 'flushing' | 'flushed' = 'running';

  app.on('before-quit', (event) => {
    if (state === 'flushed') return;
    event.preventDefault();
    if (state === 'flushing') return;
    state = 'flushing';
    void flushWithin(host, timeoutMs).then(async (problem) => {
      // Never lose changes silently: when the last write failed, the facilitator decides.
      if (problem && !(confirmQuitWithoutSaving(problem) && (await keepEmergencyCopy(host, emergencyFolders)))) {
        state = 'running';
        return;
      }
      await closeWithin(host, timeoutMs);
      state = 'flushed';
      app.quit();
    });
  });
}

/** Resolves to null when everything was written, or to what went wrong. */
async function flushWithin(host: QuitHost, timeoutMs: number): Promise<string | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const outcome = await Promise.race([host.flush().then(() => 'flushed' as const), timeout]);
    if (outcome === 'timeout') {
      console.error(`Accord quit before its last save finished (waited ${timeoutMs} ms).`);
      return `Saving did not finish within ${Math.round(timeoutMs / 1000)} seconds.`;
    }
    return null;
  } catch (error) {
    console.error('Accord could not save before quitting:', error);
    return (error as Error).message;
  } finally {
    clearTimeout(timer);
  }
}

/** Lets the host go (closing snapshot, lock) now that Accord quits; never holds the quit for longer than the timeout. */
async function closeWithin(host: QuitHost, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const outcome = await Promise.race([host.close().then(() => 'closed' as const), timeout]);
    if (outcome === 'timeout') console.error(`Accord quit before it finished closing its data folder (waited ${timeoutMs} ms).`);
  } catch (error) {
    // Accord quits either way: the changes were written, or the facilitator chose to quit without them.
    console.error('Accord could not close its data folder cleanly while quitting:', error);
  } finally {
    clearTimeout(timer);
  }
}

function confirmQuitWithoutSaving(problem: string): boolean {
  const choice = dialog.showMessageBoxSync({
    type: 'warning',
    buttons: ['Keep Accord open', 'Write an emergency copy and quit'],
    defaultId: 0,
    cancelId: 0,
    message: 'Accord could not save your latest changes.',
    detail: `${problem}\n\nKeep Accord open to let it retry (the changes are still there), or quit: Accord then writes the changes to an emergency copy in another folder and tells you where.`,
  });
  return choice === 1;
}

/** Writes the emergency copy and says where; false (stay open) when no folder would take it and the facilitator keeps the app. */
async function keepEmergencyCopy(host: QuitHost, folders: readonly string[]): Promise<boolean> {
  const copy = host.unsavedCopy();
  if (!copy) return true;
  const path = await writeEmergencyCopy(copy, folders);
  if (path) {
    console.error(`Accord wrote an emergency copy of “${copy.title}” to ${path}`);
    dialog.showMessageBoxSync({
      type: 'info',
      buttons: ['Quit'],
      message: 'Your latest changes are in an emergency copy.',
      detail: `${path}\n\nImport that file (Library → Import) when Accord runs again.`,
    });
    return true;
  }
  const choice = dialog.showMessageBoxSync({
    type: 'warning',
    buttons: ['Keep Accord open', 'Quit and lose the changes'],
    defaultId: 0,
    cancelId: 0,
    message: 'No folder would take an emergency copy either.',
    detail: 'Free some disk space and keep Accord open; it goes on retrying the save.',
  });
  return choice === 1;
}
