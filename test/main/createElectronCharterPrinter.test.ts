import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CharterPrintError } from '../../electron/host/charter/charterPrinter';
import { fingerprintCharter } from '../../electron/host/charter/fingerprintCharter';
import { createElectronCharterPrinter } from '../../electron/main/createElectronCharterPrinter';
import { currentCharterRecord } from '../../src/domain/charterRecord';
import { createSampleWorkshop } from '../../src/domain/sampleWorkshop';
import { app, BrowserWindow, FakeBrowserWindow, resetFakeElectron } from '../fakes/electron';
import { charterPrintPageUrl, pages } from './appPagesFixture';

const record = () => {
  const workshop = createSampleWorkshop('2026-11-22T09:00:00.000Z');
  workshop.setup.venue = 'Room “A” </script> \u2028 ${x}'; // text that must stay data
  return currentCharterRecord(workshop, fingerprintCharter(workshop), 'letter');
};

/** Plays the print page: it defines the global, renders what it is given (by evaluating the call as a page would), and Chromium prints. */
function playThePage(window: FakeBrowserWindow, { definesGlobal = true, rendered = [] as unknown[] } = {}) {
  window.webContents.runScript = async (code) => {
    if (code === "typeof window.accordPrintCharter === 'function'") return definesGlobal;
    const page = { accordPrintCharter: async (received: unknown) => void rendered.push(received) };
    return new Function('window', `return ${code};`)(page) as Promise<unknown>;
  };
  window.webContents.print = async () => Buffer.from('%PDF-1.4 printed');
}

describe('createElectronCharterPrinter', () => {
  beforeEach(resetFakeElectron);
  afterEach(() => vi.useRealTimers());

  /** The printer creates its window synchronously; the test plays the page before anything is awaited. */
  const printWith = (setUp: (window: FakeBrowserWindow) => void) => {
    const printing = createElectronCharterPrinter(pages)(record());
    setUp(BrowserWindow.instances[0]!);
    return printing;
  };

  it('prints from a hidden, sandboxed window without a preload that loads the charter print view', async () => {
    const rendered: unknown[] = [];
    const pdf = await printWith((window) => playThePage(window, { rendered }));
    const window = BrowserWindow.instances[0]!;
    expect(window.options).toMatchObject({ show: false, skipTaskbar: true, focusable: false });
    expect(window.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, backgroundThrottling: false, preload: undefined });
    expect(window.loadedURLs).toEqual([charterPrintPageUrl]);
    expect(window.visible).toBe(false);
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.4 printed');
    // The record reaches the page as data, intact, whatever its text holds.
    expect(rendered).toEqual([JSON.parse(JSON.stringify(record()))]);
  });

  it('prints with the page’s CSS page size, backgrounds, tags and bookmarks', async () => {
    await printWith((window) => playThePage(window));
    // The record asks for Letter (see record()): named as the fallback for a page without an @page size.
    expect(BrowserWindow.instances[0]!.webContents.printRequests).toEqual([{ preferCSSPageSize: true, pageSize: 'Letter', printBackground: true, generateTaggedPDF: true, generateDocumentOutline: true }]);
  });

  it('destroys the window after printing, and after a failure', async () => {
    await printWith((window) => playThePage(window));
    expect(BrowserWindow.instances[0]!.isDestroyed()).toBe(true);

    const failing = createElectronCharterPrinter(pages)(record());
    const second = BrowserWindow.instances[1]!;
    playThePage(second);
    second.webContents.print = async () => {
      throw new Error('Failed to generate PDF\nwith details');
    };
    await expect(failing).rejects.toThrow(new CharterPrintError('Accord could not print the charter: Failed to generate PDF'));
    expect(second.isDestroyed()).toBe(true);
  });

  it('says so when the app page has no charter print view, without printing', async () => {
    await expect(printWith((window) => playThePage(window, { definesGlobal: false }))).rejects.toThrow(/This build of Accord has no charter print page/);
    expect(BrowserWindow.instances[0]!.webContents.printRequests).toEqual([]);
    expect(BrowserWindow.instances[0]!.isDestroyed()).toBe(true);
  });

  it('gives up when the page never finishes rendering, and says what to do', async () => {
    vi.useFakeTimers();
    const printing = createElectronCharterPrinter(pages, { renderTimeoutMs: 50 })(record());
    const failed = printing.then(() => null, (error: unknown) => error);
    const window = BrowserWindow.instances[0]!;
    window.webContents.runScript = (code) => (code.startsWith('typeof') ? Promise.resolve(true) : new Promise(() => {}));
    await vi.advanceTimersByTimeAsync(50);
    expect(await failed).toMatchObject({ name: 'CharterPrintError', message: expect.stringMatching(/^The charter did not finish rendering within 50 ms\. Export again; if it happens again, close the programs that keep this computer busy/) });
    expect(window.isDestroyed()).toBe(true);
  });

  it('gives up when Chromium never finishes printing the PDF, and says what to do', async () => {
    vi.useFakeTimers();
    const printing = createElectronCharterPrinter(pages, { printTimeoutMs: 50 })(record());
    const failed = printing.then(() => null, (error: unknown) => error);
    const window = BrowserWindow.instances[0]!;
    playThePage(window);
    window.webContents.print = () => new Promise(() => {});
    await vi.advanceTimersByTimeAsync(50);
    expect(await failed).toMatchObject({ name: 'CharterPrintError', message: expect.stringMatching(/^Chromium did not finish printing the charter to PDF within 50 ms, so Accord stopped it\. Export again;/) });
    expect(window.isDestroyed()).toBe(true);
  });
});

