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
      // Measure at natural size, then lay out wider by the same factor so the scaled picture fills the width.
      content.style.transform = '';
      content.style.width = '';
      const scale = Math.min(1, box.clientWidth / Math.max(1, content.scrollWidth), box.clientHeight / Math.max(1, content.scrollHeight));
      if (scale >= 0.999) return;
      content.style.width = `${box.clientWidth / scale}px`;
      const wider = Math.min(scale * 1.6, box.clientHeight / Math.max(1, content.scrollHeight), 1);
      const final = Math.max(scale, Math.min(wider, box.clientWidth / Math.max(1, content.scrollWidth)));
      content.style.width = `${box.clientWidth / final}px`;
      content.style.transform = `scale(${final})`;
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
