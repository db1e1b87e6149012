/**
 * Fits the projector's roster to the wall: tries type sizes and column counts on the real
 * names (measured, since a name's length decides whether it wraps) and keeps the largest type
 * at which everyone shows whole. Only when even the smallest type leaves too many names does it
 * show fewer with "and N more".
 */
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { chooseRosterLayout, countThatFits, fontSizesBetween, type RosterLayout } from './rosterLayout';

/** Names in large type for a short list: up to twice the room's body size. */
const LARGEST = 2;
/** The room's minimum, 28 px on a 1080p wall, in proportion on other walls (the picture on the wall is the same size). */
const SMALLEST_PX_AT_1080P = 28;
/** A column is at least this many of its own type size wide: a name of two words, its team and its status. */
const MIN_COLUMN_EM = 12;
/** A name may wrap to two lines; a third only at the smallest type. */
const MAX_NAME_LINES = 2;
/** Names on one line read better than larger names on two: worth up to this much of the type size. */
const ONE_LINE_WORTH = 0.75;

export function useRosterFit(contentKey: string): { areaRef: RefObject<HTMLDivElement | null>; limit: number | null } {
  const areaRef = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState('');
  const [fontsLoaded, setFontsLoaded] = useState(0);
  // How many names fit, for the content and wall it was measured on: new content or a new size measures again.
  const [limited, setLimited] = useState<{ key: string; limit: number } | null>(null);
  const key = `${contentKey}|${size}|${fontsLoaded}`;
  const limit = limited?.key === key ? limited.limit : null;

  useEffect(() => {
    const area = areaRef.current;
    if (!area) return;
    const observer = new ResizeObserver(() => setSize(`${area.clientWidth}×${area.clientHeight}`));
    observer.observe(area);
    // Names in other scripts load their fonts on first use: their width changes then.
    const onFonts = () => setFontsLoaded((n) => n + 1);
    document.fonts?.addEventListener('loadingdone', onFonts);
    return () => {
      observer.disconnect();
      document.fonts?.removeEventListener('loadingdone', onFonts);
    };
  }, []);

  useLayoutEffect(() => {
    const area = areaRef.current;
    if (!area) return;
    if (limit !== null) {
      // Shortened already: if the browser's columns still run over, one column's worth fewer.
      if (!fitsWall(area, Infinity) && limit > 1) setLimited({ key, limit: Math.max(1, limit - Number(area.style.getPropertyValue('--ps-columns') || 1)) });
      return;
    }
    const shortBy = fitRoster(area);
    if (shortBy !== null) setLimited({ key, limit: shortBy });
  }, [key, limit]);

  return { areaRef, limit };
}

/** Lays the roster out in the area; null when everyone fits, else how many names do at the smallest type. */
function fitRoster(area: HTMLElement): number | null {
  const bodyPx = parseFloat(getComputedStyle(area).fontSize);
  const smallest = Math.min(bodyPx, (SMALLEST_PX_AT_1080P * window.innerHeight) / 1080);
  const fontSizes = fontSizesBetween(bodyPx * LARGEST, smallest, bodyPx * 0.05);
  const list = area.querySelector<HTMLElement>('.ps-roster');
  const gap = list ? parseFloat(getComputedStyle(list).columnGap) || 0 : 0;
  const maxColumns = (fontPx: number) => Math.max(1, Math.floor((area.clientWidth + gap) / (MIN_COLUMN_EM * fontPx + gap)));
  const apply = ({ fontPx, columns }: RosterLayout) => {
    area.style.setProperty('--ps-font', `${fontPx}px`);
    area.style.setProperty('--ps-columns', String(columns));
  };
  const layoutFor = (maxLines: number, sizes: readonly number[]) =>
    chooseRosterLayout({
      fontSizes: sizes,
      maxColumns,
      fits: (layout) => {
        apply(layout);
        return fitsWall(area, layout.fontPx > smallest ? maxLines : Infinity);
      },
    });
  const wrapped = layoutFor(MAX_NAME_LINES, fontSizes);
  const oneLine = wrapped && layoutFor(1, fontSizes.filter((size) => size >= wrapped.fontPx * ONE_LINE_WORTH));
  const best = oneLine ?? wrapped;
  if (best) {
    apply(best);
    return null;
  }
  // Too many for the wall even in small type: as many as fit, in the most columns.
  const floor = { fontPx: smallest, columns: maxColumns(smallest) };
  apply(floor);
  if (!list) return 0;
  const rows = [...list.children].filter((child): child is HTMLElement => child instanceof HTMLElement && child.classList.contains('ps-signer'));
  const heights = rows.map((row) => row.getBoundingClientRect().height);
  const listTop = list.getBoundingClientRect().top - area.getBoundingClientRect().top;
  return countThatFits(heights, floor.columns, area.clientHeight - listTop, Math.min(...heights));
}

/** Everything within the area, and no name on more than `maxLines` lines. */
function fitsWall(area: HTMLElement, maxLines: number): boolean {
  if (area.scrollHeight > area.clientHeight + 1 || area.scrollWidth > area.clientWidth + 1) return false;
  if (maxLines === Infinity) return true;
  const names = area.querySelectorAll<HTMLElement>('.ps-signer__text');
  const first = names[0];
  if (!first) return true;
  const lineHeight = parseFloat(getComputedStyle(first).lineHeight);
  for (const name of names) if (name.getBoundingClientRect().height > lineHeight * maxLines + 1) return false;
  return true;
}
