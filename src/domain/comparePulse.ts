/**
 * The pulse then and now, for a check-in months after the workshop: per statement, each team's
 * average in the signed workshop and in the check-in on the same 1–5 axis, and whether the gap
 * between the teams closed or opened. Statements and teams are matched by id (a check-in carries
 * them over), else by their text or name, so a statement reworded slightly reads as new.
 */
import { summarizePulse, type PulseRow } from './summarizePulse';
import type { Workshop } from './workshopSchema';

type PulseSource = Pick<Workshop, 'pulse' | 'participants' | 'teams'>;

/** What happened to the disagreement on one statement between the two days. */
type GapChange =
  /** The teams were a point or more apart, and no longer are. */
  | 'closed'
  /** They were not, and now are. */
  | 'opened'
  /** Still apart, by at least a quarter point less. */
  | 'narrowed'
  /** Still apart, by at least a quarter point more. */
  | 'widened'
  /** Much the same, or too little scored on one of the days to say. */
  | 'steady';

interface TeamThenAndNow {
  teamId: string;
  /** Average on the workshop day, or null when the team did not score this statement then. */
  then: number | null;
  now: number | null;
}

interface PulseComparisonRow {
  statementId: string;
  text: string;
  teams: TeamThenAndNow[];
  /**
   * Highest minus lowest team average on each day, over the teams that scored on both days when
   * there are two or more (else over each day's own teams); null with fewer than two teams scored.
   */
  gapThen: number | null;
  gapNow: number | null;
  change: GapChange;
}

export interface PulseComparison {
  rows: PulseComparisonRow[];
  closed: number;
  opened: number;
}

/** A change of gap smaller than this is noise from one or two scores. */
const MEANINGFUL_CHANGE = 0.25;

export function comparePulse(then: PulseSource, now: PulseSource): PulseComparison {
  const rowsThen = summarizePulse(then);
  const rowsNow = new Map(summarizePulse(now).map((row) => [row.statementId, row]));
  const nowByText = new Map(now.pulse.statements.map((s) => [normalized(s.text), s.id]));
  const teamNow = teamMatcher(then, now);

  const rows: PulseComparisonRow[] = [];
  // The check-in's statement order: the statements as they are asked now, the old ones matched to them.
  const thenByStatementNow = new Map<string, PulseRow>();
  for (const row of rowsThen) {
    const nowId = rowsNow.has(row.statementId) ? row.statementId : nowByText.get(normalized(row.text));
    if (nowId !== undefined) thenByStatementNow.set(nowId, row);
  }
  for (const statement of now.pulse.statements) {
    const before = thenByStatementNow.get(statement.id);
    const after = rowsNow.get(statement.id);
    const teams = now.teams.map((team) => ({
      teamId: team.id,
      then: before?.averages.find((a) => teamNow(a.teamId) === team.id)?.average ?? null,
      now: after?.averages.find((a) => a.teamId === team.id)?.average ?? null,
    }));
    // The gap is compared on the teams that scored on both days: a team that has not scored yet
    // today would otherwise make a gap look closed or opened that nobody re-measured. With fewer
    // than two such teams there is nothing to compare, and each day's own spread is shown.
    const onBothDays = teams.filter((t) => t.then !== null && t.now !== null);
    const comparable = onBothDays.length >= 2;
    const gapThen = spread((comparable ? onBothDays : teams).map((t) => t.then));
    const gapNow = spread((comparable ? onBothDays : teams).map((t) => t.now));
    const change = comparable ? changeOf(gapThen, gapNow) : 'steady';
    rows.push({ statementId: statement.id, text: statement.text, teams, gapThen, gapNow, change });
  }
  return { rows, closed: rows.filter((r) => r.change === 'closed').length, opened: rows.filter((r) => r.change === 'opened').length };
}

/** A gap of a whole point between two teams is worth talking about (as on the workshop day). */
const NOTABLE_GAP = 1;

function changeOf(gapThen: number | null, gapNow: number | null): GapChange {
  if (gapThen === null || gapNow === null) return 'steady';
  const wasApart = gapThen >= NOTABLE_GAP;
  const isApart = gapNow >= NOTABLE_GAP;
  if (wasApart && !isApart) return 'closed';
  if (!wasApart && isApart) return 'opened';
  if (isApart && gapThen - gapNow >= MEANINGFUL_CHANGE) return 'narrowed';
  if (isApart && gapNow - gapThen >= MEANINGFUL_CHANGE) return 'widened';
  return 'steady';
}

function spread(values: readonly (number | null)[]): number | null {
  const scored = values.filter((v): v is number => v !== null);
  return scored.length >= 2 ? Math.max(...scored) - Math.min(...scored) : null;
}

/** Maps a team id of the workshop day to the check-in's team: the same id, else the same name. */
function teamMatcher(then: PulseSource, now: PulseSource): (teamIdThen: string) => string | undefined {
  const idsNow = new Set(now.teams.map((t) => t.id));
  const nowByName = new Map(now.teams.map((t) => [normalized(t.name), t.id]));
  const nameThen = new Map(then.teams.map((t) => [t.id, normalized(t.name)]));
  return (teamIdThen) => (idsNow.has(teamIdThen) ? teamIdThen : nowByName.get(nameThen.get(teamIdThen) ?? ''));
}

const normalized = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
