/**
 * What the room sees, under the facilitator's control: blank, freeze and break from the console
 * with the presenter keys and return to live; a clicker's Page Down moves between phases; the
 * facilitator's private prompts never reach the projector's page.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectorPage } from './pages/ProjectorPage';
import { launchBrowser, releaseBrowser } from './support/launchBrowser';
import { openApp, type OpenApp } from './support/openApp';
import { openProjector } from './support/openProjector';
import { startWebHost, type WebHost } from './support/startWebHost';

const PRIVATE_PROMPT = 'Ask Dana privately about the quota dispute';

describe('the room’s screen and the presenter keys', { retry: 0 }, () => {
  let host: WebHost;
  let browser: Browser;
  let app: OpenApp;
  let projectorPage: Page;
  let projector: ProjectorPage;

  const roomState = () => app.page.getByTestId('room-state').textContent();
  const waitForScreen = (screen: string) => app.page.locator(`[data-testid="room-control"][data-screen="${screen}"]`).waitFor();
  /** Presses a key with the focus on the page itself, as a facilitator does between edits. */
  const press = async (key: string) => {
    await app.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await app.page.keyboard.press(key);
  };

  beforeAll(async () => {
    [host, browser] = await Promise.all([startWebHost(), launchBrowser()]);
    app = await openApp(browser, host);
    await app.workshop.waitForOpen();
    await app.workshop.goToPhase('handoff');
    ({ page: projectorPage, projector } = await openProjector(app, host, 'handoff'));
  });
  afterAll(async () => {
    await app?.close();
    await releaseBrowser(browser);
    await host?.stop();
  });

  it('blanks the projector with B and returns with B again; the console says which state the room is in', async () => {
    expect(await roomState()).toBe('Projector live');
    await press('b');
    await waitForScreen('blank');
    await projectorPage.getByTestId('projector-blank').waitFor();
    expect(await roomState()).toBe('Projector blank');
    expect(await projector.root.isVisible()).toBe(false);
    await press('b');
    await waitForScreen('live');
    await projectorPage.getByTestId('projector-blank').waitFor({ state: 'detached' });
    expect(await projector.root.isVisible()).toBe(true);
    await press('.');
    await projectorPage.getByTestId('projector-blank').waitFor();
    await press('Escape');
    await projectorPage.getByTestId('projector-blank').waitFor({ state: 'detached' });
  });

  it('freezes the projector on its picture while the console moves on, also after a reload, and Esc shows the present', async () => {
    await press('f');
    await projectorPage.locator('[data-testid="projector"][data-room-screen="frozen"]').waitFor();
    await press('PageDown');
    await app.workshop.waitForPhase('bestCustomers');
    // The room still reads the hand-off while the console has moved on.
    await app.workshop.goToPhase('goals');
    expect(await projectorPage.locator('[data-testid="projector"]').getAttribute('data-phase')).toBe('handoff');
    expect(await projector.phaseName.textContent()).toBe('Hand-off');
    expect(await roomState()).toBe('Projector frozen');
    // A projector window that opens while frozen shows what it first sees, laid out for its own size.
    await projectorPage.reload();
    await projectorPage.locator('[data-testid="projector"][data-room-screen="frozen"]').waitFor();
    expect(await projectorPage.locator('[data-testid="projector"]').getAttribute('data-phase')).toBe('goals');
    await app.workshop.goToPhase('bestCustomers');
    await press('Escape');
    await projector.waitForPhase('bestCustomers');
    await projectorPage.locator('[data-testid="projector"][data-room-screen="live"]').waitFor();
  });

  it('toggles back on a quick double press, as a clicker sends it', async () => {
    await app.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await app.page.keyboard.press('b');
    await app.page.keyboard.press('b');
    await waitForScreen('live');
    await projectorPage.locator('[data-testid="projector"][data-room-screen="live"]').waitFor();
    expect(await projectorPage.getByTestId('projector-blank').count()).toBe(0);
  });

  it('shows a break with the time the room is back and a countdown, and P returns to live', async () => {
    await press('p');
    const dialog = app.page.getByTestId('break-dialog');
    await dialog.waitFor();
    await dialog.getByTestId('break-minutes').fill('10');
    await dialog.getByTestId('break-minutes').press('Enter');
    await waitForScreen('break');
    const breakScreen = projectorPage.getByTestId('projector-break');
    await breakScreen.waitFor();
    expect(await breakScreen.textContent()).toMatch(/Back at \d{1,2}:\d{2}/);
    expect(await projectorPage.getByTestId('projector-break-countdown').textContent()).toMatch(/^(10:\d{2}|9:5\d)$/);
    expect(await roomState()).toMatch(/^Break until \d{1,2}:\d{2}/);
    await press('p');
    await waitForScreen('live');
    await breakScreen.waitFor({ state: 'detached' });
  });

  it('moves between phases with Page Up / Page Down and the arrows, but never while typing', async () => {
    await app.workshop.goToPhase('goals');
    await press('PageDown');
    await app.workshop.waitForPhase('rhythm');
    await projector.waitForPhase('rhythm');
    await press('ArrowLeft');
    await app.workshop.waitForPhase('goals');
    await press('PageUp');
    await app.workshop.waitForPhase('bestCustomers');
    // In a text field the keys are the field's.
    await app.page.getByTestId('phase-view').getByTestId('facilitator-notes').locator('summary').click();
    const notes = app.page.getByTestId('phase-view').getByTestId('facilitator-notes-text');
    await notes.click();
    await app.page.keyboard.press('PageDown');
    await app.page.keyboard.press('b');
    expect(await app.workshop.currentPhase()).toBe('bestCustomers');
    expect(await roomState()).toBe('Projector live');
  });

  it('keeps the facilitator’s prompts on the console: never in the projector’s page, nor on its wire', async () => {
    // A second projector window, listening to everything the host sends it from the start.
    const watcher = await app.context.newPage();
    const received: string[] = [];
    watcher.on('websocket', (socket) => socket.on('framereceived', (frame) => received.push(String(frame.payload))));
    await watcher.goto(`${host.origin}/?view=projector`);
    await watcher.locator('[data-testid="projector"][data-phase="bestCustomers"]').waitFor();
    // The console keeps the front (see openProjector): the later tests click on it.
    await app.page.bringToFront();
    const notes = app.page.getByTestId('phase-view').getByTestId('facilitator-notes-text');
    await notes.fill(PRIVATE_PROMPT);
    await app.workshop.waitForSaved();
    // A change after the note, so the watcher has demonstrably received what came after it.
    await app.workshop.goToPhase('goals');
    await watcher.locator('[data-testid="projector"][data-phase="goals"]').waitFor();
    expect(received.some((frame) => frame.includes('"revision"'))).toBe(true);
    expect(received.join('\n')).not.toContain('quota dispute');
    expect(received.join('\n')).not.toContain('biggest gap');
    expect(await watcher.content()).not.toContain(PRIVATE_PROMPT);
    expect(await projectorPage.content()).not.toContain(PRIVATE_PROMPT);
    await watcher.close();
    await app.workshop.goToPhase('bestCustomers');
    expect(await app.page.getByTestId('phase-view').getByTestId('facilitator-notes-text').inputValue()).toBe(PRIVATE_PROMPT);
  });

  it('lists every key on “?”', async () => {
    await press('?');
    const dialog = app.page.getByTestId('keys-dialog');
    await dialog.waitFor();
    const text = await dialog.textContent();
    for (const words of ['Blank the projector', 'Freeze the projector', 'Break screen', 'Back to live', 'Next phase', 'Undo']) expect(text).toContain(words);
    await app.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });
});
