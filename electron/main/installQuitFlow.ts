/**
 * Quitting waits for the host to write pending changes, but never for long: the first
 * `before-quit` is held back, the host writes pending changes and a closing snapshot (or the timeout passes), then the app quits
 * for real. A second quit request while flushing just waits for the same flush.
 */
import { app, dialog } from 'electron';
import type { AccordHost } from '../host/accordHost.types';

export const QUIT_FLUSH_TIMEOUT_MS = 5_000;

export function installQuitFlow(host: Pick<AccordHost, 'close'>, timeoutMs = QUIT_FLUSH_TIMEOUT_MS): void {
  let state: 'running' | 'flushing' | 'flushed' = 'running';

  app.on('before-quit', (event) => {
    if (state === 'flushed') return;
    event.preventDefault();
    if (state === 'flushing') return;
    state = 'flushing';
    void flushWithin(host, timeoutMs).then((problem) => {
      // Never lose changes silently: when the last write failed, the facilitator decides.
      if (problem && !confirmQuitWithoutSaving(problem)) {
        state = 'running';
        return;
      }
      state = 'flushed';
      app.quit();
    });
  });
}

/** Resolves to null when everything was written, or to what went wrong. */
async function flushWithin(host: Pick<AccordHost, 'close'>, timeoutMs: number): Promise<string | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const outcome = await Promise.race([host.close().then(() => 'flushed' as const), timeout]);
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

function confirmQuitWithoutSaving(problem: string): boolean {
  const choice = dialog.showMessageBoxSync({
    type: 'warning',
    buttons: ['Keep Accord open', 'Quit without saving'],
    defaultId: 0,
    cancelId: 0,
    message: 'Accord could not save your latest changes.',
    detail: `${problem}\n\nKeep Accord open to let it retry (the changes are still there), or export a copy from the File menu.`,
  });
  return choice === 1;
}
