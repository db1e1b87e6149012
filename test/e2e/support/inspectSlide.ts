/**
 * What a review page looks like on screen: whether it had to be shrunk to fit its stage (the
 * page split should make that never happen), and the smallest type on it in CSS px as drawn
 * (the stage's scale and an SVG's own scale included; hidden text left out).
 */
import type { Locator } from 'playwright-core';

export interface SlideInspection {
  overflow: string | null;
  smallestFontPx: number;
  /** The text drawn smallest, to name it when it is too small. */
  smallestText: string;
  pageLabel: string;
  /** The page's natural height on its 1760 × 800 stage. */
  height: number;
}

export function inspectSlide(slide: Locator): Promise<SlideInspection> {
  return slide.evaluate((el) => {
    const frame = el.querySelector('.review-stage__frame')!.getBoundingClientRect();
    const scale = frame.width / 1760;
    const fit = el.querySelector('.review-stage__fit')!;
    const overflow = fit.getAttribute('data-overflow');
    const shrink = overflow ? 1 / Number(overflow) : 1;
    const article = el.querySelector('.charter--slide') as HTMLElement;
    let smallest = Infinity;
    let smallestText = '';
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim()) continue;
      const parent = node.parentElement!;
      if (parent.closest('.visually-hidden, title, desc')) continue;
      const size = parseFloat(getComputedStyle(parent).fontSize);
      const svg = parent.closest('svg');
      const drawn = svg ? (size * svg.getBoundingClientRect().width) / svg.viewBox.baseVal.width : size * scale * shrink;
      if (drawn < smallest) {
        smallest = drawn;
        smallestText = node.textContent.trim().slice(0, 40);
      }
    }
    return { overflow, smallestFontPx: smallest, smallestText, pageLabel: el.querySelector('.charter-slide__page')?.textContent ?? '', height: article.scrollHeight };
  });
}
