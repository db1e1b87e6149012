/**
 * What the room sees of a projection: the smallest type drawn on it (CSS px as drawn, a FitBox's
 * or an SVG's scale included; screen-reader-only text left out), everything that is cut (drawn
 * past the window's edges, or clipped by a box it does not fit: scrollWidth/scrollHeight beyond
 * the box), and what is shortened on purpose (a line clamp or an ellipsis that hides words; the
 * full text stays in the accessibility tree and on the console).
 */
import type { Page } from 'playwright-core';

export interface ProjectionInspection {
  smallestFontPx: number;
  /** The text drawn smallest, to name it when it is too small. */
  smallestText: string;
  /** One line per element that is cut, naming it and its text. */
  cut: string[];
  /** One line per element shortened by a line clamp or an ellipsis. */
  shortened: string[];
}

export function inspectProjection(page: Page): Promise<ProjectionInspection> {
  return page.evaluate(() => {
    const root = document.querySelector<HTMLElement>('[data-testid="projector"]')!;
    const name = (el: Element) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} “${(el.textContent ?? '').trim().slice(0, 40)}”`;
    const hiddenFromSight = (el: Element) => !!el.closest('.visually-hidden, title, desc') || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
    let smallest = Infinity;
    let smallestText = '';
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim()) continue;
      const parent = node.parentElement!;
      if (hiddenFromSight(parent)) continue;
      const size = parseFloat(getComputedStyle(parent).fontSize);
      const svg = parent.closest('svg');
      let drawn = size;
      if (svg && svg.viewBox.baseVal?.width) drawn = (size * svg.getBoundingClientRect().width) / svg.viewBox.baseVal.width;
      else {
        // A transform (FitBox) scales what is drawn: compare the drawn box with the laid-out one.
        const scaled = parent.closest<HTMLElement>('.fit-box__content');
        if (scaled && scaled.offsetWidth > 0) drawn = (size * scaled.getBoundingClientRect().width) / scaled.offsetWidth;
      }
      if (drawn < smallest) {
        smallest = drawn;
        smallestText = node.textContent.trim().slice(0, 40);
      }
    }
    const cut: string[] = [];
    const shortened: string[] = [];
    const width = window.innerWidth;
    const height = window.innerHeight;
    // The slide itself clips: whatever runs below its bottom (under the progress bar) is cut.
    if (root.scrollHeight > root.clientHeight + 1 || root.scrollWidth > root.clientWidth + 1) cut.push(`runs off the slide: ${root.scrollWidth}×${root.scrollHeight} in ${root.clientWidth}×${root.clientHeight}`);
    for (const el of root.querySelectorAll<HTMLElement>('*')) {
      if (hiddenFromSight(el) || el.closest('svg')) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      // What a clipping box around it hides is that box's overflow (reported there), not this element's.
      let { left, top, right, bottom } = rect;
      for (let box = el.parentElement; box && box !== root.parentElement; box = box.parentElement) {
        const clip = getComputedStyle(box);
        if (clip.overflowX === 'visible' && clip.overflowY === 'visible') continue;
        const r = box.getBoundingClientRect();
        left = Math.max(left, r.left);
        top = Math.max(top, r.top);
        right = Math.min(right, r.right);
        bottom = Math.min(bottom, r.bottom);
      }
      if (right > left && bottom > top && (left < -1 || top < -1 || right > width + 1 || bottom > height + 1)) {
        cut.push(`past the window's edge: ${name(el)}`);
        continue;
      }
      const style = getComputedStyle(el);
      const clamped = style.webkitLineClamp !== 'none' || style.textOverflow === 'ellipsis';
      // A clamped line's glyphs may reach a pixel or two past its box: only a hidden line counts.
      const slack = clamped ? parseFloat(style.fontSize) * 0.6 : 1;
      const overX = style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + (style.textOverflow === 'ellipsis' ? 1 : slack);
      const overY = style.overflowY !== 'visible' && el.scrollHeight > el.clientHeight + slack;
      if (overX || overY) (clamped ? shortened : cut).push(`${clamped ? 'shortened' : 'clipped'}: ${name(el)}`);
    }
    return { smallestFontPx: smallest, smallestText, cut, shortened };
  });
}
