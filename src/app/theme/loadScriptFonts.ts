/**
 * The bundled faces for every script a participant's name can be in (Chinese, Japanese, Korean,
 * Arabic, Hebrew, Devanagari, symbols, emoji): the charter's own set (charterFonts.css), so an
 * offline laptop without those system fonts shows names instead of empty boxes, and the screen
 * matches the printed charter. The rules are large (≈ 70 KB gzip of unicode ranges, no font
 * bytes), so they arrive after the first paint; each font file is fetched only when text needs it.
 * `after`: what the first paint waits for (the console's first content). Parsing the rules and
 * the style recalculation they cause took 20–30 ms of a loaded machine; fetched while the
 * console still waited for its host, they landed just before the library's cards and delayed them.
 */
export function loadScriptFonts(after: Promise<unknown> = Promise.resolve()): void {
  const load = () => void import('../charter/charterFonts.css');
  void after.then(() => {
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(load, { timeout: 1000 });
    else window.setTimeout(load, 0);
  });
}
