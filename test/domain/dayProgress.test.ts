import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/domain/commands';
import { dayProgress, describePlanStatus, formatMinutes, plannedSchedule } from '../../src/domain/dayProgress';
import { parseWorkshopText } from '../../src/domain/parseWorkshop';
import type { Workshop } from '../../src/domain/workshopSchema';
import { aWorkshop, applyAllAt } from '../helpers/domainBuilders';

/** The host's clock, moved on by hand: minutes after 09:00. */
const at = (minutes: number) => new Date(Date.parse('2026-11-22T09:00:00.000Z') + minutes * 60_000).toISOString();
const ms = (minutes: number) => Date.parse(at(minutes));

/** A four-item day: 15, 30, 60 and 20 minutes (the rest of the template left out), in the setup phase. */
function aDay(): Workshop {
  const w = aWorkshop();
  const minutes = [15, 30, 60, 20];
  const commands: Command[] = w.agenda.map((item, i) => ({ type: 'updateItem', collection: 'agenda', id: item.id, patch: i < 4 ? { minutes: minutes[i]! } : { included: false } }));
  return applyAllAt(at(-60), w, ...commands);
}

function run(steps: [minutes: number, ...commands: Command[]][], start = aDay()): Workshop {
  return steps.reduce((w, [minutes, ...commands]) => applyAllAt(at(minutes), w, ...commands), start);
}

/** Moves the room to the item's phase and starts its timer, as the facilitator does. */
const begin = (w: Workshop, index: number): Command[] => [
  { type: 'goToPhase', phase: w.agenda[index]!.phase },
  { type: 'startTimer', agendaItemId: w.agenda[index]!.id },
];

describe('plannedSchedule', () => {
  it('lays today’s items end to end from the day’s start, leaving out what is not on today’s agenda', () => {
    const w = aDay();
    const plan = plannedSchedule(w.agenda, ms(0));
    expect(plan.map((p) => [p.item.id, p.plannedStart, p.plannedEnd])).toEqual([
      [w.agenda[0]!.id, ms(0), ms(15)],
      [w.agenda[1]!.id, ms(15), ms(45)],
      [w.agenda[2]!.id, ms(45), ms(105)],
      [w.agenda[3]!.id, ms(105), ms(125)],
    ]);
  });
});

