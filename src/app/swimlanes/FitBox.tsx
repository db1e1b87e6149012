/**
 * Shrinks its content, never enlarges it, so a picture that is too big for the projector's box
 * still shows whole instead of being cut off. Scaling is a CSS transform set through the DOM
 * (CSP-safe), re-measured whenever the box or the content changes size.
 */
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { firstFittingStep } from '../components/fitSearch';

/** The scales tried: 1, 0.95, 0.95², … down to under 0.3 (LAST_STEP, used when nothing larger fits). */
const LAST_STEP = 24;
const SCALES = Array.from({ length: LAST_STEP + 1 }, (_, step) => 0.95 ** step);

export function FitBox({ children, className }: { children: ReactNode; className?: string }) {
  const outer = useRef<HTMLDivElement>(null);
  const inner = useRef<HTMLDivElement>(null);
  const lastStep = useRef(0);
  useLayoutEffect(() => {
    const box = outer.current;
    const content = inner.current;
    if (!box || !content) return;
    const fit = () => {
      // The largest scale (≤ 1) at which the content, laid out at box width ÷ scale, fits the
      // box: a wider layout wraps less, so it grows shorter as the scale comes down. Each try lays
      // the content out again: the search starts from the last answer (fitSearch).
      const boxWidth = box.clientWidth;
      const boxHeight = box.clientHeight;
      const fitsAt = (scale: number) => {
        content.style.width = `${boxWidth / scale}px`;
        return content.scrollHeight * scale <= boxHeight + 1 && content.scrollWidth * scale <= boxWidth + 1;
      };
      const step = firstFittingStep((candidate) => fitsAt(SCALES[candidate]!), LAST_STEP, lastStep.current);
      lastStep.current = step;
      const scale = SCALES[step]!;
      content.style.width = scale === 1 ? '' : `${boxWidth / scale}px`;
      content.style.transform = scale === 1 ? '' : `scale(${scale})`;
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(box);
    observer.observe(content);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={outer} className={className ? `fit-box ${className}` : 'fit-box'}>
      <div ref={inner} className="fit-box__content">
        {children}
      </div>
    </div>
  );
}
