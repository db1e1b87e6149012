/**
 * Undo/redo and phase navigation from the keyboard. Inside a text field, undo and Alt+arrows
 * stay the browser's (undo typing, move by word); the bracket shortcuts work everywhere.
 */
import { useEffect } from 'react';
import { adjacentPhase } from '../../domain/phases';
import type { PhaseId } from '../../domain/workshopSchema';
import { dispatchCommand, redo, undo, useSessionStore } from '../stores/sessionStore';
import { isTextEntry, shortcutFor } from './shortcuts';

/** The phase last asked for and not yet confirmed, so quick repeated presses (a clicker) each move one step. */
let pendingTarget: PhaseId | null = null;

export function goToAdjacentPhase(direction: 1 | -1): void {
  const workshop = useSessionStore.getState().snapshot?.workshop;
  if (!workshop) return;
  const phase = adjacentPhase({ ...workshop, currentPhase: pendingTarget ?? workshop.currentPhase }, direction);
  if (!phase) return;
  pendingTarget = phase;
  void dispatchCommand({ type: 'goToPhase', phase }).finally(() => {
    if (pendingTarget === phase) pendingTarget = null;
  });
}

export function useConsoleShortcuts(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const action = shortcutFor(event);
      if (!action || event.defaultPrevented) return;
      // A modal dialog owns the keyboard.
      if (document.querySelector('dialog[open]')) return;
      const inText = isTextEntry(event.target);
      if (inText && (action === 'undo' || action === 'redo' || event.altKey)) return;
      event.preventDefault();
      if (action === 'undo') void undo();
      else if (action === 'redo') void redo();
      else goToAdjacentPhase(action === 'nextPhase' ? 1 : -1);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
