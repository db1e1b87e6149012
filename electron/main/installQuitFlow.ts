/**
 * Quitting waits for the host to write pending changes, but never for long: the first
 * `before-quit` is held back, the host writes pending changes and a closing snapshot (or the timeout passes), then the app quits
 * for real. A second quit request while flushing just waits for the same flush.
 */
import { app } from 'electron';
import type { AccordHost } from '../host/accordHost.types';

export const QUIT_FLUSH_TIMEOUT_MS = 5_000;

export function installQuitFlow(host: Pick<AccordHost, 'close'>, timeoutMs = QUIT_FLUSH_TIMEOUT_MS): void {
  let state: 'running' | 'flushing' | 'flushed' = 'running';

  app.on('before-quit', (event) => {
    if (state === 'flushed') return;
    event.preventDefault();
    if (state === 'flushing') return;
    state = 'flushing';
    void flushWithin(host, timeoutMs).then(() => {
      state = 'flushed';
      app.quit();
    });
  });
}

async function flushWithin(host: Pick<AccordHost, 'close'>, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const outcome = await Promise.race([host.close().then(() => 'flushed' as const), timeout]);
    if (outcome === 'timeout') console.error(`Accord quit before its last save finished (waited ${timeoutMs} ms).`);
  } catch (error) {
    console.error('Accord could not save before quitting:', error);
  } finally {
    clearTimeout(timer);
  }
}
