import type { PhaseId, StickyNote } from '../../domain/workshopSchema';
import { selectNotes, useWorkshop } from '../stores/workshopSelectors';

const NO_NOTES: readonly StickyNote[] = [];

/**
 * The notes of each phase, grouped once per notes list (a workshop may hold 8,000): switching
 * phases then costs a lookup instead of a pass over every note, and other edits, which keep the
 * list, cost nothing here.
 */
const notesByPhase = new WeakMap<readonly StickyNote[], Map<PhaseId, StickyNote[]>>();

function groupByPhase(notes: readonly StickyNote[]): Map<PhaseId, StickyNote[]> {
  let groups = notesByPhase.get(notes);
  if (!groups) {
    groups = new Map();
    for (const note of notes) {
      const group = groups.get(note.phase);
      if (group) group.push(note);
      else groups.set(note.phase, [note]);
    }
    notesByPhase.set(notes, groups);
  }
  return groups;
}

/** The notes of one phase, in the list's order; the same array while the notes list is the same. */
export function usePhaseNotes(phase: PhaseId): readonly StickyNote[] {
  const notes = useWorkshop(selectNotes);
  return groupByPhase(notes).get(phase) ?? NO_NOTES;
}
