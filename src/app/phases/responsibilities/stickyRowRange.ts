/**
 * Which rows the matrix's row window renders, with some give: the last window stays while the
 * rows in view sit at least STICK_ROWS inside it. A row that grows or shrinks by a line (a problem
 * found or fixed by a toggle) moves the rows below it by a fraction of a row, which would
 * otherwise add or drop a row at the window's far edge in the toggle's own frame: a new table
 * row costs its frame a style and layout-tree pass of several milliseconds. Scrolling moves the
 * window once the rows in view come near its edge.
 */

/** Rows kept between the rows in view and the window's edge before the window moves. */
const STICK_ROWS = 2;

/** What the virtualizer knows: the rows in view, how many to add on either side, and how many there are. */
export interface VisibleRows {
  startIndex: number;
  endIndex: number;
  overscan: number;
  count: number;
}

/** First and last row of a window, both rendered. */
export interface RowRange {
  from: number;
  to: number;
}

export function stickyRowRange(last: RowRange | null, visible: VisibleRows): RowRange {
  const { startIndex, endIndex, overscan, count } = visible;
  const fresh = { from: Math.max(0, startIndex - overscan), to: Math.min(count - 1, endIndex + overscan) };
  if (last === null || last.to > count - 1) return fresh;
  const covers = last.from <= Math.max(0, startIndex - STICK_ROWS) && last.to >= Math.min(count - 1, endIndex + STICK_ROWS);
  // Not a window much larger than a fresh one would be (after the window was made smaller).
  const notOversized = last.to - last.from <= fresh.to - fresh.from + 2 * STICK_ROWS;
  return covers && notOversized ? last : fresh;
}

/** The rows of a range, in order. */
export function rowsOf({ from, to }: RowRange): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}
