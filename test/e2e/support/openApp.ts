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
  /** Whether an app is open in it: a second app at the same time gets a context of its own. */
  inUse: boolean;
  /** Set when a test changed something a context keeps and cannot be reset (see CONTEXT_CHANGES). */
  changed: boolean;
}

/**
 * The browser context the apps of one host open in, kept from test to test. A new context
 * costs Chromium about 0.4 s of CPU, and each new context starts a new renderer process whose
 * font, style and code caches are cold: a console's start then took about 4 s of CPU in all,
 * and 2 s in a kept context (with `--process-per-site` and the keeper page below, its pages
 * share one warm renderer). Each test still starts from what a new context gives it: `close`
 * closes its pages and clears cookies, storage and permissions, and the next app goes through
 * the launch URL again. A context where a test changed something else that a context keeps
 * (the clock, routes, offline mode, headers, init scripts…) is closed instead, as is one whose
 * clean-up failed (a crashed renderer, say).
 */
const appContexts = new Map<string, Promise<AppContext>>();

/** Context methods whose effect outlives the test: calling one means the context is not reused. */
const CONTEXT_CHANGES = ['addInitScript', 'exposeBinding', 'exposeFunction', 'route', 'routeFromHAR', 'routeWebSocket', 'setExtraHTTPHeaders', 'setGeolocation', 'setHTTPCredentials', 'setOffline'] as const;
/** Every clock method installs Playwright's fake clock, which cannot be taken out again. */
const CLOCK_METHODS = ['install', 'fastForward', 'pauseAt', 'resume', 'runFor', 'setFixedTime', 'setSystemTime'] as const;

/** Marks `app` changed whenever one of `names` is called on `target`. */
function markChangedOnCall(app: AppContext, target: object, names: readonly string[]): void {
  const methods = target as Record<string, unknown>;
  for (const name of names) {
    const original = methods[name];
    if (typeof original !== 'function') continue;
    methods[name] = (...args: unknown[]) => {
      app.changed = true;
      return (original as (...a: unknown[]) => unknown).apply(target, args);
    };
  }
}

/** A new context for the apps of `host`, with the keeper page that holds its renderer process. */
async function newAppContext(browser: Browser, host: WebHost, viewport: Viewport): Promise<AppContext> {
  const context = await browser.newContext({ ...E2E_CONTEXT_OPTIONS, viewport, acceptDownloads: true });
  // A stuck step fails on its own, naming the locator, well before the test's 60 s timeout.
  context.setDefaultTimeout(15_000);
  const app: AppContext = { context, host, inUse: false, changed: false };
  markChangedOnCall(app, context, CONTEXT_CHANGES);
  markChangedOnCall(app, context.clock, CLOCK_METHODS);
  try {
    // The keeper holds the host's renderer process between tests (it would end with its last
    // page): any page of the origin does, here the host's refusal of a request without a cookie.
    const keeper = await context.newPage();
    await keeper.goto(`${host.origin}/favicon.svg`);
  } catch (error) {
    await context.close();
    throw error;
  }
  return app;
}

/** The kept context for `host` at `viewport`, or a context of its own while the kept one is in use. */
async function appContextFor(browser: Browser, host: WebHost, viewport: Viewport): Promise<{ app: AppContext; kept: boolean }> {
  const key = `${host.origin} ${viewport.width}×${viewport.height}`;
  await closeContextsOfStoppedHosts();
  let entry = appContexts.get(key);
  if (!entry) {
    const created = newAppContext(browser, host, viewport);
    entry = created;
    appContexts.set(key, created);
    created.then(
      ({ context }) => context.once('close', () => appContexts.get(key) === created && appContexts.delete(key)),
      () => appContexts.get(key) === created && appContexts.delete(key),
    );
  }
  const app = await entry;
  if (app.inUse) return { app: await newAppContext(browser, host, viewport), kept: false };
  app.host = host;
  app.inUse = true;
  return { app, kept: true };
}

/** A spec that starts a host per test leaves a context per host: each goes once its host has stopped. */
async function closeContextsOfStoppedHosts(): Promise<void> {
  const entries = await Promise.all([...appContexts.values()].map((entry) => entry.catch(() => null)));
  await Promise.all(entries.filter((app) => app !== null && !app.inUse && !app.host.running()).map((app) => app!.context.close()));
}

/** Ends a test's use of its context: as good as new for the next app, or closed. */
async function releaseAppContext(app: AppContext, kept: boolean): Promise<void> {
  const { context } = app;
  app.inUse = false;
  if (!kept || app.changed) return context.close();
  try {
    const pages = context.pages();
    const keeper = pages.find((page) => page.url().startsWith(`${app.host.origin}/favicon.svg`));
    if (!keeper || keeper.isClosed()) throw new Error('The keeper page is gone.');
    await Promise.all(pages.filter((page) => page !== keeper).map((page) => page.close()));
    await keeper.evaluate(() => {
      localStorage.clear();
      sessionStorage.clear();
    });
    await Promise.all([context.clearCookies(), context.clearPermissions()]);
  } catch {
    // Not known to be clean: the next app gets a new context.
    await context.close().catch(() => undefined);
  }
}

export async function openApp(browser: Browser, host: WebHost, options: { viewport?: Viewport } = {}): Promise<OpenApp> {
  const { app: appContext, kept } = await appContextFor(browser, host, options.viewport ?? { width: 1366, height: 768 });
  const { context } = appContext;
  let released: Promise<void> | undefined;
  const close = () => (released ??= releaseAppContext(appContext, kept));
  const dialogs: string[] = [];
  const errors: string[] = [];
  let page: Page;
  try {
    page = await context.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    await page.goto(host.launchUrl);
  } catch (error) {
    await close();
    throw error;
  }
  return {
    context,
    page,
    library: new LibraryPage(page),
    workshop: new WorkshopPage(page),
    setup: new SetupPhasePage(page),
    dialogs,
    errors,
    // Once: a second call must not close the pages of the app that has the context by then.
    close,
  };
}
