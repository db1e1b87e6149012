/**
 * The largest number of items (from `max` down to 1) at which the box's content fits its
 * height, measured after each render before the browser paints. If even one item does not fit,
 * `shrink` (≤ 1) is how much smaller the content must draw. Each try is a render and a layout:
 * the search (fitSearch) starts from the last answer, which a small change of content keeps
 * (three renders), and otherwise gallops and halves (about six). It starts again whenever one of
 * `resetOn` changes (new content, another window size), the box itself changes size, or a font
 * finishes loading (text then measures differently).
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type DependencyList, type RefObject } from 'react';
import { nextFitProbe, startFitSearch, type FitSearch } from '../../components/fitSearch';

interface Fit {
  count: number;
  shrink: number;
}

/** The fits to try, largest first: every count down to one, then one item drawn smaller (not everything scales with the type: borders, gaps), down to half size. */
function fitSteps(max: number): Fit[] {
  const steps: Fit[] = [];
  for (let count = max; count >= 1; count--) steps.push({ count, shrink: 1 });
  for (let shrink = 1; shrink > 0.5; ) {
    shrink = Math.max(0.5, shrink * 0.95);
    steps.push({ count: 1, shrink });
  }
  return steps;
}

export function useLargestThatFits(box: RefObject<HTMLElement | null>, max: number, resetOn: DependencyList): Fit {
  const steps = useMemo(() => fitSteps(Math.max(1, max)), [max]);
  const last = steps.length - 1;
  /** The step shown (and measured after this render). */
  const [probe, setProbe] = useState(0);
  const search = useRef<FitSearch>(startFitSearch(last).search);
  const [remeasure, setRemeasure] = useState(0);
  useLayoutEffect(() => {
    // New content starts from the answer the old one settled on (a small change keeps it); the
    // effect below measures that answer's render with the new content in this same commit.
    const started = startFitSearch(last, probe);
    search.current = started.search;
    setProbe(started.probe);
  }, [last, remeasure, ...resetOn]);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    let height = element.clientHeight;
    const observer = new ResizeObserver(() => {
      if (element.clientHeight === height) return;
      height = element.clientHeight;
      setRemeasure((n) => n + 1);
    });
    observer.observe(element);
    const fontsLoaded = () => setRemeasure((n) => n + 1);
    document.fonts.addEventListener('loadingdone', fontsLoaded);
    return () => {
      observer.disconnect();
      document.fonts.removeEventListener('loadingdone', fontsLoaded);
    };
  }, [box]);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const shown = Math.min(probe, last);
    const fits = shown < last && element.scrollHeight <= element.clientHeight + 1;
    const next = nextFitProbe(search.current, shown, fits, last);
    if (next !== probe) setProbe(next);
  });
  return steps[Math.min(probe, last)]!;
}
