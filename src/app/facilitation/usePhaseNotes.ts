import { useMemo } from 'react';
import type { PhaseId, StickyNote } from '../../domain/workshopSchema';
import { selectNotes, useWorkshop } from '../stores/workshopSelectors';

/** The notes of one phase, memoised on the notes list, so other edits cost nothing here. */
export function usePhaseNotes(phase: PhaseId): StickyNote[] {
  const notes = useWorkshop(selectNotes);
  return useMemo(() => notes.filter((n) => n.phase === phase), [notes, phase]);
}
