import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstFittingStep, nextFitProbe, startFitSearch, type FitSearch } from '../../src/app/components/fitSearch';

/** Runs a search as the hook does (a render and a measurement per step) for content that fits from step `from` on, from `step`. */
function runSearch(search: FitSearch, step: number, last: number, from: number, shown: number[] = [step]): number {
  for (;;) {
    const next = nextFitProbe(search, step, step >= from, last);
    if (next === step) return step;
    shown.push(next);
    step = next;
    if (shown.length > 4 * (last + 2)) throw new Error(`no answer after ${shown.join(', ')}`);
  }
}

function settle(last: number, from: number, hint?: number): { answer: number; shown: number[] } {
  const { search, probe } = startFitSearch(last, hint);
  const shown = [probe];
  return { answer: runSearch(search, probe, last, from, shown), shown };
}

describe('the fit search', () => {
  it('settles on the first step that fits, or the last, from any hint', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 45 }), fc.integer({ min: -2, max: 45 }), (last, from, hint) => {
        const { answer, shown } = settle(last, from, hint);
        expect(answer).toBe(Math.min(from, last));
        expect(shown.every((step) => step >= 0 && step <= last)).toBe(true);
        // A gallop and a halving on either side of the hint: logarithmic, not a walk step by step.
        expect(shown.length).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(last + 2)) + 4);
      }),
      { numRuns: 1000 },
    );
  });

  it('searches on when settled content grows without a restart (a render with more in it, the same resetOn)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 45 }), fc.integer({ min: 0, max: 10 }), fc.integer({ min: -2, max: 45 }), (last, from, growth, hint) => {
        const { search, probe } = startFitSearch(last, hint);
        const settled = runSearch(search, probe, last, from);
        expect(runSearch(search, settled, last, from + growth)).toBe(Math.min(from + growth, last));
      }),
      { numRuns: 1000 },
    );
  });

  it('confirms an unchanged answer in three renders: the hint, the step before it, the hint again', () => {
    expect(settle(30, 12, 12).shown).toEqual([12, 11, 12]);
  });

  it('without a hint searches from the first step as before: 0, 1, 3, 7, then halves', () => {
    expect(settle(30, 0).shown).toEqual([0]);
    expect(settle(30, 5).shown).toEqual([0, 1, 3, 7, 5, 4, 5]);
  });

  it('tries the steps between its last miss and the last step instead of taking the last untried', () => {
    // The search before hints galloped 0, 1, 3, 7, 15 and then onto the last step (17), taking
    // it untried: content that fitted at 16 drew at the smallest size.
    expect(settle(17, 16).answer).toBe(16);
  });

  it('gallops down from a hint that no longer fits, and halves up from one that fits with room to spare', () => {
    expect(settle(30, 14, 10).shown).toEqual([10, 11, 13, 17, 15, 14]);
    expect(settle(30, 2, 10).shown.slice(0, 3)).toEqual([10, 9, 4]);
  });
});

/** Content that fits from step `from` on (past the last: fits nowhere), counting the tries. */
function contentFittingFrom(from: number) {
  const tried: number[] = [];
  return { fits: (step: number) => (tried.push(step), step >= from), tried };
}

describe('the fit search run at once (FitBox)', () => {
  it('finds the first step that fits, or the last, from any hint, trying each step at most once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 35 }), fc.integer({ min: -2, max: 35 }), (last, from, hint) => {
        const content = contentFittingFrom(from);
        expect(firstFittingStep(content.fits, last, hint)).toBe(Math.min(from, last));
        expect(new Set(content.tried).size).toBe(content.tried.length);
        expect(content.tried.every((step) => step >= 0 && step < last)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('confirms an unchanged answer with two tries: the hint fits and the step before it does not', () => {
    for (const answer of [1, 7, 23]) {
      const content = contentFittingFrom(answer);
      expect(firstFittingStep(content.fits, 24, answer)).toBe(answer);
      expect(content.tried).toEqual([answer, answer - 1]);
    }
  });

  it('takes the first step at one try when it fits, and the last at one try when nothing before it does', () => {
    const fitting = contentFittingFrom(0);
    expect(firstFittingStep(fitting.fits, 24)).toBe(0);
    expect(fitting.tried).toEqual([0]);
    const tooBig = contentFittingFrom(99);
    expect(firstFittingStep(tooBig.fits, 24, 24)).toBe(24);
    expect(tooBig.tried).toEqual([23]);
  });
});
