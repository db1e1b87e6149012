/**
 * The largest number of items (from `max` down to 1) at which the box's content fits its
 * height: measured after each render, one step down at a time, before the browser paints. If
 * even one item does not fit, `shrink` (≤ 1) is how much smaller the content must draw.
 * Starts again from `max` whenever one of `resetOn` changes (new content, another window size),
 * the box itself changes size, or a font finishes loading (text then measures differently).
 */
import { useEffect, useLayoutEffect, useState, type DependencyList, type RefObject } from 'react';

export function useLargestThatFits(box: RefObject<HTMLElement | null>, max: number, resetOn: DependencyList): { count: number; shrink: number } {
  const [fit, setFit] = useState({ count: max, shrink: 1 });
  const [remeasure, setRemeasure] = useState(0);
  useLayoutEffect(() => setFit({ count: max, shrink: 1 }), [max, remeasure, ...resetOn]);
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
    if (!element || element.scrollHeight <= element.clientHeight + 1) return;
    if (fit.count > 1) setFit({ count: fit.count - 1, shrink: 1 });
    // Not everything scales with the type (borders, gaps): step down until it fits.
    else if (fit.shrink > 0.5) setFit({ count: 1, shrink: Math.max(0.5, fit.shrink * 0.95) });
  });
  return fit;
}
