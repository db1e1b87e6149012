/**
 * The largest number of items (from `max` down to 1) at which the box's content fits its
 * height, measured after each render before the browser paints. If even one item does not fit,
 * `shrink` (≤ 1) is how much smaller the content must draw. Each try is a render and a layout,
 * so the tries gallop down (1, 2, 4, 8… steps below the last that did not fit) and then halve
 * the gap: about six tries where stepping down one at a time took up to eighteen, for the same
 * answer. Starts again from `max` whenever one of `resetOn` changes (new content, another window
 * size), the box itself changes size, or a font finishes loading (text then measures differently).
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type DependencyList, type RefObject } from 'react';

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
  /** The answer lies in low…high (high: the last step, taken even when it does not fit, or the best known fit). */
  const search = useRef({ low: 0, high: last, galloping: true });
  const [remeasure, setRemeasure] = useState(0);
  useLayoutEffect(() => {
    search.current = { low: 0, high: last, galloping: true };
    setProbe(0);
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
    const shown = Math.min(probe, last);
    if (!element || shown === last) return;
    const fits = element.scrollHeight <= element.clientHeight + 1;
    const bounds = search.current;
    if (fits) {
      if (bounds.low >= shown) {
        // Settled on a step that fits (it is the first that does).
        bounds.low = bounds.high = shown;
        return;
      }
      bounds.high = shown;
      bounds.galloping = false;
    } else {
      // A settled answer that no longer fits (its content grew) searches on below it.
      if (bounds.high <= shown) bounds.high = last;
      bounds.low = shown + 1;
    }
    const next = bounds.low >= bounds.high ? bounds.high : bounds.galloping ? Math.min(bounds.high, 2 * shown + 1) : (bounds.low + bounds.high) >> 1;
    if (next !== probe) setProbe(next);
  });
  return steps[Math.min(probe, last)]!;
}
