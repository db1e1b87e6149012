/**
 * The main-process half of the contract: one `ipcMain.handle` per request method, each checking
 * the sender before handing the raw arguments to the host (which validates them), and the
 * host's session events broadcast to every app window.
 */
import { BrowserWindow, ipcMain } from 'electron';
import { channelFor, REQUEST_METHODS, SESSION_EVENT_CHANNEL } from '../../src/shared/accordApi';
import type { AccordHost } from '../host/accordHost.types';
import { assertTrustedSender } from './assertTrustedSender';
import type { AppPages } from './createAppPages';

export function registerIpcHandlers(host: Pick<AccordHost, 'call' | 'onDidChangeSession'>, pages: AppPages): () => void {
  for (const method of REQUEST_METHODS) {
    ipcMain.handle(channelFor(method), (event, ...args: unknown[]) => {
      assertTrustedSender(event, pages);
      return host.call(method, args);
    });
  }

  const unsubscribe = host.onDidChangeSession((sessionEvent) => {
    for (const window of BrowserWindow.getAllWindows()) {
      const contents = window.webContents;
      // Only app pages get workshop data (navigation elsewhere is blocked anyway).
      if (window.isDestroyed() || contents.isDestroyed() || !pages.isAppPage(contents.getURL())) continue;
      contents.send(SESSION_EVENT_CHANNEL, sessionEvent);
    }
  });

  return () => {
    unsubscribe();
    for (const method of REQUEST_METHODS) ipcMain.removeHandler(channelFor(method));
  };
}
