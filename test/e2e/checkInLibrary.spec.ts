/**
 * "Create a check-in" in the library, in the browser against the real web host: the sample
 * workshop signed, its check-in created from its card (by keyboard) and opened on Setup with
 * the shorter agenda, and back in the library the two cards shown as one series. A workshop
 * nobody signed offers no check-in, and a malformed request leaves the host answering.
 */
import { describe, expect, it } from 'vitest';
import type { Stroke } from '../../src/domain/workshopSchema';
import type { AccordApi, CharterFingerprintResult } from '../../src/shared/accordApi';
import { acceptAllCommand } from '../helpers/domainBuilders';
import { expectAccessible } from './support/expectAccessible';
import { openProjector } from './support/openProjector';
import { PulsePhasePage } from './pages/PulsePhasePage';
import { useSampleWorkshop } from './support/useSampleWorkshop';

const SAMPLE = 'Kestrel sales & marketing alignment day';
/** The open sample's id: each test gets a fresh copy of the sample under a new id. */
const sampleId = async (api: AccordApi) => (await api.getSession())!.workshop.id;
const CHECK_IN = `${SAMPLE}: check-in`;

/** The open sample signed by two participants, as the sign-off phase records it. */
async function signOpenWorkshop(api: AccordApi): Promise<void> {
  const { workshop } = (await api.getSession())!;
  expect(await api.dispatch(acceptAllCommand(workshop))).toMatchObject({ ok: true });
  for (const participant of workshop.participants.slice(0, 2)) {
    const charter = (await api.getCharterFingerprint()) as Extract<CharterFingerprintResult, { ok: true }>;
    const strokes: Stroke[] = [[[10, 20, 0], [60, 40, 16], [110, 25, 33]]];
    expect(await api.dispatch({ type: 'sign', participantId: participant.id, typedName: participant.name, strokes, fingerprint: charter.fingerprint })).toMatchObject({ ok: true });
  }
}

