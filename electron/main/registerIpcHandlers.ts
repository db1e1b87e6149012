/**
 * The main-process half of the contract: one `ipcMain.handle` per request method, each checking
 * the sender before handing the raw arguments to the host (which validates them), and the
 * host's session events broadcast to every app window (a projector window gets only its share, see
 * projectorView). A method that needs the shell as well
 * (exporting the charter goes through a save dialog) gets its own handler from the caller.
 */
import { BrowserWindow, ipcMain, type WebContents } from 'electron';
import { channelFor, REQUEST_METHODS, SESSION_EVENT_CHANNEL, type AccordRequestMethod, type SessionEvent } from '../../src/shared/accordApi';
import { eventForProjector, projectorMayCall, resultForProjector } from '../../src/shared/projectorView';
import type { AccordHost } from '../host/accordHost.types';
import { assertTrustedSender } from './assertTrustedSender';
import type { AppPages } from './createAppPages';

/** Answers a request in place of `host.call`, once the sender has been checked; `sender` is the asking window's contents. */
export type ShellHandler = (args: unknown[], sender: WebContents) => Promise<unknown>;

export function registerIpcHandlers(
  host: Pick<AccordHost, 'call' | 'onDidChangeSession'>,
  pages: AppPages,
  shellHandlers: Partial<Record<AccordRequestMethod, ShellHandler>> = {},
): () => void {
  for (const method of REQUEST_METHODS) {
    const shellHandler = shellHandlers[method];
    ipcMain.handle(channelFor(method), async (event, ...args: unknown[]) => {
      if (assertTrustedSender(event, pages) === 'projector') {
        if (!projectorMayCall(method)) throw new Error(`The projector window cannot ${method}: only the facilitator's console can.`);
        return resultForProjector(method, await host.call(method, args));
      }
      return shellHandler ? shellHandler(args, event.sender) : host.call(method, args);
    });
  }

  const unsubscribe = host.onDidChangeSession((sessionEvent) => {
    let projectorEvent: SessionEvent | null = null;
    for (const window of BrowserWindow.getAllWindows()) {
      const contents = window.webContents;
      if (window.isDestroyed() || contents.isDestroyed()) continue;
      // Only app pages get workshop data (navigation elsewhere is blocked anyway); the print window needs none.
      const view = pages.viewOf(contents.getURL());
      if (view === null || view === 'charter-print') continue;
      // The room's window gets the projector's share: never the facilitator's notes or notices.
      contents.send(SESSION_EVENT_CHANNEL, view === 'projector' ? (projectorEvent ??= eventForProjector(sessionEvent)) : sessionEvent);
    }
  });

  return () => {
    unsubscribe();
    for (const method of REQUEST_METHODS) ipcMain.removeHandler(channelFor(method));
  };
}
