/**
 * The bundled faces for every script a participant's name can be in (Chinese, Japanese, Korean,
 * Arabic, Hebrew, Devanagari, symbols, emoji): the charter's own set (charterFonts.css), so an
 * offline laptop without those system fonts shows names instead of empty boxes, and the screen
 * matches the printed charter. The rules are large (≈ 70 KB gzip of unicode ranges, no font
 * bytes), so they arrive after the first paint; each font file is fetched only when text needs it.
 */
export function loadScriptFonts(): void {
  const load = () => void import('../charter/charterFonts.css');
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(load, { timeout: 1000 });
  else window.setTimeout(load, 0);
}
