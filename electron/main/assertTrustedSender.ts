import type { IpcMainInvokeEvent } from 'electron';
import type { AppPages } from './createAppPages';

/**
 * Refuses an IPC request unless it comes from the main frame of Accord's own renderer page.
 * The charter print view never asks anything (it has no preload); were it ever to, it is
 * refused too. Returns which window asked. Argument validation happens in the host; this check is about who is asking.
 */
export function assertTrustedSender(event: IpcMainInvokeEvent, pages: AppPages): 'facilitator' | 'projector' {
  const frame = event.senderFrame;
  const view = frame === null ? null : pages.viewOf(frame.url);
  const trusted = frame !== null && frame.parent === null && view !== null && view !== 'charter-print';
  if (!trusted) {
    throw new Error(`Accord refused a request from an untrusted frame (${frame?.url ?? 'unknown'}).`);
  }
  return view;
}
