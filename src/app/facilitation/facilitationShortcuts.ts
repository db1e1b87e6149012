/**
 * Keyboard shortcuts of the facilitation tools, reachable from every phase. They use
 * Ctrl/⌘+Shift with a letter no browser or the app menu claims (the console already uses
 * Ctrl+Z/Y, Ctrl+[ ], Alt+arrows; the menu uses ⌘/Ctrl+N, O, Q, Shift+S, Shift+P).
 */
import { isMac } from '../keyboard/shortcuts';

export type FacilitationShortcut = 'parkingLot' | 'notes' | 'vote';

const mod = isMac ? '⌘⇧' : 'Ctrl+Shift+';

export const SHORTCUT_HINTS: Record<FacilitationShortcut, string> = {
  parkingLot: `${mod}L`,
  notes: `${mod}K`,
  vote: `${mod}Y`,
};

const KEYS: Record<string, FacilitationShortcut> = { KeyL: 'parkingLot', KeyK: 'notes', KeyY: 'vote' };

export function facilitationShortcutFor(event: KeyboardEvent): FacilitationShortcut | null {
  const primary = isMac ? event.metaKey : event.ctrlKey;
  if (!primary || !event.shiftKey || event.altKey) return null;
  return KEYS[event.code] ?? null;
}
