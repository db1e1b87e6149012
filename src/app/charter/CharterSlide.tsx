/**
 * One review page on the review's stage: laid out at a fixed 1760 × 800 px (SLIDE) and scaled
 * to fit its box, so the console and the projector show the same page the same way at any
 * size. The page split makes every page fit the stage; should a page still run over (a font
 * wider than measured), this view shrinks that page to fit rather than cut a line, and says so
 * in `data-overflow` for the tests.
 */
import { useCallback, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { CharterModel } from '../../domain/charterModel';
import { SLIDE, type SectionPages } from './charterFlow';
import { CharterDocument } from './CharterDocument';
import './charterSlide.css';

interface CharterSlideProps {
  model: CharterModel;
  section: SectionPages;
  page: number;
  /**
   * `contain`: as large as the box allows (the projector); `width`: the box's width, the height
   * following, but never taller than the console's scroll area holds below the slide's top, so a
   * short laptop screen shows the whole page without scrolling (down to SMALLEST_SHARE of that width).
   */
  fit: 'contain' | 'width';
}

export function CharterSlide({ model, section, page, fit }: CharterSlideProps) {
  const [scale, setScale] = useState(0);
  const observer = useRef<ResizeObserver | null>(null);
  const box = useCallback(
    (element: HTMLDivElement | null) => {
      observer.current?.disconnect();
      observer.current = null;
      if (!element) return;
      const scroller = fit === 'width' ? element.closest('main') : null;
      const measure = () => {
        const { width, height } = element.getBoundingClientRect();
        const next = fit === 'contain' ? Math.min(width / SLIDE.width, height / SLIDE.height) : Math.min(width / SLIDE.width, heightAllowed(element, scroller, width));
        setScale(next > 0 ? next : 0);
      };
      measure();
      observer.current = new ResizeObserver(measure);
      observer.current.observe(element);
      // The scroll area's height changes with the window (and the bars above it) without the slide's width changing.
      if (scroller) observer.current.observe(scroller);
    },
    [fit],
  );
  const shown = section.pages[page] ?? section.pages[0]!;
  return (
    <div ref={box} className={`review-stage review-stage--${fit}`} data-testid="charter-slide" data-section={section.id} data-page={page} data-pages={section.pages.length}>
      <div className="review-stage__frame" style={{ width: SLIDE.width * scale, height: SLIDE.height * scale }}>
        <div className="review-stage__page" style={{ transform: `scale(${scale})` }}>
          <FittedPage model={model} pageKey={`${section.id}:${page}`}>
            <CharterDocument model={model} mode="screen" sectionId={section.id} page={{ page: shown, index: page, count: section.pages.length }} />
          </FittedPage>
        </div>
      </div>
    </div>
  );
}

/** The width-fitted slide keeps at least this share of its width on a very short window (then the page scrolls). */
const SMALLEST_SHARE = 0.6;

/** The largest scale at which the slide ends inside `scroller`'s visible height, measured from the slide's place in its content. */
function heightAllowed(element: HTMLElement, scroller: Element | null, width: number): number {
  if (!scroller) return Number.POSITIVE_INFINITY;
  const top = element.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
  const room = scroller.clientHeight - top - 8;
  return Math.max(room / SLIDE.height, (SMALLEST_SHARE * width) / SLIDE.width);
}

/** Shrinks a page that runs over the stage (it should not), so no line is ever cut off. */
function FittedPage({ children, pageKey, model }: { children: ReactNode; model: CharterModel; pageKey: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [overflow, setOverflow] = useState(1);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    let cancelled = false;
    const measure = () => {
      if (cancelled) return;
      const natural = element.scrollHeight;
      setOverflow(natural > SLIDE.height + 1 ? natural / SLIDE.height : 1);
    };
    measure();
    // Fonts arrive after the first layout: measure again once they have.
    void document.fonts?.ready.then(measure);
    return () => {
      cancelled = true;
    };
  }, [pageKey, model]);
  return (
    <div ref={ref} className="review-stage__fit" data-overflow={overflow > 1 ? overflow.toFixed(3) : undefined} style={overflow > 1 ? { transform: `scale(${1 / overflow})` } : undefined}>
      {children}
    </div>
  );
}
