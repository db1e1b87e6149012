/**
 * The console's swimlanes scroll sideways a stage group at a time: the columns are sized so that
 * a whole number of stages fills the view (a stage is never cut at its edge), and the scroller
 * snaps to a stage's start. Reports which stages are in view and turns to the previous or next
 * group.
 */
import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';

/** Narrower than this, a stage column's activity names wrap word by word (the width twenty stages had before). */
const MIN_COLUMN_PX = 130;

export interface StageGroups {
  first: number;
  /** Stages in view at once. */
  perView: number;
  turn(direction: -1 | 1): void;
}

export function useStageGroups(scrollerRef: RefObject<HTMLDivElement | null>, gridRef: RefObject<HTMLDivElement | null>, columns: number, enabled: boolean): StageGroups {
  const [perView, setPerView] = useState(columns);
  const [first, setFirst] = useState(0);

  useLayoutEffect(() => {
    const scroller = scrollerRef.current;
    const grid = gridRef.current;
    if (!enabled || !scroller || !grid) return;
    const fit = () => {
      const style = getComputedStyle(grid);
      const head = parseFloat(style.getPropertyValue('--swim-head')) || 148;
      const gap = parseFloat(style.getPropertyValue('--swim-gap')) || 40;
      const room = scroller.clientWidth - head;
      // A gap widened for a hand-off label takes its extra width from the columns of every view it
      // can be in, so that no view runs past the edge (one with fewer labels shows a little air).
      const headers = [...grid.querySelectorAll<HTMLElement>('.swimlanes__stage')];
      const extra = headers.map((h, i) => Math.max(0, h.offsetLeft - (i === 0 ? head : headers[i - 1]!.offsetLeft + headers[i - 1]!.offsetWidth) - gap));
      const widestIn = (count: number) => {
        let widest = 0;
        for (let start = 0; start + count <= extra.length; start++) widest = Math.max(widest, extra.slice(start, start + count).reduce((a, b) => a + b, 0));
        return widest;
      };
      let count = Math.max(1, Math.min(columns, Math.floor(room / (MIN_COLUMN_PX + gap))));
      while (count > 1 && (room - widestIn(count)) / count - gap < MIN_COLUMN_PX) count--;
      const width = `${Math.floor((room - widestIn(count)) / count - gap)}px`;
      if (grid.style.getPropertyValue('--swim-col') !== width) grid.style.setProperty('--swim-col', width);
      setPerView(count);
    };
    const track = () => {
      const headers = [...grid.querySelectorAll<HTMLElement>('.swimlanes__stage')];
      const start = scroller.scrollLeft + (parseFloat(getComputedStyle(grid).getPropertyValue('--swim-head')) || 0);
      const index = headers.findIndex((h) => h.offsetLeft + h.offsetWidth / 2 >= start);
      setFirst(Math.max(0, index));
    };
    fit();
    track();
    const observer = new ResizeObserver(() => {
      fit();
      track();
    });
    observer.observe(scroller);
    // The grid changes width when a hand-off label widens its gap.
    observer.observe(grid);
    scroller.addEventListener('scroll', track, { passive: true });
    return () => {
      observer.disconnect();
      scroller.removeEventListener('scroll', track);
      grid.style.removeProperty('--swim-col');
    };
  }, [scrollerRef, gridRef, columns, enabled]);

  const turn = useCallback(
    (direction: -1 | 1) => {
      const scroller = scrollerRef.current;
      const grid = gridRef.current;
      if (!scroller || !grid) return;
      const headers = grid.querySelectorAll<HTMLElement>('.swimlanes__stage');
      const target = headers[Math.max(0, Math.min(headers.length - 1, first + direction * perView))];
      if (!target) return;
      const head = parseFloat(getComputedStyle(grid).getPropertyValue('--swim-head')) || 0;
      const gap = parseFloat(getComputedStyle(grid).getPropertyValue('--swim-gap')) || 0;
      const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      scroller.scrollTo({ left: target.offsetLeft - head - gap, behavior: reduce ? 'auto' : 'smooth' });
    },
    [scrollerRef, gridRef, first, perView],
  );

  return { first, perView, turn };
}