describe('the print window never keeps Accord running', () => {
  beforeEach(resetFakeElectron);

  /** A print that is still rendering (the page never finishes), with the console open beside it. */
  const printingBeside = (...others: FakeBrowserWindow[]) => {
    const printer = createElectronCharterPrinter(pages);
    const printing = printer(record());
    const window = BrowserWindow.instances.at(-1)!;
    window.webContents.runScript = (code) => (code.startsWith('typeof') ? Promise.resolve(true) : new Promise(() => {}));
    expect(others.every((other) => !other.isDestroyed())).toBe(true);
    return { printer, printing, window };
  };

  it('goes when the last other window closes, so window-all-closed can fire, and the export fails plainly', async () => {
    const consoleWindow = new BrowserWindow({ title: 'console' });
    const { printing, window } = printingBeside(consoleWindow);
    consoleWindow.close();
    expect(window.isDestroyed()).toBe(true);
    expect(BrowserWindow.getAllWindows()).toEqual([]);
    await expect(printing).rejects.toThrow(new CharterPrintError('Printing stopped: every Accord window was closed.'));
  });

  it('counts a window opened while it prints, and stays while any other window is open', async () => {
    const consoleWindow = new BrowserWindow({ title: 'console' });
    const { printing, window } = printingBeside(consoleWindow);
    const projector = new BrowserWindow({ title: 'projector' });
    app.emit('browser-window-created', {}, projector);
    consoleWindow.close();
    expect(window.isDestroyed()).toBe(false);
    projector.destroy();
    expect(window.isDestroyed()).toBe(true);
    await expect(printing).rejects.toThrow('Printing stopped: every Accord window was closed.');
  });

  it('goes when Accord closes the printer while quitting, and no print starts after that', async () => {
    const consoleWindow = new BrowserWindow({ title: 'console' });
    const { printer, printing, window } = printingBeside(consoleWindow);
    await printer.close();
    expect(window.isDestroyed()).toBe(true);
    await expect(printing).rejects.toThrow('Printing has stopped: Accord is closing.');
    const windows = BrowserWindow.instances.length;
    await expect(printer(record())).rejects.toThrow('Printing has stopped: Accord is closing.');
    expect(BrowserWindow.instances).toHaveLength(windows); // no window was even created
  });

  it('leaves no window behind after an export that worked, with the console still open', async () => {
    const consoleWindow = new BrowserWindow({ title: 'console' });
    const printer = createElectronCharterPrinter(pages);
    const printing = printer(record());
    playThePage(BrowserWindow.instances.at(-1)!);
    await printing;
    expect(BrowserWindow.getAllWindows()).toEqual([consoleWindow]);
    consoleWindow.close(); // the finished print's window is not stopped twice, nothing throws
    expect(BrowserWindow.getAllWindows()).toEqual([]);
  });
});
