/** Pulse results per team, side by side, with the statements the teams disagree on most first. */
import type { Workshop } from './workshopSchema';

export interface PulseRow {
  statementId: string;
  text: string;
  /** Average score per team id (teams with no scores for this statement are left out). */
  averages: { teamId: string; average: number; count: number }[];
  /** Highest minus lowest team average; 0 with fewer than two teams scored. */
  gap: number;
  /** Two or more teams scored it and they are a whole point or more apart: worth talking about. */
  notable: boolean;
}

/** A gap this wide between two teams is worth talking about. */
const NOTABLE_GAP = 1;

export function summarizePulse(workshop: Pick<Workshop, 'pulse' | 'participants' | 'teams'>): PulseRow[] {
  const teamOf = new Map(workshop.participants.map((p) => [p.id, p.teamId]));
  const sums = new Map<string, Map<string, { total: number; count: number }>>();
  for (const score of workshop.pulse.scores) {
    const teamId = teamOf.get(score.participantId);
    if (!teamId) continue;
    const perTeam = sums.get(score.statementId) ?? new Map();
    const entry = perTeam.get(teamId) ?? { total: 0, count: 0 };
    entry.total += score.score;
    entry.count += 1;
    perTeam.set(teamId, entry);
    sums.set(score.statementId, perTeam);
  }
  const rows = workshop.pulse.statements.map((statement, order) => {
    const perTeam = sums.get(statement.id) ?? new Map<string, { total: number; count: number }>();
    const averages = workshop.teams
      .filter((team) => perTeam.has(team.id))
      .map((team) => {
        const { total, count } = perTeam.get(team.id)!;
        return { teamId: team.id, average: total / count, count };
      });
    const values = averages.map((a) => a.average);
    const gap = values.length >= 2 ? Math.max(...values) - Math.min(...values) : 0;
    return { row: { statementId: statement.id, text: statement.text, averages, gap, notable: values.length >= 2 && gap >= NOTABLE_GAP }, order };
  });
  // Biggest gaps first; equal gaps keep the facilitator's statement order.
  return rows.sort((a, b) => b.row.gap - a.row.gap || a.order - b.order).map((r) => r.row);
}
