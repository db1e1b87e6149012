/** The pulse summary for a workshop, recomputed only when scores, statements, people or teams change. */
import { useMemo } from 'react';
import { summarizePulse, type PulseRow } from '../../../domain/summarizePulse';
import type { Participant, Team, Workshop } from '../../../domain/workshopSchema';

export function usePulseSummary(pulse: Workshop['pulse'], participants: Participant[], teams: Team[]): PulseRow[] {
  return useMemo(() => summarizePulse({ pulse, participants, teams }), [pulse, participants, teams]);
}

/** "1.5", "0.3", "2.0": always one decimal, so the column of numbers lines up. */
export function formatScore(value: number): string {
  return (Math.round(value * 10) / 10).toFixed(1);
}
