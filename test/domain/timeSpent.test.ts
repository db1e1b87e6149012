import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/domain/applyCommand';
import { charterCanonicalText } from '../../src/domain/charterContent';
import type { Command } from '../../src/domain/commands';
import { parseWorkshopValue } from '../../src/domain/parseWorkshop';
import { createSampleWorkshop } from '../../src/domain/sampleWorkshop';
import { dayStartedAt, spentSeconds } from '../../src/domain/timeSpent';
import { UNDOABLE } from '../../src/domain/commands';
import { LIMITS, type Workshop } from '../../src/domain/workshopSchema';
import { aContext, aWorkshop, applyAllAt, readyToSign, signCommand } from '../helpers/domainBuilders';

/** The host's clock, moved on by hand: minutes after 09:00. */
const at = (minutes: number) => new Date(Date.parse('2026-11-22T09:00:00.000Z') + minutes * 60_000).toISOString();
const ms = (minutes: number) => Date.parse(at(minutes));

function run(steps: [minutes: number, command: Command][], start: Workshop = aWorkshop()): Workshop {
  return steps.reduce((w, [minutes, command]) => applyAllAt(at(minutes), w, command), start);
}

describe('recording the time spent per agenda item', () => {
  const w0 = aWorkshop();
  const [setup, pulse, buying] = w0.agenda;
  const start = (item: { id: string }): Command => ({ type: 'startTimer', agendaItemId: item.id });
  const pause: Command = { type: 'pauseTimer' };

  it('adds each stint when the timer pauses, not the pause itself', () => {
    const w = run([[0, start(setup!)], [10, pause], [25, start(setup!)], [30, pause]]);
    expect(w.timeSpent).toEqual([{ agendaItemId: setup!.id, firstStartedAt: at(0), seconds: 15 * 60 }]);
    expect(spentSeconds(w, setup!.id, ms(60))).toBe(15 * 60);
    expect(dayStartedAt(w)).toBe(ms(0));
  });

  it('counts the running stint without recording it, and keeps it when the timer moves to another item', () => {
    const running = run([[0, start(setup!)], [12, pause], [20, start(setup!)]]);
    expect(running.timeSpent).toEqual([{ agendaItemId: setup!.id, firstStartedAt: at(0), seconds: 12 * 60 }]);
    expect(spentSeconds(running, setup!.id, ms(23))).toBe(15 * 60);
    const moved = run([[23, start(pulse!)]], running);
    expect(moved.timeSpent).toEqual([{ agendaItemId: setup!.id, firstStartedAt: at(0), seconds: 15 * 60 }]);
    expect(moved.timer).toEqual({ agendaItemId: pulse!.id, runningSince: at(23), elapsedSeconds: 0, extraMinutes: 0 });
    expect(spentSeconds(moved, pulse!.id, ms(30))).toBe(7 * 60);
  });

  it('starts the next item’s count from the switch, not from when the previous item started', () => {
    const moved = run([[0, start(setup!)], [20, start(pulse!)], [50, pause]]);
    expect(moved.timer.elapsedSeconds).toBe(30 * 60);
    expect(moved.timeSpent.map((e) => [e.agendaItemId, e.seconds])).toEqual([[setup!.id, 20 * 60], [pulse!.id, 30 * 60]]);
  });

  it('adds a second turn on an item to the first, and keeps its first start', () => {
    const w = run([[0, start(setup!)], [10, start(pulse!)], [40, start(setup!)], [45, start(buying!)]]);
    expect(w.timeSpent.find((e) => e.agendaItemId === setup!.id)).toEqual({ agendaItemId: setup!.id, firstStartedAt: at(0), seconds: 15 * 60 });
  });

  it('leaves extra minutes out of the time spent: they lengthen the time box, not the time used', () => {
    const w = run([[0, start(setup!)], [1, { type: 'addTimerMinutes', minutes: 5 }], [10, pause]]);
    expect(w.timeSpent[0]!.seconds).toBe(10 * 60);
    expect(w.timer.extraMinutes).toBe(5);
  });

  it('forgets, on reset, the time the timer had counted: a start by mistake does not start the day', () => {
    const mistake = run([[-20, start(setup!)], [-19, pause], [-19, { type: 'resetTimer' }]]);
    expect(mistake.timeSpent).toEqual([]);
    expect(dayStartedAt(mistake)).toBeNull();
    const runningReset = run([[-20, start(setup!)], [-19, { type: 'resetTimer' }]]);
    expect(runningReset.timeSpent).toEqual([]);
    expect(dayStartedAt(runningReset)).toBeNull();
  });

  it('keeps, on reset, the time of an earlier turn on the item', () => {
    const w = run([[0, start(setup!)], [10, start(pulse!)], [40, start(setup!)], [45, pause], [46, { type: 'resetTimer' }]]);
    expect(w.timeSpent.find((e) => e.agendaItemId === setup!.id)).toEqual({ agendaItemId: setup!.id, firstStartedAt: at(0), seconds: 10 * 60 });
  });

  it('counts no time when the host’s clock went back between start and pause', () => {
    const w = run([[30, start(setup!)], [20, pause]]);
    expect(w.timeSpent).toEqual([{ agendaItemId: setup!.id, firstStartedAt: at(30), seconds: 0 }]);
    expect(spentSeconds(run([[30, start(setup!)]]), setup!.id, ms(10))).toBe(0);
  });

  it('stops counting at the limit after a very long pause-less stint', () => {
    const w = run([[0, start(setup!)], [60 * 24 * 30, pause]]);
    expect(w.timeSpent[0]!.seconds).toBe(LIMITS.timerSeconds);
    expect(parseWorkshopValue(JSON.parse(JSON.stringify(w))).kind).toBe('ok');
  });

  it('keeps the time of an agenda item removed after it ran, and makes room at the limit from such items', () => {
    const ran = run([[0, start(setup!)], [15, pause]]);
    const removed = applyAllAt(at(16), ran, { type: 'removeItem', collection: 'agenda', id: setup!.id });
    expect(removed.timeSpent).toEqual(ran.timeSpent);
    expect(dayStartedAt(removed)).toBe(ms(0));

    const full: Workshop = { ...removed, timeSpent: Array.from({ length: LIMITS.timeSpent }, (_, i) => ({ agendaItemId: `gone-${i}`, firstStartedAt: at(-600 + i), seconds: 60 })) };
    const next = run([[20, start(pulse!)], [30, pause]], full);
    expect(next.timeSpent).toHaveLength(LIMITS.timeSpent);
    expect(next.timeSpent[0]!.agendaItemId).toBe('gone-1');
    expect(next.timeSpent.at(-1)).toEqual({ agendaItemId: pulse!.id, firstStartedAt: at(20), seconds: 600 });
    expect(parseWorkshopValue(JSON.parse(JSON.stringify(next))).kind).toBe('ok');
  });

  it('is not an edit: the timer commands stay out of undo, and the patches of every undoable edit leave the record alone', () => {
    expect([UNDOABLE.startTimer, UNDOABLE.pauseTimer, UNDOABLE.resetTimer, UNDOABLE.addTimerMinutes]).toEqual([false, false, false, false]);
    const ran = run([[0, start(setup!)], [15, pause]]);
    const removal = applyCommand(ran, { type: 'removeItem', collection: 'agenda', id: setup!.id }, aContext(at(16)));
    if (!removal.ok) throw new Error(removal.rejection.message);
    expect([...removal.patches, ...removal.inversePatches].some((p) => p.path[0] === 'timeSpent')).toBe(false);
  });

  it('changes neither the charter’s fingerprint nor its version, even after signatures', () => {
    const ready = readyToSign(createSampleWorkshop(at(0)));
    const signed = applyAllAt(at(0), ready, signCommand(ready, 'p1', 'Marguerite Fontaine'));
    expect(signed.signoff.signatures).toHaveLength(1);
    const [first, second] = signed.agenda;
    const ran = run([[0, start(first!)], [20, start(second!)], [30, pause], [31, { type: 'resetTimer' }]], signed);
    expect(ran.timeSpent).not.toEqual(signed.timeSpent);
    expect(charterCanonicalText(ran)).toBe(charterCanonicalText(signed));
    expect(ran.signoff).toEqual(signed.signoff);
  });

  it('over any run of timer commands at a moving clock, records no more time than has passed, and every step opens again', () => {
    const command = fc.oneof(
      fc.integer({ min: 0, max: 3 }).map((i): ((w: Workshop) => Command) => (w) => ({ type: 'startTimer', agendaItemId: w.agenda[i]!.id })),
      fc.constant((): Command => ({ type: 'pauseTimer' })),
      fc.constant((): Command => ({ type: 'resetTimer' })),
      fc.integer({ min: -10, max: 10 }).map((minutes) => (): Command => ({ type: 'addTimerMinutes', minutes })),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 3 * 3600 }), command), { maxLength: 30 }), (steps) => {
        let w = aWorkshop();
        let clock = ms(0);
        for (const [gap, make] of steps) {
          clock += gap * 1000;
          const result = applyCommand(w, make(w), aContext(new Date(clock).toISOString()));
          if (!result.ok) throw new Error(result.rejection.message);
          w = result.workshop;
          expect(parseWorkshopValue(JSON.parse(JSON.stringify(w))).kind).toBe('ok');
        }
        const started = dayStartedAt(w);
        const total = w.agenda.reduce((sum, item) => sum + spentSeconds(w, item.id, clock), 0);
        if (started === null) expect(total).toBe(0);
        else expect(total).toBeLessThanOrEqual((clock - started) / 1000);
      }),
      { numRuns: 200 },
    );
  });

  it('counts the same time whether the timer ran straight through or was paused and resumed at once, anywhere in between', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 * 3600 }), fc.uniqueArray(fc.integer({ min: 1, max: 4 * 3600 - 1 }), { maxLength: 12 }), (length, cuts) => {
        const straight = run([[0, start(pulse!)]]);
        let split = straight;
        for (const cut of [...cuts].filter((c) => c < length).sort((a, b) => a - b)) {
          split = applyAllAt(new Date(ms(0) + cut * 1000).toISOString(), split, pause, start(pulse!));
        }
        const end = ms(0) + length * 1000;
        expect(spentSeconds(split, pulse!.id, end)).toBe(spentSeconds(straight, pulse!.id, end));
        expect(spentSeconds(split, pulse!.id, end)).toBe(length);
      }),
      { numRuns: 200 },
    );
  });
});