describe('dayProgress', () => {
  const day = aDay();

  it('before the timer first runs, plans the day from now and says it has not started', () => {
    const progress = dayProgress(day, ms(-5));
    expect(progress).toMatchObject({ started: false, dayStart: ms(-5), plannedEnd: ms(120), expectedEnd: ms(120), status: { kind: 'notStarted' } });
    expect(describePlanStatus(progress.status)).toBe('Not started');
  });

  it('is on plan while every item keeps its time box, and the expected end is the planned one', () => {
    const w = run([[0, ...begin(day, 0)], [15, ...begin(day, 1)], [45, ...begin(day, 2)]]);
    for (const now of [45, 60, 104.5]) {
      const progress = dayProgress(w, ms(now));
      expect(progress.status).toEqual({ kind: 'onPlan' });
      expect(progress.expectedEnd).toBe(ms(125));
      expect(progress.plannedEnd).toBe(ms(125));
    }
    expect(dayProgress(w, ms(60)).slots.map((s) => [s.place, s.spentSeconds, s.remainingSeconds])).toEqual([
      ['done', 15 * 60, 0],
      ['done', 30 * 60, 0],
      ['current', 15 * 60, 45 * 60],
      ['upcoming', 0, 20 * 60],
    ]);
  });

  it('falls behind by the minutes an item runs over, and the expected end moves with them', () => {
    const w = run([[0, ...begin(day, 0)], [27, ...begin(day, 1)]]);
    const progress = dayProgress(w, ms(30));
    expect(progress.status).toEqual({ kind: 'behind', minutes: 12 });
    expect(describePlanStatus(progress.status)).toBe('12 min behind plan');
    expect(progress.expectedEnd).toBe(ms(137));
    // Running over the current item's time box adds every further minute.
    expect(dayProgress(w, ms(27 + 30 + 8)).status).toEqual({ kind: 'behind', minutes: 20 });
  });

  it('is ahead when the room moves on early, or leaves an item out', () => {
    const early = run([[0, ...begin(day, 0)], [10, ...begin(day, 1)]]);
    expect(dayProgress(early, ms(12)).status).toEqual({ kind: 'ahead', minutes: 5 });
    expect(describePlanStatus(dayProgress(early, ms(12)).status)).toBe('5 min ahead of plan');
    const skipped = run([[0, ...begin(day, 0)], [15, ...begin(day, 2)]]);
    expect(dayProgress(skipped, ms(20)).status).toEqual({ kind: 'ahead', minutes: 30 });
    expect(dayProgress(skipped, ms(20)).slots[1]).toMatchObject({ place: 'done', spentSeconds: 0, remainingSeconds: 0 });
  });

  it('falls behind for as long as the timer is paused, and for the minutes added to the time box', () => {
    const paused = run([[0, ...begin(day, 0)], [5, { type: 'pauseTimer' }]]);
    expect(dayProgress(paused, ms(5)).status).toEqual({ kind: 'onPlan' });
    expect(dayProgress(paused, ms(17)).status).toEqual({ kind: 'behind', minutes: 12 });
    const resumed = run([[17, { type: 'startTimer', agendaItemId: day.agenda[0]!.id }], [18, { type: 'addTimerMinutes', minutes: 5 }]], paused);
    expect(dayProgress(resumed, ms(18)).status).toEqual({ kind: 'behind', minutes: 17 });
  });

  it('takes the items before the first one timed to have run as planned: starting the timer late in the day is not being ahead', () => {
    const w = run([[100, ...begin(day, 2)]]);
    const progress = dayProgress(w, ms(110));
    expect(progress.dayStart).toBe(ms(100 - 45));
    expect(progress.status).toEqual({ kind: 'onPlan' });
    expect(progress.slots.map((s) => [s.place, s.plannedStart])).toEqual([['done', ms(55)], ['done', ms(70)], ['current', ms(100)], ['upcoming', ms(160)]]);
    // Skipping an item after the day started is still time won.
    expect(dayProgress(run([[160, ...begin(day, 3)]], w), ms(160)).status).toEqual({ kind: 'onPlan' });
    expect(dayProgress(run([[120, ...begin(day, 3)]], w), ms(120)).status).toEqual({ kind: 'ahead', minutes: 40 });
  });

  it('counts the day from the timer’s first start, kept when the item is removed later', () => {
    const w = run([[0, ...begin(day, 0)], [15, ...begin(day, 1)], [16, { type: 'removeItem', collection: 'agenda', id: day.agenda[0]!.id }]]);
    const progress = dayProgress(w, ms(16));
    expect(progress.dayStart).toBe(ms(0));
    // The removed item took its 15 minutes as planned: taking it off the agenda afterwards changes nothing.
    expect(progress.status).toEqual({ kind: 'onPlan' });
    expect(progress.plannedEnd).toBe(ms(125));
    const leftOut = run([[0, ...begin(day, 0)], [25, ...begin(day, 1)], [26, { type: 'updateItem', collection: 'agenda', id: day.agenda[0]!.id, patch: { included: false } }]]);
    // Left out after running 10 minutes over: those 10 minutes still count.
    expect(dayProgress(leftOut, ms(26)).status).toEqual({ kind: 'behind', minutes: 10 });
  });

  it('takes the timer’s item as the current one when the room’s phase is not on today’s agenda', () => {
    const w = run([[0, ...begin(day, 0)], [15, ...begin(day, 1)], [20, { type: 'goToPhase', phase: 'signoff' }]]);
    expect(dayProgress(w, ms(20)).slots.map((s) => s.place)).toEqual(['done', 'current', 'upcoming', 'upcoming']);
  });

  it('after a host clock that went back, still expects the day to end no earlier than now', () => {
    const w = run([[30, ...begin(day, 0)]]);
    const progress = dayProgress(w, ms(10));
    expect(progress.expectedEnd).toBeGreaterThanOrEqual(ms(10));
    expect(progress.slots[0]!.spentSeconds).toBe(0);
  });

  it('reads the version 6 fixture: 25 minutes behind at 11:30, expected to end at 16:15 instead of 15:50', () => {
    const outcome = parseWorkshopText(readFileSync(new URL('../fixtures/schema-v6.accord.json', import.meta.url), 'utf8'));
    if (outcome.kind !== 'ok') throw new Error(JSON.stringify(outcome));
    const progress = dayProgress(outcome.workshop, Date.parse('2026-11-22T11:30:00.000Z'));
    expect(progress.status).toEqual({ kind: 'behind', minutes: 25 });
    expect(new Date(progress.expectedEnd).toISOString()).toBe('2026-11-22T16:15:00.000Z');
    expect(new Date(progress.plannedEnd).toISOString()).toBe('2026-11-22T15:50:00.000Z');
    expect(progress.slots.filter((s) => s.place === 'done')).toHaveLength(3);
  });

  it('while the timer runs within the time box the delay holds still; past it, or paused, it grows second for second', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 120 }), fc.integer({ min: 1, max: 7200 }), (index, lateMinutes, seconds) => {
        const w = run([[lateMinutes, ...begin(day, index)]]);
        const box = day.agenda[index]!.minutes * 60;
        const t0 = dayProgress(w, ms(lateMinutes));
        const t1 = dayProgress(w, ms(lateMinutes) + seconds * 1000);
        expect(t1.delaySeconds - t0.delaySeconds).toBe(Math.max(0, seconds - box));
        const paused = run([[lateMinutes, { type: 'pauseTimer' }]], w);
        expect(dayProgress(paused, ms(lateMinutes) + seconds * 1000).delaySeconds - dayProgress(paused, ms(lateMinutes)).delaySeconds).toBe(seconds);
      }),
      { numRuns: 150 },
    );
  });

  it('whatever the run, the expected end is never before now, and it is the planned end plus the delay', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 90 }), fc.integer({ min: 0, max: 3 }), fc.boolean()), { maxLength: 12 }), fc.integer({ min: 0, max: 600 }), (steps, after) => {
        let w = day;
        let clock = 0;
        for (const [gap, index, pauseInstead] of steps) {
          clock += gap;
          w = applyAllAt(at(clock), w, ...(pauseInstead ? [{ type: 'pauseTimer' } as Command] : begin(day, index)));
        }
        const now = ms(clock + after);
        const progress = dayProgress(w, now);
        expect(progress.expectedEnd).toBeGreaterThanOrEqual(now);
        expect(Math.abs(progress.plannedEnd + progress.delaySeconds * 1000 - progress.expectedEnd)).toBeLessThan(1000);
        expect(progress.slots.filter((s) => s.place === 'current').length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 150 },
    );
  });
});

describe('describePlanStatus', () => {
  it('says hours and minutes for a long delay, and on plan within half a minute', () => {
    expect(describePlanStatus({ kind: 'behind', minutes: 72 })).toBe('1 h 12 min behind plan');
    expect(describePlanStatus({ kind: 'onPlan' })).toBe('On plan');
    expect(formatMinutes(60)).toBe('1 h');
    const w = run([[0, ...begin(aDay(), 0)], [15, { type: 'pauseTimer' }]]);
    expect(dayProgress(w, ms(15) + 29_000).status).toEqual({ kind: 'onPlan' });
    expect(dayProgress(w, ms(15) + 31_000).status).toEqual({ kind: 'behind', minutes: 1 });
  });
});
