/**
 * The keys facilitators know from presentation software: B or "." blanks the projector, F
 * freezes it, P announces a break, Esc returns to live; Page Up / Page Down and the left and
 * right arrows (what a presentation clicker sends) move between phases; "?" lists every key.
 * None of them fires while a text field, a dialog or a widget with its own arrow keys has them.
 */
import { SHORTCUT_HINTS } from '../facilitation/facilitationShortcuts';
import { isMac, isTextEntry, SHORTCUT_LABELS } from './shortcuts';

export type PresenterAction = 'blank' | 'freeze' | 'break' | 'live' | 'nextPhase' | 'previousPhase' | 'showKeys';

/** Widgets that move with arrow and page keys themselves (grids, lists, sliders, tabs, menus), or say so. */
const OWNS_NAVIGATION_KEYS =
  '[role="grid"],[role="listbox"],[role="slider"],[role="tablist"],[role="menu"],[role="radiogroup"],[role="tree"],select,input[type="radio"],input[type="range"],[data-owns-navigation-keys]';

/** The key pressed, as a keydown event carries it. */
export type PresenterKey = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'repeat' | 'defaultPrevented' | 'isComposing'>;

/** Where the key was pressed, read off the page by `whereKeyWasPressed`. */
export interface KeyContext {
  inTextEntry: boolean;
  /** The focus is in a widget that moves with arrow and page keys itself. */
  inNavigatingWidget: boolean;
  dialogOpen: boolean;
  /** Esc leaves a blank, frozen or break screen even from a text field, and is everyone else's while the room is live. */
  roomIsLive: boolean;
}

export function whereKeyWasPressed(event: KeyboardEvent, roomIsLive: boolean): KeyContext {
  return {
    inTextEntry: isTextEntry(event.target),
    inNavigatingWidget: event.target instanceof Element && event.target.closest(OWNS_NAVIGATION_KEYS) !== null,
    dialogOpen: document.querySelector('dialog[open]') !== null,
    roomIsLive,
  };
}

export function presenterActionFor(event: PresenterKey, where: KeyContext): PresenterAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || event.isComposing) return null;
  // A held key repeats: a presenter key acts once per press.
  if (event.repeat || where.dialogOpen) return null;
  if (event.key === 'Escape') return where.roomIsLive ? null : 'live';
  if (where.inTextEntry) return null;
  // Shift+arrows select; widgets with their own arrow keys keep them.
  const ownsNavigation = event.shiftKey || where.inNavigatingWidget;
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
      { keys: isMac ? '⌘⇧P' : 'Ctrl+Shift+P', does: 'Open or close the projector window (desktop app)' },
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
    title: 'Facilitation tools, from every phase',
    keys: [
      { keys: SHORTCUT_HINTS.parkingLot, does: 'Parking lot' },
      { keys: SHORTCUT_HINTS.notes, does: 'Sticky notes (the room sees them)' },
      { keys: SHORTCUT_HINTS.vote, does: 'Dot vote or fist of five' },
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
