/**
 * The charter's print view (`?view=charter-print`): a page that connects to no host and shows
 * nothing until the host that loaded it hands it a charter. The host (Electron's hidden window
 * or headless Chromium) then calls `window.accordPrintCharter(record)`, waits for it to
 * resolve, and prints with the page's own CSS page size, tags and outline. The rendering is
 * loaded on the first call, so this stays small in every other window's bundle.
 */
import type { CharterRecord } from '../../domain/charterRecord';

declare global {
  interface Window {
    /** Renders the whole charter for printing; resolves once it is laid out and every font it prints with has loaded. */
    accordPrintCharter?: (record: CharterRecord) => Promise<{ pages?: number }>;
  }
}

export function installCharterPrintView(container: HTMLElement): void {
  document.documentElement.dataset.view = 'charter-print';
  window.accordPrintCharter = async (record) => {
    const { printCharter } = await import('./printCharterView');
    return printCharter(container, record);
  };
}
