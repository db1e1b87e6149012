import { describe, expect, it } from 'vitest';
import { isTallBlock, isTallRow } from '../../src/app/charter/tallRow';

const words = (count: number) => Array.from({ length: count }, (_, i) => ['lead', 'qualification', 'insight', 'scoring'][i % 4]).join(' ');

describe('isTallRow', () => {
  it('keeps a row of ordinary cells whole', () => {
    expect(isTallRow([{ texts: ['Publish the lead definitions', 'Six emails over eight weeks, by segment.'], share: 0.4 }, { texts: ['Marketing'], share: 0.6 }])).toBe(false);
    expect(isTallRow([{ texts: [words(60)], share: 0.4 }])).toBe(false);
  });

  it('lets a row split whose cell runs longer than about a third of a page, counting the texts stacked in a cell', () => {
    // The large workshop's activity descriptions: 470 words in the matrix's first column.
    expect(isTallRow([{ texts: ['Activity 0', words(470)], share: 0.4 }])).toBe(true);
    expect(isTallRow([{ texts: [words(90), words(90)], share: 0.4 }])).toBe(true);
    // The same words across the whole width fit in fewer lines.
    expect(isTallRow([{ texts: [words(90)], share: 1 }])).toBe(false);
  });
});

describe('isTallBlock', () => {
  const stage = (words: number) =>
    ['What the customer is trying to do', 'Questions the customer asks', 'Touchpoints and channels', 'Ready for the next stage when', 'How we measure it'].map((label) => [
      { texts: [label], share: 0.26 },
      { texts: [Array.from({ length: words }, (_, i) => ['lead', 'qualification', 'insight', 'scoring'][i % 4]).join(' ')], share: 0.72 },
    ]);

  it("keeps a stage of short answers whole and lets one of long answers split between its rows", () => {
    expect(isTallBlock(stage(8), 10 / 9)).toBe(false);
    expect(isTallBlock(stage(40), 10 / 9)).toBe(true);
  });
});
