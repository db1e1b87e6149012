import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstFittingStep } from '../../src/app/swimlanes/firstFittingStep';

/** Content that fits from step `from` on (past the last: fits nowhere), counting the tries. */
function contentFittingFrom(from: number) {
  const tried: number[] = [];
  return { fits: (step: number) => (tried.push(step), step >= from), tried };
}

const LAST = 24;

describe('firstFittingStep', () => {
  it('finds the first step that fits, or the last when none before it does, from any hint', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: LAST + 3 }), fc.integer({ min: -3, max: LAST + 3 }), (from, hint) => {
        const content = contentFittingFrom(from);
        expect(firstFittingStep(content.fits, LAST, hint)).toBe(Math.min(from, LAST));
        // Never more tries than a search by halves from either end of the hint.
        expect(content.tried.length).toBeLessThanOrEqual(7);
        expect(content.tried.every((step) => step >= 0 && step <= LAST)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('confirms an unchanged answer with two tries: the hint fits and the step before it does not', () => {
    for (const answer of [1, 7, LAST - 1]) {
      const content = contentFittingFrom(answer);
      expect(firstFittingStep(content.fits, LAST, answer)).toBe(answer);
      expect(content.tried).toEqual([answer, answer - 1]);
    }
  });

  it('takes the first step at one try when it fits, and the last at one try when nothing before it does', () => {
    const fitting = contentFittingFrom(0);
    expect(firstFittingStep(fitting.fits, LAST)).toBe(0);
    expect(fitting.tried).toEqual([0]);
    const tooBig = contentFittingFrom(LAST + 5);
    expect(firstFittingStep(tooBig.fits, LAST, LAST)).toBe(LAST);
    expect(tooBig.tried).toEqual([LAST - 1]);
  });

  it('searches by halves from the first step without a hint, as before', () => {
    const content = contentFittingFrom(9);
    expect(firstFittingStep(content.fits, LAST)).toBe(9);
    expect(content.tried.length).toBeLessThanOrEqual(6);
  });
});
