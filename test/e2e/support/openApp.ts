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

export async function openApp(browser: Browser, host: WebHost, options: { viewport?: { width: number; height: number } } = {}): Promise<OpenApp> {
  const context = await browser.newContext({ ...E2E_CONTEXT_OPTIONS, viewport: options.viewport ?? { width: 1366, height: 768 }, acceptDownloads: true });
  // A stuck step fails on its own, naming the locator, well before the test's 60 s timeout.
  context.setDefaultTimeout(15_000);
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
    close: () => context.close(),
  };
}
