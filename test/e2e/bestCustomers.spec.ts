import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BestCustomersPage } from './pages/BestCustomersPage';
import { expectAccessible } from './support/expectAccessible';
import { launchBrowser, releaseBrowser } from './support/launchBrowser';
import { openProjector } from './support/openProjector';
import { openApp, type OpenApp } from './support/openApp';
import { startWebHost, type WebHost } from './support/startWebHost';

// The tests build on each other in one workshop: a retry of one would start from whatever its
// failed attempt left behind and fail for another reason, so a failure is reported as it happened.
describe('best customers phase', { retry: 0 }, () => {
  let host: WebHost;
  let browser: Browser;
  let app: OpenApp;
  let customers: BestCustomersPage;
  let projectorPage: Page;

  beforeAll(async () => {
    [host, browser] = await Promise.all([startWebHost(), launchBrowser()]);
    app = await openApp(browser, host);
    await app.workshop.waitForOpen();
    await app.workshop.goToPhase('bestCustomers');
    customers = new BestCustomersPage(app.page);
    ({ page: projectorPage } = await openProjector(app, host, 'bestCustomers'));
  });
  afterAll(async () => {
    expect(app?.errors ?? []).toEqual([]);
    await app?.close();
    await releaseBrowser(browser);
    await host?.stop();
  });

  it('adds a named account by keyboard, keeps it across a reload, and undoes the last edit', async () => {
    await expect.poll(() => customers.cards.count()).toBe(2);
    await customers.addButton.click();
    const card = customers.card(2);
    await card.waitFor();
    await expect.poll(() => app.page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('name');
    // The kind switch is a radio group: arrow keys move between its options.
    await card.getByRole('radio', { name: 'Segment' }).focus();
    await app.page.keyboard.press('ArrowRight');
    await expect.poll(() => card.getByRole('radio', { name: 'Named account' }).isChecked()).toBe(true);
    await customers.field(card, 'name').focus();
    const keyboard = app.page.keyboard;
    await keyboard.type('Ålesund Maritime — 渡辺運輸');
    await keyboard.press('Tab');
    await keyboard.type('Largest fleet in the region');
    await keyboard.press('Tab');
    await keyboard.type('Executive roundtable');
    await keyboard.press('Tab');
    await keyboard.type('Named account plan');
    await expect.poll(() => projectorPage.getByTestId('best-customers-projection').textContent()).toContain('Ålesund Maritime — 渡辺運輸');

    await app.workshop.waitForSaved();
    await app.page.reload();
    await app.workshop.waitForPhase('bestCustomers');
    const kept = customers.card(2);
    expect(await customers.field(kept, 'name').inputValue()).toBe('Ålesund Maritime — 渡辺運輸');
    expect(await customers.field(kept, 'whyValuable').inputValue()).toBe('Largest fleet in the region');
    expect(await customers.field(kept, 'marketingDoes').inputValue()).toBe('Executive roundtable');
    expect(await customers.field(kept, 'salesDoes').inputValue()).toBe('Named account plan');
    expect(await kept.getByRole('radio', { name: 'Named account' }).isChecked()).toBe(true);

    await app.workshop.heading.click();
    await app.page.keyboard.press('Control+Z');
    await expect.poll(() => customers.field(kept, 'salesDoes').inputValue()).toBe('');
    expect(await customers.field(kept, 'marketingDoes').inputValue()).toBe('Executive roundtable');
  });

  it('removes a best customer, and the toast brings it back', async () => {
    await customers.remove(0);
    await expect.poll(() => customers.cards.count()).toBe(2);
    await app.page.getByTestId('toast-info').filter({ hasText: 'Removed “Regional logistics firms' }).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => customers.cards.count()).toBe(3);
    expect(await customers.field(customers.card(0), 'name').inputValue()).toBe('Regional logistics firms, 50–500 vehicles');
  });

  it('passes axe on the console and on the projector', async () => {
    await expectAccessible(app.page, 'the best customers phase');
    await expectAccessible(projectorPage, 'the best customers projection');
  });
});
