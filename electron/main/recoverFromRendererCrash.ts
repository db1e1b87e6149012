/**
 * A window whose page crashed (or was killed by the OS) comes back: the workshop lives in the
 * host, in the main process, so nothing the facilitator did is lost; the reloaded page asks the
 * host for the session as any new window does. The console says so first and offers to quit
 * (after three crashes in a minute reloading is unlikely to help); the projector, on the room's
 * wall, reloads without a dialog.
 */
import { app, dialog, type BrowserWindow, type RenderProcessGoneDetails } from 'electron';

const CRASH_WINDOW_MS = 60_000;
const CRASHES_BEFORE_OFFERING_QUIT = 3;

export interface CrashRecoveryOptions {
  /** 'console' asks the facilitator; 'projector' reloads at once. */
  kind: 'console' | 'projector';
  /** Injected in tests. */
  now?: () => number;
}

export function recoverFromRendererCrash(window: BrowserWindow, { kind, now = Date.now }: CrashRecoveryOptions): void {
  const crashes: number[] = [];
  window.webContents.on('render-process-gone', (_event, details: RenderProcessGoneDetails) => {
    // 'clean-exit' is a page that closed normally (the window is going away).
    if (details.reason === 'clean-exit' || window.isDestroyed()) return;
    console.error(`Accord's ${kind} window stopped (${details.reason}, exit code ${details.exitCode}); reloading it.`);
    const reload = () => {
      if (!window.isDestroyed()) window.webContents.reload();
    };
    if (kind === 'projector') return reload();

    const at = now();
    crashes.push(at);
    while (crashes.length > 0 && (crashes[0] ?? at) < at - CRASH_WINDOW_MS) crashes.shift();
    const offerQuit = crashes.length >= CRASHES_BEFORE_OFFERING_QUIT;
    void dialog
      .showMessageBox(window, {
        type: 'warning',
        message: 'This Accord window stopped unexpectedly.',
        detail: `Your workshop is safe: Accord keeps it outside the window, with every change you made. Reload the window to go on where you were.${offerQuit ? '\n\nIt has stopped several times in a minute: if reloading does not help, quit Accord (your changes are saved first) and start it again.' : ''}\n\n(${details.reason}, code ${details.exitCode})`,
        buttons: offerQuit ? ['Reload the window', 'Quit Accord'] : ['Reload the window'],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
      })
      .then(({ response }) => (response === 1 ? app.quit() : reload()));
  });
}
