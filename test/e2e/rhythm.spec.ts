import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RhythmPage } from './pages/RhythmPage';
import { expectAccessible } from './support/expectAccessible';
import { launchBrowser, releaseBrowser } from './support/launchBrowser';
import { openProjector } from './support/openProjector';
import { openApp, type OpenApp } from './support/openApp';
import { startWebHost, type WebHost } from './support/startWebHost';

// The tests build on each other in one workshop: a retry of one would start from whatever its
// failed attempt left behind and fail for another reason, so a failure is reported as it happened.
describe('operating rhythm phase', { retry: 0 }, () => {
  let host: WebHost;
  let browser: Browser;
  let app: OpenApp;
  let rhythm: RhythmPage;
  let projectorPage: Page;

  beforeAll(async () => {
    [host, browser] = await Promise.all([startWebHost(), launchBrowser()]);
    app = await openApp(browser, host);
    await app.workshop.waitForOpen();
    await app.workshop.goToPhase('rhythm');
    rhythm = new RhythmPage(app.page);
    ({ page: projectorPage } = await openProjector(app, host, 'rhythm'));
  });
  afterAll(async () => {
    expect(app?.errors ?? []).toEqual([]);
    await app?.close();
    await releaseBrowser(browser);
    await host?.stop();
  });

  it('adds a meeting by keyboard and a sponsor from the participants; both survive a reload', async () => {
    await expect.poll(() => rhythm.cards('meetings').count()).toBe(2);
    await app.page.getByRole('button', { name: 'Add meeting' }).click();
    const meeting = rhythm.cards('meetings').nth(2);
    await meeting.waitFor();
    await expect.poll(() => app.page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('name');
    const keyboard = app.page.keyboard;
    await keyboard.type('Weekly lead huddle');
    await keyboard.press('Tab');
    await keyboard.type('Weekly, Thursday 9:00');
    await keyboard.press('Tab');
    await keyboard.type('SDRs and demand generation');
    await keyboard.press('Tab');
    await keyboard.type('Yesterday’s leads, today’s follow-ups');

    await app.page.getByRole('button', { name: 'Add sponsor' }).click();
    const sponsor = rhythm.cards('sponsors').nth(1);
    await sponsor.waitFor();
    await expect.poll(() => app.page.evaluate(() => (document.activeElement as HTMLSelectElement | null)?.name)).toBe('participantId');
    await rhythm.field(sponsor, 'participantId').selectOption({ label: 'Priya Raghunathan — Head of Marketing' });
    await expect.poll(() => rhythm.field(sponsor, 'role').inputValue()).toBe('Head of Marketing');

    // The projector lists meetings as a rhythm: weekly before fortnightly before quarterly.
    const projection = projectorPage.getByTestId('rhythm-projection');
    await expect.poll(() => projection.locator('.pj-meeting__name').allTextContents()).toEqual(['Weekly lead huddle', 'Pipeline review', 'Quarterly planning']);
    // The sponsor is the later edit: it may reach the projector after the meetings are already shown.
    await expect.poll(() => projection.locator('.pj-sponsor__name').allTextContents()).toEqual(['Marguerite Fontaine', 'Priya Raghunathan']);

    await app.workshop.waitForSaved();
    await app.page.reload();
    await app.workshop.waitForPhase('rhythm');
    const kept = rhythm.cards('meetings').nth(2);
    expect(await rhythm.field(kept, 'name').inputValue()).toBe('Weekly lead huddle');
    expect(await rhythm.field(kept, 'cadence').inputValue()).toBe('Weekly, Thursday 9:00');
    expect(await rhythm.field(kept, 'attendees').inputValue()).toBe('SDRs and demand generation');
    expect(await rhythm.field(kept, 'purpose').inputValue()).toBe('Yesterday’s leads, today’s follow-ups');
    expect(await rhythm.field(rhythm.cards('sponsors').nth(1), 'participantId').inputValue()).toBe('p5');
  });

  it('undoes the last edit and removes a glossary term undoably', async () => {
    await app.workshop.heading.click();
    await app.page.keyboard.press('Control+Z');
    await expect.poll(() => rhythm.field(rhythm.cards('sponsors').nth(1), 'participantId').inputValue()).toBe('');

    await expect.poll(() => rhythm.cards('glossary').count()).toBe(2);
    await rhythm.cards('glossary').nth(0).getByRole('button', { name: 'Remove glossary term 1' }).click();
    await expect.poll(() => rhythm.cards('glossary').count()).toBe(1);
    await app.workshop.heading.click();
    await app.page.keyboard.press('Control+Z');
    await expect.poll(() => rhythm.cards('glossary').count()).toBe(2);
    expect(await rhythm.field(rhythm.cards('glossary').nth(0), 'term').inputValue()).toBe('MQL');
  });

  it('passes axe on the console and on the projector', async () => {
    await expectAccessible(app.page, 'the operating rhythm phase');
    await expectAccessible(projectorPage, 'the operating rhythm projection');
  });
});
