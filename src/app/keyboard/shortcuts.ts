/** The keyboard shortcuts of the console, shared by the handlers and the tooltips that name them. */
export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
const mod = isMac ? '⌘' : 'Ctrl+';

export const SHORTCUT_LABELS = {
  undo: `${mod}Z`,
  redo: isMac ? '⌘⇧Z' : 'Ctrl+Y',
  nextPhase: isMac ? '⌘] or ⌥→' : 'Ctrl+] or Alt+→',
  previousPhase: isMac ? '⌘[ or ⌥←' : 'Ctrl+[ or Alt+←',
} as const;

export type ShortcutAction = 'undo' | 'redo' | 'nextPhase' | 'previousPhase';

/** True where the browser's own editing keys must win (typing, native text undo). */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
}

export function shortcutFor(event: KeyboardEvent): ShortcutAction | null {
  const primary = isMac ? event.metaKey : event.ctrlKey;
  const key = event.key.toLowerCase();
  if (primary && !event.altKey) {
    if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
    // Ctrl+Shift+Y is the vote dialog's, not redo's.
    if (key === 'y' && !isMac && !event.shiftKey) return 'redo';
    if (event.code === 'BracketRight' || key === ']') return 'nextPhase';
    if (event.code === 'BracketLeft' || key === '[') return 'previousPhase';
  }
  if (event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
    if (event.key === 'ArrowRight') return 'nextPhase';
    if (event.key === 'ArrowLeft') return 'previousPhase';
  }
  return null;
}
