/**
 * The desktop app prints charters with Electron's own Chromium: a hidden, sandboxed window with
 * no preload loads the app page's charter print view, the page renders the record, and
 * `printToPDF` prints it with the page's CSS page size, tagged, with bookmarks. One window per
 * export, destroyed afterwards, whatever happened.
 *
 * A print window never keeps Accord running: Electron quits on window-all-closed, which a
 * hidden window in the middle of a print would hold back (for minutes, on a long charter). So
 * when every other window has closed, the print windows go too and their exports fail with a
 * plain message; close() (the host calls it while Accord quits) does the same and refuses new
 * prints.
 */
import { app, BrowserWindow } from 'electron';
import { CHARTER_PRINT_VIEW, CharterPrintError, firstLine, PRINT_GLOBAL, PRINT_TIMEOUT_MS, printWithin, RENDER_TIMEOUT_MS, renderWithin, type CharterPrinter } from '../host/charter/charterPrinter';
import type { AppPages } from './createAppPages';
import { createSecureWindow } from './createSecureWindow';

export interface ElectronCharterPrinterOptions {
  /** Loading the print view, and rendering the charter in it. */
  renderTimeoutMs?: number;
  /** printToPDF of the rendered charter. */
  printTimeoutMs?: number;
}

export interface ElectronCharterPrinter extends CharterPrinter {
  close(): Promise<void>;
}

export function createElectronCharterPrinter(pages: AppPages, { renderTimeoutMs = RENDER_TIMEOUT_MS, printTimeoutMs = PRINT_TIMEOUT_MS }: ElectronCharterPrinterOptions = {}): ElectronCharterPrinter {
  /** Print windows in the middle of an export, each with how to stop its export. */
  const printing = new Map<BrowserWindow, (reason: string) => void>();
  const watched = new WeakSet<BrowserWindow>();
  let closed = false;

  const stopAll = (reason: string) => {
    for (const [window, stop] of printing) {
      stop(reason);
      if (!window.isDestroyed()) window.destroy();
    }
  };
  /** When `gone` was the last window but print windows, they go too, so that window-all-closed can fire. */
  const whenClosed = (gone: BrowserWindow) => () => {
    const others = BrowserWindow.getAllWindows().filter((window) => window !== gone && !window.isDestroyed() && !printing.has(window));
    if (others.length === 0) stopAll('Printing stopped: every Accord window was closed.');
  };
  const watch = (window: BrowserWindow) => {
    if (watched.has(window) || printing.has(window)) return;
    watched.add(window);
    window.once('closed', whenClosed(window));
  };
  // Windows opened while a charter prints (the console again, the projector) count as well.
  app.on('browser-window-created', (_event, window) => {
    if (printing.size > 0) watch(window);
  });

  const print = async (record: Parameters<CharterPrinter>[0]): Promise<Uint8Array> => {
    if (closed) throw new CharterPrintError('Printing has stopped: Accord is closing.');
    const window = createSecureWindow(
      { show: false, width: 1024, height: 1400, title: 'Accord — printing the charter', skipTaskbar: true, focusable: false },
      null,
      { backgroundThrottling: false },
    );
    let stop!: (reason: string) => void;
    const stopped = new Promise<never>((_, reject) => {
      stop = (reason) => reject(new CharterPrintError(reason));
    });
    stopped.catch(() => undefined); // only awaited while printing
    printing.set(window, stop);
    for (const other of BrowserWindow.getAllWindows()) watch(other);
    try {
      const work = async () => {
        await renderWithin(renderTimeoutMs, async () => {
          await window.loadURL(pages.urlFor(CHARTER_PRINT_VIEW));
          const ready: unknown = await window.webContents.executeJavaScript(`typeof window.${PRINT_GLOBAL} === 'function'`);
          if (ready !== true) throw new CharterPrintError(`This build of Accord has no charter print page (the ${CHARTER_PRINT_VIEW} view defines no ${PRINT_GLOBAL}). Install Accord again.`);
          // JSON text is a JavaScript expression: the record goes in as data, never as code.
          await window.webContents.executeJavaScript(`Promise.resolve(window.${PRINT_GLOBAL}(${JSON.stringify(record)})).then(() => true)`);
        });
        // The page's CSS @page size wins; the paper is named too, so a page without one never falls back to Letter.
        const pageSize = record.paperSize === 'letter' ? 'Letter' : 'A4';
        return printWithin(printTimeoutMs, () => window.webContents.printToPDF({ preferCSSPageSize: true, pageSize, printBackground: true, generateTaggedPDF: true, generateDocumentOutline: true }));
      };
      const running = work();
      running.catch(() => undefined); // a window destroyed mid-print fails what was still running
      const pdf = await Promise.race([running, stopped]);
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } catch (error) {
      if (error instanceof CharterPrintError) throw error;
      throw new CharterPrintError(`Accord could not print the charter: ${firstLine(error)}`);
    } finally {
      printing.delete(window);
      if (!window.isDestroyed()) window.destroy();
    }
  };

  return Object.assign(print, {
    async close() {
      closed = true;
      stopAll('Printing has stopped: Accord is closing.');
    },
  });
}
