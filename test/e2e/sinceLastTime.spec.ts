/**
 * Since last time in a check-in (the schema-v9 fixture, put in the data folder as a facilitator's
 * library would hold it): the room marks an action Dropped with a reason and another Done, types
 * the follow-up time that actually happened, and sees the verdicts and the share of actions done
 * change on the console and on the projector, both accessible.
 */
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/expectAccessible';
import { launchBrowser, releaseBrowser } from './support/launchBrowser';
import { openApp, type OpenApp } from './support/openApp';
import { openProjector } from './support/openProjector';
import { startWebHost, type WebHost } from './support/startWebHost';

const CHECK_IN = 'Kestrel sales & marketing alignment day: check-in';

// The steps build on each other in one workshop: a retry would start from what the failed attempt left.
describe('Since last time', { retry: 0 }, () => {
  let dataDir: string;
  let host: WebHost;
  let browser: Browser;
  let app: OpenApp;
  let projectorPage: Page;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'accord-e2e-check-in-'));
    await mkdir(join(dataDir, 'workshops'));
    await copyFile(new URL('../fixtures/schema-v9.accord.json', import.meta.url), join(dataDir, 'workshops', 'fixture-v9-check-in.accord.json'));
    [host, browser] = await Promise.all([startWebHost({ dataDir }), launchBrowser()]);
    app = await openApp(browser, host, { viewport: { width: 1920, height: 1080 } });
    await app.library.show();
    await app.library.open(CHECK_IN);
    await app.workshop.goToPhase('sinceLastTime');
    ({ page: projectorPage } = await openProjector(app, host, 'sinceLastTime'));
  });
  afterAll(async () => {
    expect(app?.errors ?? []).toEqual([]);
    await app?.close();
    await releaseBrowser(browser);
    await host?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  const phase = () => app.page.getByTestId('since-last-time-phase');
  const action = (id: string) => phase().locator(`[data-testid="action-review"][data-action-id="${id}"]`);
  const measure = (name: string): Locator => phase().locator(`[data-testid="commitment-measure"][data-measure="${name}"]`);
  const wall = () => projectorPage.getByTestId('since-last-time-projection');

  it('opens on what the fixture recorded: one action done, one late, one not reviewed; one number met, one missed', async () => {
    expect(await phase().getByTestId('action-share-headline').textContent()).toBe('1 of 3 actions done');
    expect(await phase().getByTestId('action-share-unreviewed').textContent()).toBe('1 not reviewed');
    expect(await action('a2').getByRole('radio', { name: 'Late' }).isChecked()).toBe(true);
    expect(await action('a3').getByRole('radio', { checked: true }).count()).toBe(0);
    expect(await measure('followUpHours').getAttribute('data-verdict')).toBe('missed');
    expect(await measure('followUpHours').getByTestId('commitment-verdict').textContent()).toBe('Missed12 hours slower');
    expect(await measure('volumePerPeriod').getAttribute('data-verdict')).toBe('met');
    expect(await wall().getByTestId('action-share-headline').textContent()).toBe('1 of 3 actions done');
    expect(await wall().getByTestId('commitments-missed').textContent()).toBe('1 missed');
  });

  it('marks an action Dropped with the arrow keys and says why; the breakdown changes on both screens', async () => {
    const row = action('a3');
    // Nothing chosen yet: the keyboard enters the group on its first choice and arrows on from there.
    await row.getByRole('radio', { name: 'Done' }).focus();
    await app.page.keyboard.press('ArrowRight');
    await app.page.keyboard.press('ArrowRight');
    await expect.poll(() => row.getAttribute('data-outcome')).toBe('dropped');
    expect(await row.getByRole('radio', { name: 'Dropped' }).isChecked()).toBe(true);
    await row.getByRole('textbox', { name: /^Reason for the outcome of action 3/ }).fill('HR reorganised; parked until the new incentive plan');
    await app.workshop.waitForSaved();
    await expect.poll(() => phase().getByTestId('action-share-dropped').textContent()).toBe('1 dropped');
    expect(await phase().getByTestId('action-share-unreviewed').count()).toBe(0);
    await expect.poll(() => wall().getByTestId('action-share-dropped').textContent()).toBe('1 dropped');

    // The late one was done after all: the share of actions done goes up on the wall too.
    await action('a2').getByRole('radio', { name: 'Done' }).check();
    await expect.poll(() => phase().getByTestId('action-share-headline').textContent()).toBe('2 of 3 actions done');
    await expect.poll(() => wall().getByTestId('action-share-headline').textContent()).toBe('2 of 3 actions done');
  });

  it('types the follow-up time that actually happened: an empty field is not recorded, a faster time meets the commitment', async () => {
    const hours = measure('followUpHours').getByRole('textbox');
    await hours.fill('');
    await expect.poll(() => measure('followUpHours').getAttribute('data-verdict')).toBe('notRecorded');
    expect(await measure('followUpHours').getByTestId('commitment-verdict').textContent()).toBe('Not recorded');
    await hours.fill('20');
    await expect.poll(() => measure('followUpHours').getAttribute('data-verdict')).toBe('met');
    expect(await measure('followUpHours').getByTestId('commitment-verdict').textContent()).toBe('Met4 hours faster');
    await expect.poll(() => phase().getByTestId('commitments-met').textContent()).toBe('2 met');
    expect(await phase().getByTestId('commitments-missed').count()).toBe(0);
    await expect.poll(() => wall().getByTestId('commitments-met').textContent()).toBe('2 met');
    expect(await wall().getByTestId('commitments-missed').count()).toBe(0);
    await app.workshop.waitForSaved();
  });

  it('keeps the review across a reload, and both screens pass axe', async () => {
    await app.page.reload();
    await app.workshop.waitForPhase('sinceLastTime');
    expect(await action('a3').getAttribute('data-outcome')).toBe('dropped');
    expect(await action('a3').getByRole('textbox', { name: /^Reason/ }).inputValue()).toBe('HR reorganised; parked until the new incentive plan');
    expect(await measure('followUpHours').getByRole('textbox').inputValue()).toBe('20');
    await expectAccessible(app.page, 'Since last time on the console');
    // The pulse then and now is on the wall with the gap in words, not colour alone.
    expect(await wall().getByTestId('then-now-item').count()).toBeGreaterThan(0);
    expect(await wall().getByTestId('then-now-change').first().textContent()).toMatch(/^Gap (closed|opened|narrowed|widened|about the same) \d\.\d → \d\.\d$/);
    await expectAccessible(projectorPage, 'Since last time on the projector');
  });
});
