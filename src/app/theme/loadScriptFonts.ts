import { afterNextPaint } from '../afterNextPaint';

/**
 * The bundled faces for every script a participant's name can be in (Chinese, Japanese, Korean,
 * Arabic, Hebrew, Devanagari, symbols, emoji): the charter's own set (charterFonts.css), so an
 * offline laptop without those system fonts shows names instead of empty boxes, and the screen
 * matches the printed charter. The rules are large (≈ 70 KB gzip of unicode ranges, no font
 * bytes), so they arrive after the first paint; each font file is fetched only when text needs it.
 *
 * `after`: resolves once the window's first screen has been committed (main.tsx). The rules then
 * wait for that screen's frame to be drawn, and for an idle moment after it. Parsing them and the
 * style recalculation they cause cost 7–10 ms of a warm start (20–30 ms on a loaded machine):
 * requested as soon as the library's list was in, an idle callback could run between the
 * library's render and its frame, and the frame that showed the cards paid for the new rules.
 */
export function loadScriptFonts(after: Promise<unknown> = Promise.resolve(), load: () => Promise<unknown> = () => import('../charter/charterFonts.css')): void {
  const loadWhenIdle = () => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => void load(), { timeout: IDLE_LIMIT_MS });
    else setTimeout(() => void load(), 0);
  };
  void after.then(() => afterNextPaint(loadWhenIdle, FRAME_LIMIT_MS));
}

/** A window started hidden or minimised draws no frames: the rules come after this long anyway. */
export const FRAME_LIMIT_MS = 1000;
/** The longest the rules then wait for an idle moment. */
const IDLE_LIMIT_MS = 1000;
