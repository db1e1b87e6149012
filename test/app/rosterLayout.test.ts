import { describe, expect, it } from 'vitest';
import { chooseRosterFit, chooseRosterLayout, countThatFits, fontSizesBetween, type RosterLayout } from '../../src/app/phases/signoff/rosterLayout';

/**
 * A model wall: `names` one-line rows of `rowEm` type sizes each, in balanced columns of a wall
 * `height` px tall; a column needs `minColumnEm` of its type size across a wall `width` px wide.
 */
function wall({ names, height, width = 1800, rowEm = 1.5, minColumnEm = 12 }: { names: number; height: number; width?: number; rowEm?: number; minColumnEm?: number }) {
  const tried: RosterLayout[] = [];
  return {
    tried,
    maxColumns: (fontPx: number) => Math.floor(width / (minColumnEm * fontPx)),
    fits: (layout: RosterLayout) => {
      tried.push(layout);
      return Math.ceil(names / layout.columns) * rowEm * layout.fontPx <= height;
    },
  };
}

const SIZES = fontSizesBetween(60, 28, 1.5);

describe('chooseRosterLayout', () => {
  it('gives a short list the largest type, in one column', () => {
    const model = wall({ names: 4, height: 800 });
    expect(chooseRosterLayout({ fontSizes: SIZES, ...model })).toEqual({ fontPx: 60, columns: 1 });
  });

  it('spreads a longer list across columns before it shrinks the type, up to the columns the width allows', () => {
    // Twenty rows at 60 px are 1,800 px: two columns of ten are 900 px, three of seven are 630.
    expect(chooseRosterLayout({ fontSizes: SIZES, ...wall({ names: 20, height: 700, width: 2200 }) })).toEqual({ fontPx: 60, columns: 3 });
    // Forty: the wall allows five columns at 28 px, three at 48; the largest type that fits wins.
    const forty = chooseRosterLayout({ fontSizes: SIZES, ...wall({ names: 40, height: 700 }) })!;
    expect(Math.ceil(40 / forty.columns) * 1.5 * forty.fontPx).toBeLessThanOrEqual(700);
    expect(forty.columns).toBeLessThanOrEqual(Math.floor(1800 / (12 * forty.fontPx)));
    for (const larger of SIZES.filter((size) => size > forty.fontPx)) {
      const columns = Math.floor(1800 / (12 * larger));
      expect(Math.ceil(40 / Math.max(1, columns)) * 1.5 * larger, `${larger} px in ${columns} columns`).toBeGreaterThan(700);
    }
  });

  it('takes the fewest columns among layouts with the same type size', () => {
    // Six names fit in one column at 60 px as well as in two or three.
    expect(chooseRosterLayout({ fontSizes: SIZES, ...wall({ names: 6, height: 600 }) })).toEqual({ fontPx: 60, columns: 1 });
  });

  it('says so when nothing fits, even in the smallest type and the most columns', () => {
    expect(chooseRosterLayout({ fontSizes: SIZES, ...wall({ names: 500, height: 700 }) })).toBeNull();
  });

  it('measures about a dozen layouts for forty names, not every size in every column count', () => {
    const model = wall({ names: 40, height: 700 });
    chooseRosterLayout({ fontSizes: fontSizesBetween(60, 28, 0.5), ...model });
    // 65 sizes, up to 5 columns: the search without the one-layout check of each column count took 22.
    expect(model.tried.length).toBeLessThanOrEqual(14);
  });

  it('finds the layout that trying every size in every column count finds: the largest type, then the fewest columns', () => {
    const sizes = fontSizesBetween(60, 28, 1.5);
    for (const width of [900, 1800, 2600]) {
      for (const height of [300, 700, 1000]) {
        for (let names = 1; names <= 90; names += 7) {
          const model = wall({ names, height, width });
          let expected: RosterLayout | null = null;
          for (const fontPx of sizes) {
            for (let columns = 1; columns <= Math.max(1, model.maxColumns(fontPx)); columns++) {
              const fitsHere = Math.ceil(names / columns) * 1.5 * fontPx <= height;
              if (fitsHere && (expected === null || fontPx > expected.fontPx || (fontPx === expected.fontPx && columns < expected.columns))) expected = { fontPx, columns };
            }
          }
          expect(chooseRosterLayout({ fontSizes: sizes, ...model }), `${names} names on ${width}×${height}`).toEqual(expected);
        }
      }
    }
  });
});

