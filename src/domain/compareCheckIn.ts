/**
 * A check-in's before and after, for the console, the projector and the charter alike: the
 * pulse per team on each earlier day and today (on the same 1–5 axis), the gaps that closed or
 * opened since last time, what became of the actions agreed last time, and whether each
 * hand-off met the numbers the teams committed to.
 */
import { comparePulse, type PulseComparison } from './comparePulse';
import type { Action, ActionOutcome, EarlierWorkshop, Handoff, Workshop } from './workshopSchema';

type CheckInSource = Pick<Workshop, 'checkIn' | 'pulse' | 'participants' | 'teams'>;

interface EarlierDay {
  workshopId: string;
  title: string;
  date: string;
  charterVersion: number;
}

interface TeamAcrossDays {
  teamId: string;
  /** One average per earlier day (oldest first), null where the team did not score the statement. */
  earlier: (number | null)[];
  now: number | null;
}

interface PulseAcrossDaysRow {
  statementId: string;
  text: string;
  teams: TeamAcrossDays[];
}

interface ActionVerdict {
  actionId: string;
  title: string;
  ownerName: string;
  /** The owner's team then, for its colour and name; null without an owner. */
  ownerTeamId: string | null;
  due: string;
  /** The status the action had in the signed charter. */
  statusWhenSigned: Action['status'];
  /** Null until the room has said. */
  outcome: ActionOutcome | null;
  reason: string;
}

interface ActionSummary {
  agreed: number;
  counts: Record<ActionOutcome, number>;
  unreviewed: number;
  /** Done as a share of the actions agreed last time (0–1); null when none were agreed. */
  shareDone: number | null;
  rows: ActionVerdict[];
}

type CommitmentMeasure = 'followUpHours' | 'followUpAttempts' | 'volumePerPeriod';
type Verdict = 'met' | 'missed' | 'notRecorded';

interface MeasureResult {
  measure: CommitmentMeasure;
  committed: number;
  actual: number | null;
  verdict: Verdict;
}

interface CommitmentRow {
  handoffId: string;
  kind: Handoff['kind'];
  fromTeamId: string;
  toTeamId: string;
  fromStageId: string;
  toStageId: string;
  volumePeriod: Handoff['volumePeriod'];
  measures: MeasureResult[];
  note: string;
}

export interface CheckInComparison {
  earlier: EarlierDay[];
  /** Last time against today, with the gaps that closed or opened. */
  sinceLastTime: PulseComparison;
  /** Every earlier day against today, per statement and team (a series of three or more shows its whole course). */
  pulseAcrossDays: PulseAcrossDaysRow[];
  actions: ActionSummary;
  commitments: { rows: CommitmentRow[]; met: number; missed: number; notRecorded: number };
}

/** Null for a first workshop: there is nothing before to compare with. */
export function compareCheckIn(workshop: CheckInSource): CheckInComparison | null {
  const checkIn = workshop.checkIn;
  if (checkIn === null) return null;
  const previous = checkIn.earlier.at(-1)!;
  const perDay = checkIn.earlier.map((day) => comparePulse(day, workshop));
  const sinceLastTime = perDay.at(-1)!;
  return {
    earlier: checkIn.earlier.map(({ workshopId, title, date, charterVersion }) => ({ workshopId, title, date, charterVersion })),
    sinceLastTime,
    pulseAcrossDays: sinceLastTime.rows.map((row, index) => ({
      statementId: row.statementId,
      text: row.text,
      teams: row.teams.map((team, t) => ({ teamId: team.teamId, earlier: perDay.map((day) => day.rows[index]!.teams[t]!.then), now: team.now })),
    })),
    actions: summarizeActions(previous, checkIn.actionReviews),
    commitments: summarizeCommitments(previous, checkIn.commitmentResults),
  };
}

