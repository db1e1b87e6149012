/**
 * Shrinks its content, never enlarges it, so a picture that is too big for the projector's box
 * still shows whole instead of being cut off. Scaling is a CSS transform set through the DOM
 * (CSP-safe), re-measured whenever the box or the content changes size.
 */
import { useLayoutEffect, useRef, type ReactNode } from 'react';

export function FitBox({ children, className }: { children: ReactNode; className?: string }) {
  const outer = useRef<HTMLDivElement>(null);
  const inner = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const box = outer.current;
    const content = inner.current;
    if (!box || !content) return;
    const fit = () => {
      // The largest scale (≤ 1) at which the content, laid out at box width ÷ scale, fits the
      // box: a wider layout wraps less, so it grows shorter as the scale comes down.
      const boxWidth = box.clientWidth;
      const boxHeight = box.clientHeight;
      let scale = 1;
      for (let step = 0; step < 24; step++) {
        content.style.width = `${boxWidth / scale}px`;
        const fits = content.scrollHeight * scale <= boxHeight + 1 && content.scrollWidth * scale <= boxWidth + 1;
        if (fits || scale <= 0.3) break;
        scale *= 0.95;
      }
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
