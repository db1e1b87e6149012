/**
 * The desktop app prints charters with Electron's own Chromium: a hidden, sandboxed window with
 * no preload loads the app page's charter print view, the page renders the record, and
 * `printToPDF` prints it with the page's CSS page size, tagged, with bookmarks. One window per
 * export, destroyed afterwards, whatever happened.
 */
import { CHARTER_PRINT_VIEW, CharterPrintError, firstLine, PRINT_GLOBAL, RENDER_TIMEOUT_MS, renderWithin, type CharterPrinter } from '../host/charter/charterPrinter';
import type { AppPages } from './createAppPages';
import { createSecureWindow } from './createSecureWindow';

export function createElectronCharterPrinter(pages: AppPages, renderTimeoutMs = RENDER_TIMEOUT_MS): CharterPrinter {
  return async (record) => {
    const window = createSecureWindow(
      { show: false, width: 1024, height: 1400, title: 'Accord — printing the charter', skipTaskbar: true, focusable: false },
      null,
      { backgroundThrottling: false },
    );
    try {
      await renderWithin(renderTimeoutMs, async () => {
        await window.loadURL(pages.urlFor(CHARTER_PRINT_VIEW));
        const ready: unknown = await window.webContents.executeJavaScript(`typeof window.${PRINT_GLOBAL} === 'function'`);
        if (ready !== true) throw new CharterPrintError(`This build of Accord has no charter print page (the ${CHARTER_PRINT_VIEW} view defines no ${PRINT_GLOBAL}). Install Accord again.`);
        // JSON text is a JavaScript expression: the record goes in as data, never as code.
        await window.webContents.executeJavaScript(`Promise.resolve(window.${PRINT_GLOBAL}(${JSON.stringify(record)})).then(() => true)`);
      });
      // The page's CSS @page size wins; the paper is named too, so a page without one never falls back to Letter.
      const pageSize = record.paperSize === 'letter' ? 'Letter' : 'A4';
      const pdf = await window.webContents.printToPDF({ preferCSSPageSize: true, pageSize, printBackground: true, generateTaggedPDF: true, generateDocumentOutline: true });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } catch (error) {
      if (error instanceof CharterPrintError) throw error;
      throw new CharterPrintError(`Accord could not print the charter: ${firstLine(error)}`);
    } finally {
      if (!window.isDestroyed()) window.destroy();
    }
  };
}