describe('check-ins in the library', () => {
  const room = useSampleWorkshop({ client: true });

  it('creates the check-in of a signed workshop from its card; it opens on Setup with the shorter day, and the library shows the series', async () => {
    const { app, client } = room;
    await signOpenWorkshop(client.api);
    await app.library.show();

    const source = app.library.card(SAMPLE);
    await expect.poll(() => source.getByTestId('workshop-signed').textContent()).toMatch(/^Signed \S/);
    // From the keyboard: the action is a button in the card's tab order.
    const create = source.getByRole('button', { name: `Create a check-in of ${SAMPLE}` });
    await create.focus();
    await app.page.keyboard.press('Enter');

    await app.workshop.waitForOpen();
    await expect.poll(() => app.workshop.heading.textContent()).toBe(CHECK_IN);
    await app.workshop.waitForPhase('setup');
    await expect.poll(() => app.workshop.phaseStep('sinceLastTime').textContent()).toContain('Since last time');
    // The shorter agenda: the map and the matrix carry over as signed and are left out of the day.
    const phases = await app.page.locator('[data-testid^="phase-"][data-state]').evaluateAll((steps) => steps.map((step) => step.getAttribute('data-testid')));
    expect(phases).toEqual(['phase-setup', 'phase-pulse', 'phase-sinceLastTime', 'phase-handoff', 'phase-goals', 'phase-rhythm', 'phase-actions', 'phase-signoff']);
    await app.library.toast('success', `Created “${CHECK_IN}”`).waitFor();

    await app.workshop.backToLibrary();
    const checkIn = app.library.card(CHECK_IN);
    await checkIn.waitFor();
    expect(await checkIn.getByTestId('workshop-place').textContent()).toBe('Check-in 1');
    expect(await checkIn.getByTestId('workshop-follows').textContent()).toBe(`Follows “${SAMPLE}”`);
    expect(await checkIn.getByTestId('workshop-series').textContent()).toContain(`Series: ${SAMPLE} · 2 workshops`);
    // Nobody signed the check-in yet: it offers no check-in of its own.
    expect(await checkIn.getByRole('button', { name: /Create a check-in/ }).count()).toBe(0);
    expect(await source.getByTestId('workshop-place').textContent()).toBe('First workshop');
    // A second check-in of the same workshop stays possible, and is called what it is.
    expect(await source.getByRole('button', { name: `Create another check-in of ${SAMPLE}` }).count()).toBe(1);
    expect(await source.getByTestId('workshop-series').textContent()).toContain('Starts a series of 2 workshops');
    // Side by side, the first workshop then its check-in, linked by the same series.
    const titles = await app.library.titles();
    expect(titles.indexOf(CHECK_IN)).toBe(titles.indexOf(SAMPLE) + 1);
    expect(await checkIn.getAttribute('data-series-id')).toBe(await source.getAttribute('data-workshop-id'));
    await expectAccessible(app.page, 'the library with a series');
  });

  it('the day after, end to end: the signed sample’s check-in, the pulse scored again, last time’s actions reviewed, the before and after on the console and the wall', async () => {
    const { app, client, host } = room;
    await signOpenWorkshop(client.api);
    await app.library.show();
    await app.library.card(SAMPLE).getByRole('button', { name: `Create a check-in of ${SAMPLE}` }).click();
    await app.workshop.waitForOpen();
    await expect.poll(() => app.workshop.heading.textContent()).toBe(CHECK_IN);

    // The pulse again, typed into the grid: a salesperson and a marketer score every statement.
    await app.workshop.goToPhase('pulse');
    const pulse = new PulsePhasePage(app.page);
    await pulse.cell('Tomasz Wiśniewski', 1).focus();
    await app.page.keyboard.type('4444444444');
    await pulse.cell('Priya Raghunathan', 1).focus();
    await app.page.keyboard.type('4444444444');
    await expect.poll(() => pulse.rowScores('Priya Raghunathan')).toEqual(Array(10).fill('4'));

    await app.workshop.goToPhase('sinceLastTime');
    const phase = app.page.getByTestId('since-last-time-phase');
    const review = (id: string) => phase.locator(`[data-testid="action-review"][data-action-id="${id}"]`);
    expect(await phase.getByTestId('action-share-headline').textContent()).toBe('0 of 3 actions done');
    await review('a1').getByRole('radio', { name: 'Done' }).check();
    await review('a3').getByRole('radio', { name: 'Dropped' }).check();
    await review('a3').getByRole('textbox', { name: /^Reason for the outcome of action 3/ }).fill('Parked until the new incentive plan');
    await expect.poll(() => phase.getByTestId('action-share-headline').textContent()).toBe('1 of 3 actions done');
    await app.workshop.waitForSaved();

    const { page: wallPage } = await openProjector(app, host, 'sinceLastTime');
    try {
      const wall = wallPage.getByTestId('since-last-time-projection');
      await expect.poll(() => wall.getByTestId('action-share-headline').textContent()).toBe('1 of 3 actions done');
      expect(await wall.getByTestId('action-share-dropped').textContent()).toBe('1 dropped');
      // Then and now on one axis: the workshop day's averages against today's, the gap said in words.
      expect(await wall.getByTestId('then-now-item').count()).toBeGreaterThan(0);
      expect(await wall.getByTestId('then-now-change').first().textContent()).toMatch(/^Gap (closed|opened|narrowed|widened|about the same) \d\.\d → \d\.\d$/);
      await expectAccessible(wallPage, 'the check-in’s before and after on the wall');
    } finally {
      await wallPage.close();
    }
  });

  it('offers no check-in on a workshop nobody signed, and the host says why', async () => {
    const { app, client } = room;
    const id = await sampleId(client.api);
    await app.library.show();
    const card = app.library.card(SAMPLE);
    await card.waitFor();
    expect(await card.getByRole('button', { name: /Create a check-in/ }).count()).toBe(0);
    expect(await card.getByTestId('workshop-signed').count()).toBe(0);
    expect(await client.api.createCheckIn(id)).toEqual({ ok: false, message: expect.stringMatching(/^Nobody has signed this workshop’s charter yet/) });
  });

  it('answers a malformed create-check-in request with a clear error, and goes on working', async () => {
    const { app, client, host } = room;
    const id = await sampleId(client.api);
    const raw = client.api.createCheckIn as (...args: unknown[]) => ReturnType<AccordApi['createCheckIn']>;
    await expect(raw(42)).rejects.toThrow(/The request createCheckIn was refused: 0: Invalid input: expected string/);
    await expect(raw({ workshopId: id })).rejects.toThrow(/The request createCheckIn was refused/);
    await expect(raw('../../settings')).rejects.toThrow(/The request createCheckIn was refused: 0: may only hold letters, digits/);
    await expect(raw('x'.repeat(100_000))).rejects.toThrow(/The request createCheckIn was refused/);
    expect(host.running()).toBe(true);
    expect((await client.api.listWorkshops()).map((w) => w.id)).toEqual([id]);
    await app.library.show();
    expect(await app.library.titles()).toEqual([SAMPLE]);
  });
});
