import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { TimerPage } from './pages/TimerPage';
import { connectHostClient, type HostClient } from './support/connectHostClient';
import { expectAccessible } from './support/expectAccessible';
import type { OpenApp } from './support/openApp';
import { openProjector } from './support/openProjector';
import type { WebHost } from './support/startWebHost';
import { useSampleWorkshop } from './support/useSampleWorkshop';

describe('agenda timer', () => {
  const room = useSampleWorkshop({ phase: 'pulse' });
  let host: WebHost;
  let app: OpenApp;
  let timer: TimerPage;
  let projector: Page;

  beforeEach(async () => {
    ({ host, app } = room);
    timer = new TimerPage(app.page);
    ({ page: projector } = await openProjector(app, host, 'pulse'));
  });

  it('starts, counts down, pauses, takes five more minutes, shows on the projector, and resets', async () => {
    // The pages' clock runs as usual until the test moves it on by hand.
    await app.context.clock.install();
    expect(await timer.remainingSeconds()).toBe(30 * 60);
    expect(await timer.status.textContent()).toBe('Not started');
    expect(await TimerPage.projectorClock(projector).count()).toBe(0);

    await timer.button('Start').click();
    await expect.poll(() => timer.running()).toBe(true);
    await expect.poll(() => timer.remainingSeconds()).toBeLessThanOrEqual(30 * 60 - 1);
    await TimerPage.projectorClock(projector).waitFor();
    await expect.poll(() => projector.getByTestId('projector-timer-clock').textContent()).toMatch(/^29:[0-5]\d$/);
    await expectAccessible(projector, 'the projector with the timer');

    await timer.button('Pause').click();
    await expect.poll(() => timer.running()).toBe(false);
    const paused = await timer.remainingSeconds();
    // Over a second later, at once: a running timer would have ticked.
    await app.context.clock.runFor(1300);
    expect(await timer.remainingSeconds()).toBe(paused);
    expect(await timer.status.textContent()).toBe('Paused');
    expect(await projector.getByTestId('projector-timer').textContent()).toContain('Paused');

    await timer.button('+5 min').click();
    await expect.poll(() => timer.remainingSeconds()).toBe(paused + 300);
    expect(await timer.root.textContent()).toContain('30 min time box + 5 min');

    await timer.button('Resume').click();
    await expect.poll(() => timer.running()).toBe(true);
    await timer.button('Reset the timer').click();
    await expect.poll(() => timer.remainingSeconds()).toBe(30 * 60);
    await expect.poll(() => TimerPage.projectorClock(projector).count()).toBe(0);
    await expectAccessible(app.page, 'the console with the timer');
  });

  it('warns in amber near the end and in red when over, in words on both screens', async () => {
    let client: HostClient | undefined;
    try {
      client = await connectHostClient(host.origin, app.context);
      const session = (await client.api.getSession())!;
      const pulseItem = session.workshop.agenda.find((a) => a.phase === 'pulse')!;
      // A one-minute time box: already inside the last two minutes.
      await client.api.dispatch({ type: 'updateItem', collection: 'agenda', id: pulseItem.id, patch: { minutes: 1 } });
      await timer.button('Start').click();
      await expect.poll(() => timer.tone()).toBe('warn');
      expect(await timer.status.textContent()).toBe('Almost time');
      await expect.poll(() => projector.getByTestId('projector-timer').getAttribute('data-tone')).toBe('warn');
      expect(await projector.getByTestId('projector-timer').textContent()).toContain('Almost time');

      // A time box of zero minutes: over time a second after the host starts it (a busy machine may add seconds, never a minute).
      await client.api.dispatch({ type: 'resetTimer' });
      await client.api.dispatch({ type: 'updateItem', collection: 'agenda', id: pulseItem.id, patch: { minutes: 0 } });
      await client.api.dispatch({ type: 'startTimer', agendaItemId: pulseItem.id });
      await expect.poll(() => timer.tone()).toBe('over');
      expect(await timer.status.textContent()).toBe('Over by');
      expect(await timer.root.textContent()).toMatch(/Over by0:[0-5]\d/);
      await expect.poll(() => projector.getByTestId('projector-timer').textContent()).toMatch(/^Over by0:[0-5]\d$/);
      await expectAccessible(app.page, 'the console with the timer over time');

      // On another phase, the console says where the timer is and offers a fresh start.
      await app.workshop.goToPhase('buyingProcess');
      expect(await app.page.getByTestId('timer-other').textContent()).toMatch(/^Still running on Pulse · over by 0:[0-5]\d$/);
      expect(await timer.status.textContent()).toBe('Not started');
      await expect.poll(() => TimerPage.projectorClock(projector).count()).toBe(0);
      await client.api.dispatch({ type: 'resetTimer' });
    } finally {
      client?.close();
    }
  });
});
