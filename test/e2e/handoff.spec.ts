import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HandoffPage } from './pages/HandoffPage';
import type { ProjectorPage } from './pages/ProjectorPage';
import { expectAccessible } from './support/expectAccessible';
import { launchBrowser, releaseBrowser } from './support/launchBrowser';
import { openProjector } from './support/openProjector';
import { openApp, type OpenApp } from './support/openApp';
import { startWebHost, type WebHost } from './support/startWebHost';

// The tests build on each other in one workshop: a retry of one would start from whatever its
// failed attempt left behind and fail for another reason, so a failure is reported as it happened.
describe('hand-off phase', { retry: 0 }, () => {
  let host: WebHost;
  let browser: Browser;
  let app: OpenApp;
  let handoff: HandoffPage;
  let projectorPage: Page;
  let projector: ProjectorPage;

  beforeAll(async () => {
    [host, browser] = await Promise.all([startWebHost(), launchBrowser()]);
    app = await openApp(browser, host);
    await app.workshop.waitForOpen();
    await app.workshop.goToPhase('handoff');
    handoff = new HandoffPage(app.page);
    ({ page: projectorPage, projector } = await openProjector(app, host, 'handoff'));
  });
  afterAll(async () => {
    expect(app?.errors ?? []).toEqual([]);
    await app?.close();
    await releaseBrowser(browser);
    await host?.stop();
  });

  it('removes hand-offs undoably, down to an empty state that teaches', async () => {
    await expect.poll(() => handoff.cards.count()).toBe(2);
    await handoff.remove(1);
    await expect.poll(() => handoff.cards.count()).toBe(1);
    await app.page.getByTestId('toast-info').filter({ hasText: 'Removed hand-back 2' }).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => handoff.cards.count()).toBe(2);

    await handoff.remove(1);
    await expect.poll(() => handoff.cards.count()).toBe(1);
    await handoff.remove(0);
    await handoff.addFromMarketingToSales.waitFor();
    expect(await app.page.getByTestId('handoffs').textContent()).toContain('A hand-off is the moment a lead passes from marketing to sales');
  });

  it('adds the prefilled hand-off and a lead definition with two criteria, by keyboard, and the projector shows it', async () => {
    await handoff.addFromMarketingToSales.click();
    const card = handoff.card(0);
    await card.waitFor();
    // The new card's first field has the focus, prefilled with the first marketing → sales stage pair.
    await expect.poll(() => app.page.evaluate(() => (document.activeElement as HTMLSelectElement | null)?.name)).toBe('fromStageId');
    expect(await handoff.field(card, 'fromStageId').locator('option:checked').textContent()).toBe('2. Education');
    expect(await handoff.field(card, 'toStageId').locator('option:checked').textContent()).toBe('3. Consideration');
    expect(await handoff.field(card, 'fromTeamId').locator('option:checked').textContent()).toBe('Marketing');
    expect(await handoff.field(card, 'toTeamId').locator('option:checked').textContent()).toBe('Sales');

    await handoff.addDefinitionButton(card).click();
    await expect.poll(() => app.page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('shortName');
    const keyboard = app.page.keyboard;
    await keyboard.type('MQL');
    await keyboard.press('Tab');
    await keyboard.type('Marketing-qualified lead');
    await keyboard.press('Tab');
    await keyboard.type('Fleet of 50+ vehicles');
    await keyboard.press('Enter');
    await keyboard.type('Score ≥ 60 — ヘルプ');
    await keyboard.press('Enter');
    const definition = handoff.definitions(card).first();
    await expect.poll(() => definition.getByRole('listitem').count()).toBe(2);

    await handoff.field(card, 'passedAlong').focus();
    await keyboard.type('Lead score and pages visited');
    await keyboard.press('Tab');
    await keyboard.type('24');
    await keyboard.press('Tab');
    await keyboard.type('6');

    const projected = projectorPage.getByTestId('projected-lead-definition').first();
    await expect.poll(() => projected.textContent()).toBe('MQLMarketing-qualified leadFleet of 50+ verhiclesScore ≥ 60 — ヘルプ'.replace('verhicles', 'vehicles'));
    await expect.poll(() => projectorPage.getByTestId('projected-commitment').textContent()).toContain('Sales follows up within 24 business hours, 6 attempts');
    expect(await projector.fontSize('.pj-definition__short')).toBeGreaterThanOrEqual(48);
    expect(await projector.fontSize('.pj-definition__criteria')).toBeGreaterThanOrEqual(28);
  });

  it('keeps everything across a reload, and undo takes back the last edit', async () => {
    await app.workshop.waitForSaved();
    await app.page.reload();
    await app.workshop.waitForPhase('handoff');
    const card = handoff.card(0);
    const definition = handoff.definitions(card).first();
    expect(await definition.locator('[name="shortName"]').inputValue()).toBe('MQL');
    expect(await definition.locator('[name="name"]').inputValue()).toBe('Marketing-qualified lead');
    expect(await definition.getByLabel(/^Criterion \d of MQL$/).evaluateAll((els) => els.map((el) => (el as HTMLTextAreaElement).value))).toEqual([
      'Fleet of 50+ vehicles',
      'Score ≥ 60 — ヘルプ',
    ]);
    expect(await handoff.field(card, 'followUpHours').inputValue()).toBe('24');
    expect(await handoff.field(card, 'followUpAttempts').inputValue()).toBe('6');

    await app.workshop.heading.click();
    await app.page.keyboard.press('Control+Z');
    await expect.poll(() => handoff.field(card, 'followUpAttempts').inputValue()).toBe('');
    expect(await handoff.field(card, 'followUpHours').inputValue()).toBe('24');
  });

  it('passes axe on the console and on the projector', async () => {
    await expectAccessible(app.page, 'the hand-off phase');
    await expectAccessible(projectorPage, 'the hand-off projection');
  });
});
