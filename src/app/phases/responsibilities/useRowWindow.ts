/**
 * Windowing for a long table body that scrolls with the page: only the rows near the viewport
 * are rendered, plus pinned ones (the row holding the focus, a row being brought into view),
 * so showing a stage of 200 activities costs about what a stage of 15 does. Empty rows before,
 * between and after keep the scroll height; rows are measured as they render.
 * Built on @tanstack/react-virtual (headless: the table keeps its own markup and semantics).
 */
import { observeElementOffset, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { usePhaseShownRef } from '../../components/phaseShown';
import { rowsOf, stickyRowRange, type RowRange } from './stickyRowRange';

interface RowWindowOptions {
  count: number;
  keyOf: (index: number) => string;
  /** The table's head: the first row starts at its bottom edge. */
  headRef: RefObject<HTMLElement | null>;
  /** Rows rendered wherever the viewport is (read whenever the window moves). */
  pinned: () => readonly number[];
  /** Changes whenever `pinned` would answer differently without the window moving. */
  pinKey: string;
  /** A row's expected height before it has been measured, in px. */
  estimate: number;
  /** A rendered row's height, in px (it may count rows that belong to it, such as its details). */
  measure: (row: HTMLElement) => number;
}

interface WindowRow {
  index: number;
  key: string;
  /** Empty space to leave above this row (pinned rows away from the window), in px. */
  gapBefore: number;
}

export interface RowWindow {
  rows: WindowRow[];
  /** Empty space above the first rendered row and below the last, in px. */
  before: number;
  after: number;
  /** Ref for each rendered row (which carries `data-index`): measures it and follows its size. */
  measureRef: (row: HTMLElement | null) => void;
}

/** Rows beyond the viewport on either side: enough that Tab and the arrow keys always find the next row rendered. */
const OVERSCAN = 6;

export function useRowWindow({ count, keyOf, headRef, pinned, pinKey, estimate, measure }: RowWindowOptions): RowWindow {
  // Known once the table is in the page; until then the virtualizer is off (it would scroll the
  // page to its top) and the window shows the first rows (firstRows).
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  const [margin, setMargin] = useState(0);
  /** Where the first row starts in the scroller's content: read when rows come or go, and as the page scrolls (when layout is clean). */
  const measureMargin = useCallback(() => {
    const head = headRef.current;
    if (!head) return;
    const element = scroller ?? scrollParent(head);
    if (!scroller) setScroller(element);
    const top = Math.round(head.getBoundingClientRect().bottom - element.getBoundingClientRect().top + element.scrollTop);
    setMargin((current) => (Math.abs(top - current) >= 1 ? top : current));
  }, [headRef, scroller]);

  // Not on every render: a toggle's patch would force a layout before its frame for nothing.
  useLayoutEffect(measureMargin, [measureMargin, count]);

  // A hidden phase's scroller reads as scrolled to the top, and scrolls back when shown (see
  // .is-kept in workshop.css): the window stays as it was, so the phase shows again as it was left.
  const shownRef = usePhaseShownRef();

  const pinnedRef = useRef(pinned);
  pinnedRef.current = pinned;
  // A new function whenever the pins change (pinKey), so that the virtualizer asks again.
  const lastRange = useRef<RowRange | null>(null);
  const rangeExtractor = useCallback(
    (range: Range) => {
      lastRange.current = stickyRowRange(lastRange.current, range);
      return withPinned(rowsOf(lastRange.current), pinnedRef.current(), range.count);
    },
    [pinKey],
  );

  const virtualizer = useVirtualizer({
    count,
    enabled: scroller !== null,
    getScrollElement: () => scroller,
    initialOffset: () => scroller?.scrollTop ?? 0,
    estimateSize: () => estimate,
    getItemKey: keyOf,
    overscan: OVERSCAN,
    scrollMargin: margin,
    rangeExtractor,
    measureElement: measure,
    observeElementOffset: (instance, notify) =>
      observeElementOffset(instance, (offset, isScrolling) => {
        if (!shownRef.current) return;
        measureMargin();
        notify(offset, isScrolling);
      }),
  });

  const items = virtualizer.getVirtualItems();
  // The virtualizer has no range until it has read the scroller's size (just after its first
  // render with the scroller): until then the first rows stay, instead of going and coming back.
  if (scroller === null || (items.length === 0 && count > 0)) return firstRows(count, keyOf, pinnedRef.current(), estimate, virtualizer.measureElement);

  const rows: WindowRow[] = [];
  let end = items[0]?.start ?? margin;
  for (const item of items) {
    rows.push({ index: item.index, key: String(item.key), gapBefore: Math.max(0, item.start - end) });
    end = item.end;
  }
  shownLastTime = items.length;
  const before = items.length > 0 ? items[0]!.start - margin : 0;
  const after = Math.max(0, virtualizer.getTotalSize() - (end - margin));
  return { rows, before, after, measureRef: virtualizer.measureElement };
}

/**
 * How many rows the last window showed: the next table (another stage, the phase built again)
 * starts with as many, in the same window and layout, so its first rows are the ones it keeps.
 */
let shownLastTime = 0;

/**
 * The window before the table is in the page: the first rows (as many as the last window showed,
 * or a screenful the first time), and the pinned ones, at their estimated heights. They are in
 * the page's first layout, which the window then reads (where the table starts, which rows are
 * in view) without laying the page out again: with no rows yet, showing a stage laid the whole
 * page out once without them and once with them. When the page is scrolled further down, the
 * window moves to the rows in view on its next render.
 */
function firstRows(count: number, keyOf: (index: number) => string, pinned: readonly number[], estimate: number, measureRef: (row: HTMLElement | null) => void): RowWindow {
  const screen = Math.min(count, shownLastTime || Math.ceil(window.innerHeight / estimate) + OVERSCAN);
  const indexes = withPinned(
    Array.from({ length: screen }, (_, i) => i),
    pinned,
    count,
  );
  let next = 0;
  const rows = indexes.map((index) => {
    const row = { index, key: keyOf(index), gapBefore: (index - next) * estimate };
    next = index + 1;
    return row;
  });
  return { rows, before: 0, after: (count - next) * estimate, measureRef };
}

/** The window's indexes and the pinned ones, in order, each once. */
function withPinned(indexes: number[], pinned: readonly number[], count: number): number[] {
  const extra = pinned.filter((i) => i >= 0 && i < count && !indexes.includes(i));
  return extra.length === 0 ? indexes : [...indexes, ...extra].sort((a, b) => a - b);
}

/**
 * The nearest ancestor that scrolls vertically (the page's scroller when none does). Boxes that
 * only scroll sideways must say `overflow-y: hidden`, or they would be taken for it.
 */
function scrollParent(element: HTMLElement): HTMLElement {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if (overflowY === 'auto' || overflowY === 'scroll') return node;
  }
  return document.scrollingElement as HTMLElement;
}
