/**
 * Prints charters with the machine's Chromium (or Chrome, or Edge) through playwright-core: the
 * browser mode and the command line have no Electron to print with. The renderer's files are
 * served to the page from the renderer folder on a private origin that never reaches the
 * network (every other request is refused), with the app's Content-Security-Policy. The browser
 * starts at the first export and stays up for the next ones until the printer is closed; after
 * each export a fresh page loads the print view, so the next export starts with it ready. A
 * browser that started but cannot take a context, a route or a page is closed at once: nothing
 * is left running, and the next export starts a new one.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, LaunchOptions, Page, Route } from 'playwright-core';
import type { CharterRecord } from '../../../src/domain/charterRecord';
import { CONTENT_SECURITY_POLICY } from '../../../src/shared/contentSecurityPolicy';
import { DISABLE_FEATURES_SWITCH } from './chromiumFeatureSwitch';
import { CHARTER_PRINT_VIEW, CharterPrintError, firstLine, loadTimeoutError, PRINT_GLOBAL, PRINT_TIMEOUT_MS, printWithin, RENDER_TIMEOUT_MS, renderWithin, type CharterPrinter } from './charterPrinter';
import { readRendererFile } from './readRendererFile';

/** `.invalid` never resolves (RFC 2606): a request the route does not answer goes nowhere. HTTPS makes it a secure context, like the app's own pages. */
const PRINT_ORIGIN = 'https://accord-print.invalid';
const PRINT_URL = `${PRINT_ORIGIN}/index.html?view=${CHARTER_PRINT_VIEW}`;

/**
 * playwright-core takes ~0.4 s of CPU to load, 40 % of the browser mode's start: it is loaded
 * when the first export starts the browser, not when the host starts.
 */
const loadPlaywright = () =>
  import('playwright-core').catch((error: unknown) => {
    throw new CharterPrintError(`Accord could not load playwright-core, which it prints the charter with (${firstLine(error)}). Reinstall Accord.`);
  });

/** The variables that name the browser to print with, in the order they are honoured. */
const BROWSER_VARIABLES = ['ACCORD_CHROMIUM', 'CHROME_PATH', 'CHROMIUM_PATH'] as const;

export interface ChromiumCharterPrinterOptions {
  /** The built renderer (out/renderer), holding index.html. */
  rendererDir: string;
  /** The browser's program file; by default from ACCORD_CHROMIUM, CHROME_PATH or CHROMIUM_PATH, else the usual places. */
  executablePath?: string;
  /** Loading the print page, and rendering the charter in it. */
  renderTimeoutMs?: number;
  /** Chromium's printing of the rendered charter to PDF. */
  printTimeoutMs?: number;
  /** Starts the browser; tests wrap playwright's to make a later step fail in a real browser. */
  launch?: (options: LaunchOptions) => Promise<Browser>;
}

export interface ChromiumCharterPrinter extends CharterPrinter {
  close(): Promise<void>;
}

