/**
 * The keys facilitators know from presentation software: B or "." blanks the projector, F
 * freezes it, P announces a break, Esc returns to live; Page Up / Page Down and the left and
 * right arrows (what a presentation clicker sends) move between phases; "?" lists every key.
 * None of them fires while a text field, a dialog or a widget with its own arrow keys has them.
 */
import { isTextEntry, SHORTCUT_LABELS } from './shortcuts';

export type PresenterAction = 'blank' | 'freeze' | 'break' | 'live' | 'nextPhase' | 'previousPhase' | 'showKeys';

/** Widgets that move with arrow and page keys themselves (grids, lists, sliders, tabs, menus), or say so. */
const OWNS_NAVIGATION_KEYS = '[role="grid"],[role="listbox"],[role="slider"],[role="tablist"],[role="menu"],[role="radiogroup"],[role="tree"],select,[data-owns-navigation-keys]';

export function presenterActionFor(event: KeyboardEvent): PresenterAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || event.isComposing) return null;
  if (isTextEntry(event.target)) return null;
  if (typeof document !== 'undefined' && document.querySelector('dialog[open]')) return null;
  const ownsNavigation = event.target instanceof Element && event.target.closest(OWNS_NAVIGATION_KEYS) !== null;
  switch (event.key) {
    case 'b':
    case 'B':
    case '.':
      return 'blank';
    case 'f':
    case 'F':
      return 'freeze';
    case 'p':
    case 'P':
      return 'break';
    case 'Escape':
      return 'live';
    case '?':
      return 'showKeys';
    case 'PageDown':
    case 'ArrowRight':
      return ownsNavigation ? null : 'nextPhase';
    case 'PageUp':
    case 'ArrowLeft':
      return ownsNavigation ? null : 'previousPhase';
    default:
      return null;
  }
}

/** Every key of the console, grouped as the "?" overlay lists them. */
export const KEY_GROUPS: readonly { title: string; keys: readonly { keys: string; does: string }[] }[] = [
  {
    title: 'What the room sees',
    keys: [
      { keys: 'B or .', does: 'Blank the projector (again to return)' },
      { keys: 'F', does: 'Freeze the projector on its current picture (again to return)' },
      { keys: 'P', does: 'Break screen with the time the room is back' },
      { keys: 'Esc', does: 'Back to live' },
      { keys: 'F5 or Shift+F5', does: 'Present: open the projector on the external display (desktop app)' },
    ],
  },
  {
    title: 'Moving through the day',
    keys: [
      { keys: 'Page Down or →', does: 'Next phase (a presentation clicker works)' },
      { keys: 'Page Up or ←', does: 'Previous phase' },
    ],
  },
  {
    title: 'Editing',
    keys: [
      { keys: SHORTCUT_LABELS.undo, does: 'Undo' },
      { keys: SHORTCUT_LABELS.redo, does: 'Redo' },
      { keys: SHORTCUT_LABELS.nextPhase, does: 'Next phase' },
      { keys: SHORTCUT_LABELS.previousPhase, does: 'Previous phase' },
    ],
  },
  { title: 'Help', keys: [{ keys: '?', does: 'This list of keys' }] },
];
