import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charterCanonicalText } from '../../src/domain/charterContent';
import { createSampleWorkshop } from '../../src/domain/sampleWorkshop';
import type { Workshop } from '../../src/domain/workshopSchema';
import { T0 } from '../helpers/domainBuilders';

const sample = () => createSampleWorkshop(T0);

/** Every string leaf of the parts the charter shows, as a path from the workshop root. */
function charterStringPaths(workshop: Workshop): (string | number)[][] {
  const roots: (keyof Workshop)[] = ['teams', 'participants', 'pulse', 'stages', 'activities', 'handoffs', 'bestCustomers', 'goals', 'incentives', 'rhythm', 'actions', 'parkingLot', 'decisions'];
  const paths: (string | number)[][] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') paths.push(path);
    else if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
  };
  for (const root of roots) walk(workshop[root], [root]);
  for (const key of ['company', 'title', 'date', 'venue', 'facilitator'] as const) paths.push(['setup', key]);
  return paths;
}

function withStringAt(workshop: Workshop, path: (string | number)[], text: string): Workshop {
  const copy = structuredClone(workshop);
  let target: Record<string | number, unknown> = copy as unknown as Record<string, unknown>;
  for (const segment of path.slice(0, -1)) target = target[segment] as Record<string | number, unknown>;
  target[path.at(-1)!] = text;
  return copy;
}

describe('charterCanonicalText', () => {
  it('is the same for the same content, whatever order the keys were written in', () => {
    const workshop = sample();
    const reverseKeys = (value: unknown): unknown =>
      Array.isArray(value) ? value.map(reverseKeys) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)])) : value;
    const reordered = reverseKeys(workshop) as Workshop;
    expect(Object.keys(reordered.stages[0]!)).toEqual(Object.keys(workshop.stages[0]!).reverse());
    expect(charterCanonicalText(reordered)).toBe(charterCanonicalText(workshop));
  });

  it('does not change when the day is run rather than the charter edited', () => {
    const workshop = sample();
    const run: Workshop = {
      ...workshop,
      updatedAt: '2026-11-22T15:00:00.000Z',
      currentPhase: 'signoff',
      timer: { ...workshop.timer, elapsedSeconds: 600 },
      agenda: workshop.agenda.map((item) => ({ ...item, minutes: item.minutes + 5 })),
      notes: [],
      votes: [],
      setup: { ...workshop.setup, dayLengthMinutes: workshop.setup.dayLengthMinutes + 30 },
    };
    expect(charterCanonicalText(run)).toBe(charterCanonicalText(workshop));
  });

  it('changes when any text the charter shows changes', () => {
    const workshop = sample();
    const before = charterCanonicalText(workshop);
    const paths = charterStringPaths(workshop);
    expect(paths.length).toBeGreaterThan(100);
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.string({ minLength: 1, maxLength: 20 }), (path, suffix) => {
        const edited = withStringAt(workshop, path, `${String(path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], workshop))}${suffix}`);
        expect(charterCanonicalText(edited)).not.toBe(before);
      }),
      { numRuns: 400 },
    );
  });

  it('changes when a role, a score or an order changes', () => {
    const workshop = sample();
    const before = charterCanonicalText(workshop);
    const [first, second, ...rest] = workshop.stages;
    expect(charterCanonicalText({ ...workshop, stages: [second!, first!, ...rest] })).not.toBe(before);
    const activity = workshop.activities[0]!;
    expect(charterCanonicalText({ ...workshop, activities: [{ ...activity, roles: activity.roles.slice(1) }, ...workshop.activities.slice(1)] })).not.toBe(before);
    const [score, ...scores] = workshop.pulse.scores;
    expect(charterCanonicalText({ ...workshop, pulse: { ...workshop.pulse, scores: [{ ...score!, score: score!.score === 5 ? 4 : 5 }, ...scores] } })).not.toBe(before);
  });
});
