import { beforeEach, describe, expect, it } from 'vitest';
import { CharterPrintError } from '../../electron/host/charter/charterPrinter';
import { fingerprintCharter } from '../../electron/host/charter/fingerprintCharter';
import { createElectronCharterPrinter } from '../../electron/main/createElectronCharterPrinter';
import { currentCharterRecord } from '../../src/domain/charterRecord';
import { createSampleWorkshop } from '../../src/domain/sampleWorkshop';
import { BrowserWindow, FakeBrowserWindow, resetFakeElectron } from '../fakes/electron';
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

  it('gives up when the page never finishes rendering', async () => {
    const printing = createElectronCharterPrinter(pages, 50)(record());
    const window = BrowserWindow.instances[0]!;
    window.webContents.runScript = (code) => (code.startsWith('typeof') ? Promise.resolve(true) : new Promise(() => {}));
    await expect(printing).rejects.toThrow('The charter did not finish rendering within 0 seconds.');
    expect(window.isDestroyed()).toBe(true);
  });
});
