/**
 * The operating rhythm as a calendar, from the app: the facilitator completes a meeting's
 * schedule with the Rhythm phase's controls, then downloads the .ics from the Sign-off's Export
 * step with the actions' due dates, and a real calendar parser (ical.js) reads it back.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RhythmPage } from './pages/RhythmPage';
import { SignoffPage } from './pages/SignoffPage';
import { expectAccessible } from './support/expectAccessible';
import { launchBrowser, releaseBrowser } from './support/launchBrowser';
import { openApp, type OpenApp } from './support/openApp';
import { startWebHost, type WebHost } from './support/startWebHost';

const SHOTS = process.env.ACCORD_SCREENSHOTS_DIR;

describe('the operating rhythm as a calendar', { retry: 0 }, () => {
  let host: WebHost;
  let browser: Browser;
  let app: OpenApp;
  let folder: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'accord-calendar-e2e-'));
    [host, browser] = await Promise.all([startWebHost(), launchBrowser()]);
    app = await openApp(browser, host, { viewport: { width: 1366, height: 768 } });
    await app.workshop.waitForOpen();
  });
  afterAll(async () => {
    expect(app?.errors ?? []).toEqual([]);
    await app?.close();
    await releaseBrowser(browser);
    await host?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('completes a meeting’s schedule with plain controls, and says it in words', async () => {
    await app.workshop.goToPhase('rhythm');
    const rhythm = new RhythmPage(app.page);
    const planning = rhythm.cards('meetings').filter({ has: app.page.locator('[name="name"][value="Quarterly planning"]') });
    const schedule = planning.getByTestId('meeting-schedule');
    // The sample's words "Quarterly, half day" were read: every quarter, four hours; the day and time are still open.
    await expect.poll(() => schedule.getByTestId('meeting-schedule-words').textContent()).toMatch(/^Every quarter, 4 hours .*The calendar file still needs which week of the month, a weekday and a start time\.$/);

    await app.page.getByRole('combobox', { name: 'Week of the month of meeting 2' }).selectOption('first');
    await app.page.getByRole('combobox', { name: 'Weekday of meeting 2' }).selectOption('thursday');
    await app.page.getByLabel('Start time of meeting 2').fill('13:00');
    await app.page.getByRole('combobox', { name: 'Time zone of meeting 2' }).selectOption('America/New_York');
    await expect.poll(() => schedule.getByTestId('meeting-schedule-words').textContent()).toBe('On the first Thursday of every quarter, 13:00–17:00 (America/New_York)');
    await expectAccessible(app.page, 'the Rhythm phase with meeting schedules');
    if (SHOTS) await planning.screenshot({ path: join(SHOTS, 'rhythm-schedule.png') });
  });

  it('downloads the meetings and the due dates as one calendar that a real parser reads', async () => {
    await app.workshop.goToPhase('signoff');
    const signoff = new SignoffPage(app.page);
    await signoff.root.waitFor();
    await signoff.goToStep('export');
    await app.page.getByTestId('take-home-exports').waitFor();
    await app.page.getByLabel('Put the actions’ due dates in the calendar too').check();
    await expectAccessible(app.page, 'the Export step with the calendar export');

    const started = app.page.waitForEvent('download');
    await app.page.getByTestId('export-rhythm-ics').click();
    const file = await started;
    expect(file.suggestedFilename()).toBe('Kestrel Fleet Systems rhythm.ics');
    const path = join(folder, 'rhythm.ics');
    await file.saveAs(path);
    await app.page.getByTestId('take-home-outcome').filter({ hasText: '2 meetings and 3 due dates' }).waitFor();
    if (SHOTS) await app.page.getByTestId('take-home-exports').screenshot({ path: join(SHOTS, 'take-home-calendar.png') });

    const calendar = new ICAL.Component(ICAL.parse(readFileSync(path, 'utf8')));
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(events.map((e) => e.summary)).toEqual(['Pipeline review', 'Quarterly planning', ...events.slice(2).map((e) => e.summary)]);
    expect(events.slice(2).every((e) => e.startDate.isDate && e.summary.startsWith('Due: '))).toBe(true);
    expect(events).toHaveLength(5);
    const planning = events[1]!;
    expect(planning.component.getFirstPropertyValue('rrule')?.toString()).toBe('FREQ=MONTHLY;INTERVAL=3;BYDAY=1TH');
    expect(planning.startDate.zone.tzid).toBe('America/New_York');
    expect(planning.startDate.toString().slice(11, 16)).toBe('13:00');
    expect(planning.description).toContain('Attendees: Both leadership teams and the CRO');
  });
});
