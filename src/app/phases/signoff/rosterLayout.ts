/**
 * How the projector's roster fills the wall, decided from measurements: the largest type at
 * which every name shows whole, then the fewest columns at that size (a short list in large
 * type across the wall, forty names in several columns). Pure: the caller measures.
 */

export interface RosterLayout {
  fontPx: number;
  columns: number;
}

export interface RosterLayoutOptions {
  /** Type sizes to try, largest first. */
  fontSizes: readonly number[];
  /** How many columns of at least a readable width fit across the wall at this type size. */
  maxColumns: (fontPx: number) => number;
  /** Lays the roster out so and says whether it fits the wall. Bigger type never fits better at the same column count. */
  fits: (layout: RosterLayout) => boolean;
}

/**
 * The best layout that fits, or null when none does. For each column count, a binary search
 * over the sizes (larger type needs more room). A column count whose smallest candidate does
 * not fit cannot beat the best so far and costs one layout: forty names take about a dozen
 * layouts, not hundreds (each is a layout of the whole roster on the wall).
 */
export function chooseRosterLayout({ fontSizes, maxColumns, fits }: RosterLayoutOptions): RosterLayout | null {
  let best: RosterLayout | null = null;
  const widest = Math.max(1, ...fontSizes.map(maxColumns));
  for (let columns = 1; columns <= widest; columns++) {
    // Only sizes this many columns leave readable, and larger than the best found so far.
    const candidates = fontSizes.filter((fontPx) => columns <= Math.max(1, maxColumns(fontPx)) && (best === null || fontPx > best.fontPx));
    if (candidates.length === 0 || !fits({ fontPx: candidates.at(-1)!, columns })) continue;
    let low = 0;
    let high = candidates.length - 2;
    let found = candidates.length - 1;
    // The candidates run from large to small: find the first (largest) one that fits.
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (fits({ fontPx: candidates[middle]!, columns })) {
        found = middle;
        high = middle - 1;
      } else low = middle + 1;
    }
    best = { fontPx: candidates[found]!, columns };
    if (best.fontPx === fontSizes[0]) break;
  }
  return best;
}

export interface RosterFitOptions {
  /** Type sizes to try, largest first; the last is the smallest the room accepts. */
  fontSizes: readonly number[];
  maxColumns: (fontPx: number) => number;
  /** Lays the roster out so and says whether it fits the wall with no name on more than `maxLines` lines. */
  fits: (layout: RosterLayout, maxLines: number) => boolean;
  /** A name may wrap to this many lines; more only at the smallest type. */
  maxLines: number;
  /** Names on one line read better than larger names on more: worth up to this share of the type size. */
  oneLineWorth: number;
}

/**
 * The roster's layout: the largest type at which every name shows within `maxLines` lines (any
 * number at the smallest type), unless every name fits on one line at no less than
 * `oneLineWorth` of that size. The one-line layout is checked at every size, the smallest too:
 * it is only taken when the names really are on one line. Null when nothing fits the wall.
 */
export function chooseRosterFit({ fontSizes, maxColumns, fits, maxLines, oneLineWorth }: RosterFitOptions): RosterLayout | null {
  const smallest = fontSizes.at(-1)!;
  const wrapped = chooseRosterLayout({ fontSizes, maxColumns, fits: (layout) => fits(layout, layout.fontPx > smallest ? maxLines : Infinity) });
  if (!wrapped) return null;
  const oneLine = chooseRosterLayout({ fontSizes: fontSizes.filter((size) => size >= wrapped.fontPx * oneLineWorth), maxColumns, fits: (layout) => fits(layout, 1) });
  return oneLine ?? wrapped;
}

/** Sizes from `largest` down to `smallest` in steps of `step`, the smallest always included. */
export function fontSizesBetween(largest: number, smallest: number, step: number): number[] {
  const sizes: number[] = [];
  for (let size = largest; size > smallest + 0.01; size -= step) sizes.push(Math.round(size * 100) / 100);
  sizes.push(Math.round(smallest * 100) / 100);
  return sizes;
}

/**
 * When even the smallest type leaves too many names for the wall: how many of them, in order,
 * fit `columns` columns of `height` with an "and N more" row of `moreHeight` after them. Filled
 * column by column: the browser's balanced columns are never taller than this.
 */
export function countThatFits(heights: readonly number[], columns: number, height: number, moreHeight: number): number {
  const fitsWithMore = (count: number) => {
    let column = 0;
    let used = 0;
    for (const h of [...heights.slice(0, count), moreHeight]) {
      if (used > 0 && used + h > height) {
        column++;
        used = 0;
      }
      if (h > height || column >= columns) return false;
      used += h;
    }
    return true;
  };
  // At least one name goes under "and N more": the caller found that all of them do not fit.
  let count = heights.length - 1;
  while (count > 0 && !fitsWithMore(count)) count--;
  return count;
}