export function createChromiumCharterPrinter({
  rendererDir,
  executablePath,
  renderTimeoutMs = RENDER_TIMEOUT_MS,
  printTimeoutMs = PRINT_TIMEOUT_MS,
  launch = async (options) => (await loadPlaywright()).chromium.launch(options),
}: ChromiumCharterPrinterOptions): ChromiumCharterPrinter {
  let starting: Promise<{ browser: Browser; context: BrowserContext }> | null = null;
  /** A page with the print view loaded for the next export (null when loading it failed: the export then loads its own). */
  let spare: Promise<Page | null> | null = null;
  let closed = false;
  /** The browser `starting` resolved to, while it runs. */
  let live: Browser | null = null;

  const serve = async (route: Route) => {
    const request = route.request();
    const url = new URL(request.url());
    if (url.origin !== PRINT_ORIGIN || request.method() !== 'GET') return route.abort('blockedbyclient');
    const file = await readRendererFile(rendererDir, url.pathname);
    const headers = { 'content-security-policy': CONTENT_SECURITY_POLICY, 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' };
    if (!file) return route.fulfill({ status: 404, body: 'Not found', headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' } });
    return route.fulfill({ status: 200, body: file.body, headers: { ...headers, 'content-type': file.contentType } });
  };

  const start = async () => {
    const path = executablePath ?? findChromium();
    let browser: Browser;
    try {
      browser = await launch({ executablePath: path, headless: true, args: chromiumArgs() });
    } catch (error) {
      if (error instanceof CharterPrintError) throw error;
      throw new CharterPrintError(`Accord could not start ${path} to print the charter: ${firstLine(error)}`);
    }
    browser.on('disconnected', () => {
      // A browser that crashed or was closed: the next export starts another (unless another already runs).
      if (live !== browser) return;
      live = null;
      starting = null;
      spare = null;
    });
    try {
      const context = await browser.newContext({ serviceWorkers: 'block', acceptDownloads: false, javaScriptEnabled: true });
      await context.route('**/*', serve);
      live = browser;
      return { browser, context };
    } catch (error) {
      // A browser that started but cannot take a page is closed here: the next export starts afresh, none is left behind.
      await browser.close().catch(() => undefined);
      throw new CharterPrintError(`Accord could not prepare ${path} to print the charter: ${firstLine(error)}`);
    }
  };

  /** Closes the browser of `running` (a browser that cannot take a page is of no more use); the next export starts another. */
  const discard = async (running: Promise<{ browser: Browser }>) => {
    if (starting === running) {
      starting = null;
      spare = null;
      live = null;
    }
    await running.then(({ browser }) => browser.close()).catch(() => undefined);
  };

  const openPrintPage = async (running: Promise<{ browser: Browser; context: BrowserContext }>): Promise<Page> => {
    const { context } = await running;
    let page: Page;
    try {
      page = await context.newPage();
    } catch (error) {
      await discard(running);
      throw new CharterPrintError(`Accord could not open a page in the browser to print the charter (${firstLine(error)}); it closed the browser. Export again.`);
    }
    try {
      await page.goto(PRINT_URL, { waitUntil: 'load', timeout: renderTimeoutMs });
      return page;
    } catch (error) {
      await page.close().catch(() => undefined);
      // playwright's errors.TimeoutError, recognised by its name: no import here that could fail and hide the error.
      throw error instanceof Error && error.name === 'TimeoutError' ? loadTimeoutError(renderTimeoutMs) : error;
    }
  };

  const takePrintPage = async (running: Promise<{ browser: Browser; context: BrowserContext }>): Promise<Page> => {
    const ready = spare;
    spare = null;
    const page = ready && (await ready);
    return page && !page.isClosed() ? page : openPrintPage(running);
  };

  const print = async (record: CharterRecord): Promise<Uint8Array> => {
    if (closed) throw new CharterPrintError('Printing has stopped: Accord is closing.');
    starting ??= start().catch((error: unknown) => {
      starting = null;
      throw error;
    });
    const running = starting;
    await running;
    let page: Page | null = null;
    try {
      page = await takePrintPage(running);
      const loaded = page;
      await renderWithin(renderTimeoutMs, async () => {
        const ready = await loaded.evaluate((name) => typeof (globalThis as unknown as Record<string, unknown>)[name] === 'function', PRINT_GLOBAL);
        if (!ready) throw new CharterPrintError(`This build of Accord has no charter print page (${join(rendererDir, 'index.html')}?view=${CHARTER_PRINT_VIEW} defines no ${PRINT_GLOBAL}). Build Accord again (npm run build).`);
        await loaded.evaluate(
          async ([name, charter]) => {
            await (globalThis as unknown as Record<string, (record: unknown) => Promise<unknown>>)[name]!(charter);
          },
          [PRINT_GLOBAL, record] as const,
        );
      });
      // The page's CSS @page size wins; the paper is named too, so a page without one never falls back to Letter.
      const printing = page;
      const pdf = await printWithin(printTimeoutMs, () => printing.pdf({ preferCSSPageSize: true, format: record.paperSize === 'letter' ? 'Letter' : 'A4', printBackground: true, tagged: true, outline: true }));
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } catch (error) {
      if (error instanceof CharterPrintError) throw error;
      throw new CharterPrintError(`Accord could not print the charter: ${firstLine(error)}`);
    } finally {
      await page?.close().catch(() => undefined);
      if (!closed && starting === running && spare === null) spare = openPrintPage(running).catch(() => null);
    }
  };

  return Object.assign(print, {
    async close() {
      closed = true;
      const running = starting;
      starting = null;
      spare = null;
      live = null;
      // Closing the browser closes its pages, the spare one too.
      if (running) await running.then(({ browser }) => browser.close()).catch(() => undefined);
    },
  });
}

/**
 * The browser to print with: a variable that names one, else the first of the usual places
 * that exists. Throws a CharterPrintError that tells the facilitator what to install.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, exists: (path: string) => boolean = existsSync): string {
  for (const name of BROWSER_VARIABLES) {
    const value = env[name]?.trim();
    if (!value) continue;
    if (exists(value)) return value;
    throw new CharterPrintError(`${name} names ${value}, which does not exist. Point it at Chromium or Google Chrome, or unset it.`);
  }
  const found = usualPlaces(env, platform).find((path) => exists(path));
  if (found) return found;
  const install =
    platform === 'linux'
      ? 'Install Chromium (on Debian or Ubuntu: sudo apt install chromium) or Google Chrome'
      : platform === 'darwin'
        ? 'Install Google Chrome or Chromium in Applications'
        : 'Install Google Chrome, or repair Microsoft Edge';
  throw new CharterPrintError(`Printing the charter needs Chromium, Google Chrome or Microsoft Edge, and Accord found none. ${install}, or set ACCORD_CHROMIUM to the browser’s program file, then export again.`);
}

function usualPlaces(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string[] {
  if (platform === 'darwin') {
    const apps = ['/Applications', join(env.HOME ?? '', 'Applications')];
    return apps.flatMap((folder) => [join(folder, 'Chromium.app/Contents/MacOS/Chromium'), join(folder, 'Google Chrome.app/Contents/MacOS/Google Chrome')]);
  }
  if (platform === 'win32') {
    const folders = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((folder): folder is string => Boolean(folder));
    return [
      ...folders.map((folder) => join(folder, 'Google', 'Chrome', 'Application', 'chrome.exe')),
      ...folders.map((folder) => join(folder, 'Chromium', 'Application', 'chrome.exe')),
      ...folders.map((folder) => join(folder, 'Microsoft', 'Edge', 'Application', 'msedge.exe')),
    ];
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];
}

/**
 * Chromium refuses to run as root with its sandbox (CI containers run as root); everyone else
 * keeps it. The rest keeps a print-only browser quiet: no GPU, no background traffic, no
 * address-bar popup (chromiumFeatureSwitch).
 */
function chromiumArgs(): string[] {
  const args = ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-extensions', DISABLE_FEATURES_SWITCH];
  if (process.platform === 'linux' && process.getuid?.() === 0) args.unshift('--no-sandbox');
  return args;
}
