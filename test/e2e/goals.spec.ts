import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GoalsPage } from './pages/GoalsPage';
import { expectAccessible } from './support/expectAccessible';
import { launchBrowser, releaseBrowser } from './support/launchBrowser';
import { openProjector } from './support/openProjector';
import { openApp, type OpenApp } from './support/openApp';
import { startWebHost, type WebHost } from './support/startWebHost';

// The tests build on each other in one workshop: a retry of one would start from whatever its
// failed attempt left behind and fail for another reason, so a failure is reported as it happened.
describe('goals & incentives phase', { retry: 0 }, () => {
  let host: WebHost;
  let browser: Browser;
  let app: OpenApp;
  let goals: GoalsPage;
  let projectorPage: Page;

  beforeAll(async () => {
    [host, browser] = await Promise.all([startWebHost(), launchBrowser()]);
    app = await openApp(browser, host);
    await app.workshop.waitForOpen();
    await app.workshop.goToPhase('goals');
    goals = new GoalsPage(app.page);
    ({ page: projectorPage } = await openProjector(app, host, 'goals'));
  });
  afterAll(async () => {
    expect(app?.errors ?? []).toEqual([]);
    await app?.close();
    await releaseBrowser(browser);
    await host?.stop();
  });

  it('adds a shared goal by keyboard, with its owner teams, and keeps it across a reload', async () => {
    await expect.poll(() => goals.goalCards('shared-goals').count()).toBe(2);
    await app.page.getByRole('button', { name: 'Add shared goal' }).click();
    const card = goals.goalCards('shared-goals').nth(2);
    await card.waitFor();
    await expect.poll(() => app.page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('name');
    const keyboard = app.page.keyboard;
    await keyboard.type('Net revenue retention');
    await keyboard.press('Tab');
    await keyboard.type('Revenue kept and grown from existing customers');
    await keyboard.press('Tab');
    await keyboard.type('112%');
    await keyboard.press('Tab');
    await keyboard.type('Quarterly');
    // Marketing and Sales come preselected; Customer Success joins with the keyboard.
    expect(await goals.teamChip(card, 'Marketing').getAttribute('aria-pressed')).toBe('true');
    await goals.teamChip(card, 'Customer Success').focus();
    await keyboard.press('Space');
    await expect.poll(() => goals.teamChip(card, 'Customer Success').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => projectorPage.getByTestId('goals-projection').textContent()).toContain('Net revenue retention');

    await app.workshop.waitForSaved();
    await app.page.reload();
    await app.workshop.waitForPhase('goals');
    const kept = goals.goalCards('shared-goals').nth(2);
    expect(await goals.field(kept, 'name').inputValue()).toBe('Net revenue retention');
    expect(await goals.field(kept, 'definition').inputValue()).toBe('Revenue kept and grown from existing customers');
    expect(await goals.field(kept, 'target').inputValue()).toBe('112%');
    expect(await goals.field(kept, 'reviewCadence').inputValue()).toBe('Quarterly');
    expect(await goals.teamChip(kept, 'Customer Success').getAttribute('aria-pressed')).toBe('true');
  });

  it('warns gently when every incentive is shared, and undo takes the removal back', async () => {
    expect(await goals.hintAllShared.count()).toBe(0);
    await expect.poll(() => goals.incentiveCards.count()).toBe(2);
    await goals.incentiveCards.nth(1).getByRole('button', { name: 'Remove incentive 2' }).click();
    await goals.hintAllShared.waitFor();
    expect(await goals.hintAllShared.textContent()).toContain('against tying all of one team’s rewards to the other’s results');

    await app.workshop.heading.click();
    await app.page.keyboard.press('Control+Z');
    await expect.poll(() => goals.incentiveCards.count()).toBe(2);
    await goals.hintAllShared.waitFor({ state: 'detached' });
  });

  it('says so when there is no shared goal', async () => {
    // Turn each shared goal into a team metric; the card moves to the other list.
    for (let left = 2; left >= 0; left--) {
      await goals.goalCards('shared-goals').nth(0).getByRole('radio', { name: 'Team metric' }).click();
      await expect.poll(() => goals.goalCards('shared-goals').count()).toBe(left);
    }
    await goals.hintNoSharedGoal.waitFor();
    await app.workshop.heading.click();
    await app.page.keyboard.press('Control+Z');
    await goals.hintNoSharedGoal.waitFor({ state: 'detached' });
    expect(await goals.goalCards('shared-goals').count()).toBe(1);
  });

  it('passes axe on the console and on the projector', async () => {
    await expectAccessible(app.page, 'the goals phase');
    await expectAccessible(projectorPage, 'the goals projection');
  });
});
