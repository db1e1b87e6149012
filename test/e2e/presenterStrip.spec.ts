/**
 * The console's presenter strip: the timer with what comes next, how far behind or ahead of the
 * day's plan the room is (the page's clock moved on by hand), live counts from the checks, and
 * the room's view in miniature following blank, freeze and live. It folds away and stays folded.
 */
import type { Locator } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { TimerPage } from './pages/TimerPage';
import { connectHostClient } from './support/connectHostClient';
import { expectAccessible } from './support/expectAccessible';
import type { OpenApp } from './support/openApp';
import type { WebHost } from './support/startWebHost';
import { useSampleWorkshop } from './support/useSampleWorkshop';

describe('the presenter strip', () => {
  const room = useSampleWorkshop({ phase: 'pulse' });
  let host: WebHost;
  let app: OpenApp;
  let timer: TimerPage;

  const strip = () => app.page.getByTestId('presenter-strip');
  const dayPlan = () => app.page.getByTestId('day-plan');
  const miniature = () => app.page.getByTestId('room-miniature');
  const attribute = (locator: Locator, name: string) => locator.getAttribute(name);

  beforeEach(async () => {
    ({ host, app } = room);
    timer = new TimerPage(app.page);
  });

  it('says the plan before the day starts, on plan once the timer runs, and “behind plan” with a later end once the item runs over', async () => {
    // The page's clock runs as usual until the test moves it on by hand.
    await app.context.clock.install();
    await expect.poll(() => attribute(dayPlan(), 'data-status')).toBe('notStarted');
    expect(await dayPlan().textContent()).toMatch(/^Day plan \d+ h( \d+ min)?ends .+ if it starts now$/);
    expect(await strip().getByTestId('timer-next').textContent()).toBe('Next: Buying process · 60 min');

    await timer.button('Start').click();
    await expect.poll(() => attribute(dayPlan(), 'data-status')).toBe('onPlan');
    expect(await app.page.getByTestId('day-plan-status').textContent()).toBe('On plan');
    const plannedEnd = (await app.page.getByTestId('day-plan-end').textContent())!;

    // Pulse has a 30-minute time box: 42 minutes later the room is 12 minutes behind.
    await app.context.clock.fastForward('42:00');
    await expect.poll(() => attribute(dayPlan(), 'data-status')).toBe('behind');
    const delay = Number(await attribute(dayPlan(), 'data-delay-seconds'));
    expect(delay).toBeGreaterThanOrEqual(12 * 60);
    expect(delay).toBeLessThan(12 * 60 + 30);
    expect(await app.page.getByTestId('day-plan-status').textContent()).toBe('12 min behind plan');
    expect(await app.page.getByTestId('day-plan-end').textContent()).toMatch(/^ends about .+ \(planned .+\)$/);
    expect(await app.page.getByTestId('day-plan-end').textContent()).toContain(plannedEnd.replace(/^ends /, ''));
    expect(await timer.tone()).toBe('over');
    await expectAccessible(app.page, 'the console with the presenter strip behind plan');
    // (Moving on, pausing and resuming are stamped by the host's own clock, which this test cannot move: test/domain/dayProgress.test.ts.)
  });

  it('counts open points live from the checks', async () => {
    const problems = app.page.getByTestId('check-counts-problems');
    expect(await problems.textContent()).toMatch(/^\d+ problems?$|^All checks pass$/);
    expect(await app.page.getByTestId('check-counts-unowned').count()).toBe(0);
    const client = await connectHostClient(host.origin, app.context);
    try {
      await client.api.dispatch({ type: 'addItem', collection: 'actions', item: { id: 'e2e-action', title: 'Agree the MQL form', ownerParticipantId: null, due: '', status: 'open', stageId: null, topic: null } });
      await expect.poll(() => app.page.getByTestId('check-counts-unowned').textContent()).toBe('1 action without an owner');
    } finally {
      client.close();
    }
  });

  /** The colour at the middle of the miniature, as drawn on the screen (its picture is closed to the page's queries). */
  async function middleColour(): Promise<number[]> {
    const png = await miniature().getByTestId('room-miniature-picture').screenshot();
    return app.page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      return [...context.getImageData(Math.floor(image.width / 2), Math.floor(image.height / 2), 1, 1).data.slice(0, 3)];
    }, png.toString('base64'));
  }

  it('shows the room’s view in miniature: blank when the room is blanked, the held picture when frozen, the phase when live', async () => {
    await app.page.locator('[data-testid="room-miniature"][data-phase="pulse"][data-screen="live"]').waitFor();
    expect(await miniature().locator('figcaption').textContent()).toBe('The room sees: Live');
    await expect.poll(middleColour).not.toEqual([0, 0, 0]);

    await strip().page().getByRole('button', { name: 'Blank', exact: true }).click();
    await expect.poll(() => attribute(miniature(), 'data-screen')).toBe('blank');
    await expect.poll(middleColour).toEqual([0, 0, 0]);
    expect(await miniature().locator('figcaption').textContent()).toBe('The room sees: Blank');
    // Nothing of the picture mixes with the console's page: one blank screen, the projector's own, is not on it.
    expect(await app.page.getByTestId('projector-blank').count()).toBe(0);

    await app.page.getByRole('button', { name: 'Freeze', exact: true }).click();
    await expect.poll(() => attribute(miniature(), 'data-screen')).toBe('frozen');
    await app.workshop.goToPhase('buyingProcess');
    // An edit while frozen: the console and the miniature now read different agendas, and both settle.
    const client = await connectHostClient(host.origin, app.context);
    try {
      const session = (await client.api.getSession())!;
      const rhythm = session.workshop.agenda.find((item) => item.phase === 'rhythm')!;
      await client.api.dispatch({ type: 'updateItem', collection: 'agenda', id: rhythm.id, patch: { minutes: rhythm.minutes + 5 } });
    } finally {
      client.close();
    }
    await expect.poll(() => app.page.getByTestId('timer-next').textContent()).toMatch(/^Next: /);
    // The room still sees Pulse, and so does its miniature.
    expect(await attribute(miniature(), 'data-phase')).toBe('pulse');
    expect(app.errors).toEqual([]);
    await app.page.getByRole('button', { name: 'Go live' }).click();
    await expect.poll(() => attribute(miniature(), 'data-phase')).toBe('buyingProcess');
    await expect.poll(middleColour).not.toEqual([0, 0, 0]);
    // A picture only: nothing in it takes the focus or is read out twice.
    expect(await miniature().locator('[aria-hidden="true"][inert]').count()).toBe(1);
  });

  it('folds away to the timer alone and stays folded from phase to phase', async () => {
    const toggle = strip().getByRole('button', { name: 'Hide the day plan, checks and room view' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await toggle.click();
    await expect.poll(() => attribute(strip(), 'data-open')).toBe('false');
    expect(await dayPlan().count()).toBe(0);
    expect(await miniature().count()).toBe(0);
    expect(await timer.root.isVisible()).toBe(true);
    await app.workshop.goToPhase('buyingProcess');
    expect(await attribute(strip(), 'data-open')).toBe('false');
    await expectAccessible(app.page, 'the console with the presenter strip folded');
    await strip().getByRole('button', { name: 'Show the day plan, checks and room view' }).click();
    await dayPlan().waitFor();
  });
});