describe('chooseRosterFit', () => {
  /**
   * A 1080p wall (1,800 × 1,000 px) of forty names: `lines(columns)` lines a name, a row 1.3 type
   * sizes a line, columns at least 12 type sizes wide. `fits` says whether the rows fit the wall
   * with no name on more than `maxLines` lines.
   */
  function wallOfNames(lines: (columns: number) => number, names = 40) {
    return {
      lines: (layout: RosterLayout) => lines(layout.columns),
      maxColumns: (fontPx: number) => Math.max(1, Math.floor(1800 / (12 * fontPx))),
      fits: (layout: RosterLayout, maxLines: number) => lines(layout.columns) <= maxLines && Math.ceil(names / layout.columns) * lines(layout.columns) * 1.3 * layout.fontPx <= 1000,
    };
  }
  const sizes = fontSizesBetween(56, 28, 1.4);
  const options = { fontSizes: sizes, maxLines: 2, oneLineWorth: 0.75 };

  it('never takes the smallest type for “one line” when the names still wrap there', () => {
    // Long names: on one line only in a single column, which forty names overrun; two lines in more columns.
    const wall = wallOfNames((columns) => (columns === 1 ? 1 : 2));
    const layout = chooseRosterFit({ ...options, ...wall })!;
    // The largest two-line layout (36.4 px in four columns), not 28 px with the names wrapping all the same.
    expect(layout).toEqual({ fontPx: 36.4, columns: 4 });
    expect(wall.fits(layout, 2)).toBe(true);
  });

  it('takes one line a name at a somewhat smaller type over two lines at a larger one', () => {
    // Short names: one line up to three columns, two lines beyond.
    const wall = wallOfNames((columns) => (columns <= 3 ? 1 : 2));
    const wrapped = chooseRosterLayout({ fontSizes: sizes, maxColumns: wall.maxColumns, fits: (l) => wall.fits(l, 2) })!;
    const layout = chooseRosterFit({ ...options, ...wall })!;
    expect(wall.lines(layout)).toBe(1);
    expect(layout.fontPx).toBeGreaterThanOrEqual(wrapped.fontPx * 0.75);
  });

  it('allows a third line at the smallest type before it gives up', () => {
    const wall = wallOfNames((columns) => (columns === 1 ? 2 : 3));
    expect(chooseRosterFit({ ...options, ...wall })).toEqual({ fontPx: 28, columns: 5 });
  });
});

describe('fontSizesBetween', () => {
  it('runs from the largest to the smallest, which is always included', () => {
    expect(fontSizesBetween(60, 28, 10)).toEqual([60, 50, 40, 30, 28]);
    expect(fontSizesBetween(28, 28, 1)).toEqual([28]);
  });
});

describe('countThatFits', () => {
  it('fills column by column and keeps room for the “and N more” row', () => {
    // Three columns of 100 px; rows of 30 px: three rows a column, the last slot for "and N more".
    expect(countThatFits(Array(20).fill(30), 3, 100, 30)).toBe(8);
  });

  it('never splits a two-line name across columns', () => {
    // Rows of 30, 60, 30, 60…: a column of 100 px holds 30 + 60 or 60 + 30.
    const heights = Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? 30 : 60));
    expect(countThatFits(heights, 2, 100, 20)).toBe(3);
  });

  it('shows none when not even one name fits beside the row that says how many more there are', () => {
    expect(countThatFits([90, 90], 1, 100, 30)).toBe(0);
  });
});
