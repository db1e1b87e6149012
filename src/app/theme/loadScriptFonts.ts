/**
 * The bundled faces for every script a participant's name can be in (Chinese, Japanese, Korean,
 * Arabic, Hebrew, Devanagari, symbols, emoji): the charter's own set (charterFonts.css), so an
 * offline laptop without those system fonts shows names instead of empty boxes, and the screen
 * matches the printed charter. The rules are large (≈ 70 KB gzip of unicode ranges, no font
 * bytes), so they arrive after the first paint; each font file is fetched only when text needs it.
 * `after`: the window's first render (for a console, once its first screen has content). The
 * rules wait for the frame after it to be drawn, then for an idle moment. Parsing them and the
 * style recalculation they cause took 20–30 ms of a loaded machine, and 7–10 ms of a warm start:
 * loaded as soon as the library's list was in, an idle callback could run between the render
 * and its frame, and the frame that showed the cards paid for the new rules.
 */
export function loadScriptFonts(after: Promise<unknown> = Promise.resolve()): void {
  const load = () => void import('../charter/charterFonts.css');
  const whenIdle = () => {
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(load, { timeout: 1000 });
    else window.setTimeout(load, 0);
  };
  // A task queued from a frame callback runs once that frame has been drawn.
  void after.then(() => window.requestAnimationFrame(() => window.setTimeout(whenIdle, 0)));
}
