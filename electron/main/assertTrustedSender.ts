import type { IpcMainInvokeEvent } from 'electron';
import type { AppPages } from './createAppPages';

/**
 * Refuses an IPC request unless it comes from the main frame of Accord's own renderer page.
 * Argument validation happens in the host; this check is about who is asking.
 */
export function assertTrustedSender(event: IpcMainInvokeEvent, pages: AppPages): void {
  const frame = event.senderFrame;
  const trusted = frame !== null && frame.parent === null && pages.isAppPage(frame.url);
  if (!trusted) {
    throw new Error(`Accord refused a request from an untrusted frame (${frame?.url ?? 'unknown'}).`);
  }
}