function summarizeActions(previous: EarlierWorkshop, reviews: NonNullable<Workshop['checkIn']>['actionReviews']): ActionSummary {
  const byAction = new Map(reviews.map((review) => [review.actionId, review]));
  const people = new Map(previous.participants.map((p) => [p.id, p]));
  const rows = previous.actions.map((action): ActionVerdict => {
    const review = byAction.get(action.id);
    const owner = action.ownerParticipantId === null ? undefined : people.get(action.ownerParticipantId);
    return {
      actionId: action.id,
      title: action.title,
      ownerName: owner?.name ?? '',
      ownerTeamId: owner?.teamId ?? null,
      due: action.due,
      statusWhenSigned: action.status,
      outcome: review?.outcome ?? null,
      reason: review?.reason ?? '',
    };
  });
  const counts: Record<ActionOutcome, number> = { done: 0, late: 0, dropped: 0, open: 0 };
  for (const row of rows) if (row.outcome !== null) counts[row.outcome] += 1;
  return {
    agreed: rows.length,
    counts,
    unreviewed: rows.filter((row) => row.outcome === null).length,
    shareDone: rows.length === 0 ? null : counts.done / rows.length,
    rows,
  };
}

/** Whether a number that actually happened keeps a commitment: follow-up within the hours, at least the attempts and the volume. */
const KEEPS: Record<CommitmentMeasure, (actual: number, committed: number) => boolean> = {
  followUpHours: (actual, committed) => actual <= committed,
  followUpAttempts: (actual, committed) => actual >= committed,
  volumePerPeriod: (actual, committed) => actual >= committed,
};
const MEASURES = Object.keys(KEEPS) as CommitmentMeasure[];

function summarizeCommitments(previous: EarlierWorkshop, results: NonNullable<Workshop['checkIn']>['commitmentResults']) {
  const byHandoff = new Map(results.map((result) => [result.handoffId, result]));
  const rows: CommitmentRow[] = previous.handoffs
    .filter((handoff) => MEASURES.some((measure) => handoff[measure] !== null))
    .map((handoff) => {
      const result = byHandoff.get(handoff.id);
      const measures = MEASURES.flatMap((measure): MeasureResult[] => {
        const committed = handoff[measure];
        if (committed === null) return [];
        const actual = result?.[measure] ?? null;
        return [{ measure, committed, actual, verdict: actual === null ? 'notRecorded' : KEEPS[measure](actual, committed) ? 'met' : 'missed' }];
      });
      const { id, kind, fromTeamId, toTeamId, fromStageId, toStageId, volumePeriod } = handoff;
      return { handoffId: id, kind, fromTeamId, toTeamId, fromStageId, toStageId, volumePeriod, measures, note: result?.note ?? '' };
    });
  const all = rows.flatMap((row) => row.measures);
  const tally = (verdict: Verdict) => all.filter((m) => m.verdict === verdict).length;
  return { rows, met: tally('met'), missed: tally('missed'), notRecorded: tally('notRecorded') };
}

type PulseComparisonRow = PulseComparison['rows'][number];

/**
 * How far a statement moved between last time and today: the larger of the change of the gap
 * between the teams and the largest change of one team's average. Null when no team scored it
 * on both days (nothing to compare).
 */
export function pulseMovement(row: PulseComparisonRow): number | null {
  const shifts = row.teams.flatMap((team) => (team.then !== null && team.now !== null ? [Math.abs(team.now - team.then)] : []));
  if (shifts.length === 0) return null;
  const gapShift = row.gapThen !== null && row.gapNow !== null ? Math.abs(row.gapNow - row.gapThen) : 0;
  return Math.max(gapShift, ...shifts);
}

/** The statements that moved most first; those with nothing to compare last; ties in the order they are asked. */
export function largestChangeFirst(rows: readonly PulseComparisonRow[]): PulseComparisonRow[] {
  return rows
    .map((row, index) => ({ row, index, movement: pulseMovement(row) ?? -1 }))
    .sort((a, b) => b.movement - a.movement || a.index - b.index)
    .map(({ row }) => row);
}
