import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FacilitationPage } from './pages/FacilitationPage';
import type { ProjectorPage } from './pages/ProjectorPage';
import { launchBrowser, releaseBrowser } from './support/launchBrowser';
import { openProjector } from './support/openProjector';
import { openApp, type OpenApp } from './support/openApp';
import { startWebHost, type WebHost } from './support/startWebHost';

// The tests build on each other in one workshop: a retry of one would start from whatever its
// failed attempt left behind and fail for another reason, so a failure is reported as it happened.
describe('projector view', { retry: 0 }, () => {
  let host: WebHost;
  let browser: Browser;
  let app: OpenApp;
  let projectorPage: Page;
  let projector: ProjectorPage;

  beforeAll(async () => {
    [host, browser] = await Promise.all([startWebHost(), launchBrowser()]);
    app = await openApp(browser, host);
    await app.workshop.waitForOpen();
    ({ page: projectorPage, projector } = await openProjector(app, host));
  });
  afterAll(async () => {
    await app?.close();
    await releaseBrowser(browser);
    await host?.stop();
  });

  it('shows the current phase, the workshop and the company', async () => {
    await projector.waitForPhase('responsibilities');
    expect(await projector.phaseName.textContent()).toBe('Responsibilities');
    const text = await projector.root.textContent();
    expect(text).toContain('Kestrel sales & marketing alignment day');
    expect(text).toContain('Kestrel Fleet Systems');
    // A phase with its own projection shows that content instead of its one-line purpose.
    expect(await projector.root.getByTestId('projector-content').count()).toBe(1);
    expect(text).not.toContain('Who does what at each stage');
  });

  it('follows the console live: phase bar clicks and keyboard shortcuts', async () => {
    await app.workshop.goToPhase('handoff');
    await projector.waitForPhase('handoff');
    await app.workshop.heading.click();
    await app.page.keyboard.press('Alt+ArrowRight');
    await projector.waitForPhase('bestCustomers');
    await app.workshop.waitForPhase('bestCustomers');
    await app.page.keyboard.press('Control+BracketLeft');
    await projector.waitForPhase('handoff');
    await app.workshop.waitForPhase('handoff');
  });

  it('moves one phase per press, even when pressed in quick succession (a clicker)', async () => {
    await app.workshop.goToPhase('handoff');
    await app.workshop.heading.click();
    for (let i = 0; i < 3; i++) await app.page.keyboard.press('Alt+ArrowRight');
    await app.workshop.waitForPhase('rhythm');
    await projector.waitForPhase('rhythm');
  });

  it('follows edits to the workshop title', async () => {
    await app.workshop.goToPhase('setup');
    await app.setup.fill('Workshop title', 'Kestrel alignment day — 渡辺 & Zoë');
    await expect.poll(() => projector.root.textContent()).toContain('Kestrel alignment day — 渡辺 & Zoë');
  });

  it('opens the day with the agenda and the people by team, readable from the back of the room at 1080p', async () => {
    const opening = projectorPage.getByTestId('setup-projection');
    await expect.poll(() => opening.textContent()).toContain('Responsibilities75 min');
    expect(await opening.textContent()).toContain('Customer Success1Leila Haddad');
    expect(await projector.fontSize('.projector__name')).toBeGreaterThanOrEqual(48);
    expect(await projector.fontSize('.pj-agenda')).toBeGreaterThanOrEqual(28);
    expect(await projector.fontSize('.pj-team-people__names')).toBeGreaterThanOrEqual(28);
    expect(await projector.fontSize('.projector__title')).toBeGreaterThanOrEqual(28);
    expect(await projector.fontSize('.projector__eyebrow')).toBeGreaterThanOrEqual(28);
    expect(await projector.fontSize('.projector__company')).toBeGreaterThanOrEqual(28);
  });

  it('shows a vote while it runs, hand by hand, and the phase again once it is closed', async () => {
    const tools = new FacilitationPage(app.page);
    await app.workshop.goToPhase('handoff');
    await projector.waitForPhase('handoff');
    await tools.startFistOfFive('First contact within 4 business hours');
    const vote = projectorPage.getByTestId('room-vote');
    await expect.poll(() => vote.textContent()).toContain('First contact within 4 business hours');
    await tools.recordHands([4, 5, 2]);
    await expect.poll(() => vote.textContent()).toContain('3 hands · average 3.7');
    expect(await vote.textContent()).toContain('2 · Concerns1 hand');
    expect(await projector.fontSize('.room-vote__bars')).toBeGreaterThanOrEqual(28);
    // The phase's projection gives the wall to the vote, and takes it back when the vote closes.
    expect(await projectorPage.getByTestId('handoff-projection').count()).toBe(0);
    await tools.closeAndRecord();
    await vote.waitFor({ state: 'detached' });
    await projectorPage.getByTestId('handoff-projection').waitFor();
  });
});
