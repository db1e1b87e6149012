/**
 * Fits the projector's roster to the wall: tries type sizes and column counts on the real
 * names (measured, since a name's length decides whether it wraps) and keeps the largest type
 * at which everyone shows whole. Only when even the smallest type leaves too many names does it
 * show fewer with "and N more".
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefCallback } from 'react';
import { chooseRosterFit, countThatFits, fontSizesBetween, type RosterLayout } from './rosterLayout';

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

/**
 * `areaRef` goes on the roster's area; it may mount after the hook (the area shows only once
 * there are participants): the wall's size is watched from whenever it does.
 */
export function useRosterFit(contentKey: string): { areaRef: RefCallback<HTMLDivElement>; limit: number | null } {
  const area = useRef<HTMLDivElement | null>(null);
  const [size, setSize] = useState('');
  const [fontsLoaded, setFontsLoaded] = useState(0);
  // How many names fit, for the content and wall it was measured on: new content or a new size measures again.
  const [limited, setLimited] = useState<{ key: string; limit: number } | null>(null);
  const key = `${contentKey}|${size}|${fontsLoaded}`;
  const limit = limited?.key === key ? limited.limit : null;

  const areaRef = useCallback((node: HTMLDivElement | null) => {
    area.current = node;
    if (!node) return;
    const observer = new ResizeObserver(() => setSize(`${node.clientWidth}×${node.clientHeight}`));
    observer.observe(node);
    return () => {
      observer.disconnect();
      area.current = null;
    };
  }, []);

  useEffect(() => {
    // Names in other scripts load their fonts on first use: their width changes then.
    const onFonts = () => setFontsLoaded((n) => n + 1);
    document.fonts?.addEventListener('loadingdone', onFonts);
    return () => document.fonts?.removeEventListener('loadingdone', onFonts);
  }, []);

  useLayoutEffect(() => {
    const node = area.current;
    if (!node) return;
    if (limit !== null) {
      // Shortened already: if the browser's columns still run over, one column's worth fewer.
      if (!fitsWall(node, Infinity) && limit > 1) setLimited({ key, limit: Math.max(1, limit - Number(node.style.getPropertyValue('--ps-columns') || 1)) });
      return;
    }
    const shortBy = fitRoster(node);
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
  const best = chooseRosterFit({
    fontSizes,
    maxColumns,
    maxLines: MAX_NAME_LINES,
    oneLineWorth: ONE_LINE_WORTH,
    fits: (layout, maxLines) => {
      apply(layout);
      return fitsWall(area, maxLines);
    },
  });
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
