/**
 * Undo and redo as stacks of immer patch pairs. Edits of the same field within a short
 * window merge into one step, so undo after typing a sentence removes the sentence.
 */
import { applyPatches, produceWithPatches, type Patch } from 'immer';
import type { Workshop } from './workshopSchema';

export interface UndoStep {
  patches: Patch[];
  inversePatches: Patch[];
  coalesceKey: string | null;
  /** Milliseconds since the epoch of the last edit merged into this step. */
  at: number;
}

export interface UndoHistory {
  past: UndoStep[];
  future: UndoStep[];
}

export const MAX_UNDO_STEPS = 500;
export const COALESCE_WINDOW_MS = 1500;

export const emptyHistory = (): UndoHistory => ({ past: [], future: [] });

export function recordStep(history: UndoHistory, step: UndoStep): UndoHistory {
  const last = history.past.at(-1);
  if (last && step.coalesceKey !== null && last.coalesceKey === step.coalesceKey && step.at - last.at <= COALESCE_WINDOW_MS) {
    const merged: UndoStep = {
      patches: [...last.patches, ...step.patches],
      inversePatches: [...step.inversePatches, ...last.inversePatches],
      coalesceKey: step.coalesceKey,
      at: step.at,
    };
    return { past: [...history.past.slice(0, -1), merged], future: [] };
  }
  return { past: [...history.past, step].slice(-MAX_UNDO_STEPS), future: [] };
}

export interface HistoryMove {
  workshop: Workshop;
  history: UndoHistory;
  /** The patches that take the previous state to the new one (for broadcasting). */
  patches: Patch[];
}

export function undo(workshop: Workshop, history: UndoHistory): HistoryMove | null {
  const step = history.past.at(-1);
  if (!step) return null;
  return {
    ...withTimerOnAgenda(applyPatches(workshop, step.inversePatches), step.inversePatches),
    history: { past: history.past.slice(0, -1), future: [...history.future, { ...step, coalesceKey: null }] },
  };
}

export function redo(workshop: Workshop, history: UndoHistory): HistoryMove | null {
  const step = history.future.at(-1);
  if (!step) return null;
  return {
    ...withTimerOnAgenda(applyPatches(workshop, step.patches), step.patches),
    history: { past: [...history.past, { ...step, coalesceKey: null }], future: history.future.slice(0, -1) },
  };
}

/**
 * The timer is not part of undo history (running it is not an edit), so undoing the agenda
 * item it runs on would leave it pointing at nothing: it is reset, and the reset is broadcast.
 */
function withTimerOnAgenda(workshop: Workshop, patches: Patch[]): { workshop: Workshop; patches: Patch[] } {
  const { agendaItemId } = workshop.timer;
  if (agendaItemId === null || workshop.agenda.some((item) => item.id === agendaItemId)) return { workshop, patches };
  const [repaired, repairPatches] = produceWithPatches(workshop, (draft) => {
    draft.timer = { agendaItemId: null, runningSince: null, elapsedSeconds: 0, extraMinutes: 0 };
  });
  return { workshop: repaired, patches: [...patches, ...repairPatches] };
}
