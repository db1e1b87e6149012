/** One browser page on a running web host, with the page models bound to it. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { LibraryPage } from '../pages/LibraryPage';
import { SetupPhasePage } from '../pages/SetupPhasePage';
import { WorkshopPage } from '../pages/WorkshopPage';
import { E2E_CONTEXT_OPTIONS } from './launchBrowser';
import type { WebHost } from './startWebHost';

export interface OpenApp {
  context: BrowserContext;
  page: Page;
  library: LibraryPage;
  workshop: WorkshopPage;
  setup: SetupPhasePage;
  /** Messages of `alert`/`confirm` dialogs that fired (there should be none). */
  dialogs: string[];
  /** Console errors, page errors and CSP violations reported by the page. */
  errors: string[];
  close(): Promise<void>;
}

export interface Viewport {
  width: number;
  height: number;
}

interface AppContext {
  context: BrowserContext;
  /** The host its apps last opened on (a host restarted on the same port keeps the context). */
  host: WebHost;
  /** Set when a test installed Playwright's clock, which cannot be taken out again. */
  clockInstalled: boolean;
}

/**
 * The browser context the apps of one host open in, kept from test to test. A new context
 * costs Chromium about 0.4 s of CPU, and each new context starts a new renderer process whose
 * font, style and code caches are cold: a console's start then took about 4 s of CPU in all,
 * and 2 s in a kept context (with `--process-per-site` and the keeper page below, its pages
 * share one warm renderer). Each test still starts from what a new context gives it: `close`
 * closes its pages and clears cookies, storage and permissions, and the next app goes through
 * the launch URL again. A context in which a test installed the clock is closed instead.
 */
const appContexts = new Map<string, Promise<AppContext>>();

/** One context per host and window size: a page a test opens beside the app gets the app's size. */
async function appContextFor(browser: Browser, host: WebHost, viewport: Viewport): Promise<AppContext> {
  const key = `${host.origin} ${viewport.width}×${viewport.height}`;
  await closeContextsOfStoppedHosts();
  let entry = appContexts.get(key);
  if (!entry) {
    entry = (async () => {
      const context = await browser.newContext({ ...E2E_CONTEXT_OPTIONS, viewport, acceptDownloads: true });
      // A stuck step fails on its own, naming the locator, well before the test's 60 s timeout.
      context.setDefaultTimeout(15_000);
      context.once('close', () => appContexts.delete(key));
      const app: AppContext = { context, host, clockInstalled: false };
      const install = context.clock.install.bind(context.clock);
      context.clock.install = (options) => {
        app.clockInstalled = true;
        return install(options);
      };
      // Keeps the host's renderer process alive between tests (it would end with its last page).
      const keeper = await context.newPage();
      await keeper.goto(`${host.origin}/favicon.svg`);
      return app;
    })();
    appContexts.set(key, entry);
    entry.catch(() => appContexts.delete(key));
  }
  const app = await entry;
  app.host = host;
  return app;
}

/** A spec that starts a host per test leaves a context per host: each goes once its host has stopped. */
async function closeContextsOfStoppedHosts(): Promise<void> {
  const entries = await Promise.all([...appContexts.values()].map((entry) => entry.catch(() => null)));
  await Promise.all(entries.filter((app) => app !== null && !app.host.running()).map((app) => app!.context.close()));
}

/** Ends a test's use of its context: as good as new for the next app, or closed. */
async function releaseAppContext(app: AppContext, keeperOrigin: string): Promise<void> {
  const { context } = app;
  if (app.clockInstalled) return context.close();
  const pages = context.pages();
  const keeper = pages.find((page) => page.url().startsWith(`${keeperOrigin}/favicon.svg`));
  if (!keeper) return context.close();
  await Promise.all(pages.filter((page) => page !== keeper).map((page) => page.close()));
  await keeper.evaluate(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  await Promise.all([context.clearCookies(), context.clearPermissions()]);
}

export async function openApp(browser: Browser, host: WebHost, options: { viewport?: Viewport } = {}): Promise<OpenApp> {
  const appContext = await appContextFor(browser, host, options.viewport ?? { width: 1366, height: 768 });
  const { context } = appContext;
  const page = await context.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  await page.goto(host.launchUrl);
  return {
    context,
    page,
    library: new LibraryPage(page),
    workshop: new WorkshopPage(page),
    setup: new SetupPhasePage(page),
    dialogs,
    errors,
    close: () => releaseAppContext(appContext, host.origin),
  };
}
