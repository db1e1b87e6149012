/**
 * The words the Since last time views put on the check-in's numbers, shared by the console and
 * the projector: what each part of the action bar is, what a gap did, what was committed at a
 * hand-off and whether what happened kept it. Every colour on those views comes with these words.
 */
import type { CheckInComparison } from '../../../domain/compareCheckIn';
import { countNoun, nounFor } from '../../../domain/countNoun';
import { ACTION_OUTCOME_LABELS, NOUNS } from '../../../domain/labels';
import type { ActionOutcome, Handoff } from '../../../domain/workshopSchema';
import { formatScore } from '../pulse/usePulseSummary';

type Actions = CheckInComparison['actions'];
type Commitment = CheckInComparison['commitments']['rows'][number];
type Measure = Commitment['measures'][number];
type PulseRow = CheckInComparison['sinceLastTime']['rows'][number];

/** A part of the action bar: an outcome, or the actions the room has not talked about yet. */
export type ShareKind = ActionOutcome | 'unreviewed';

export interface ShareSegment {
  kind: ShareKind;
  label: string;
  count: number;
  /** Of the actions agreed last time, 0–1. */
  share: number;
}

/** The bar's parts in reading order (done first, not yet reviewed last), empty ones left out. */
export function shareSegments(actions: Pick<Actions, 'agreed' | 'counts' | 'unreviewed'>): ShareSegment[] {
  if (actions.agreed === 0) return [];
  const outcomes = (Object.keys(ACTION_OUTCOME_LABELS) as ActionOutcome[]).map((kind) => ({ kind, label: ACTION_OUTCOME_LABELS[kind], count: actions.counts[kind] }));
  return [...outcomes, { kind: 'unreviewed' as const, label: 'Not reviewed', count: actions.unreviewed }]
    .filter((segment) => segment.count > 0)
    .map((segment) => ({ ...segment, share: segment.count / actions.agreed }));
}

export type Verdict = Measure['verdict'];

export const VERDICT_LABELS = { met: 'Met', missed: 'Missed', notRecorded: 'Not recorded' } as const satisfies Record<Verdict, string>;

/** What the teams promised at a hand-off, as a phrase: "follow-up within 24 business hours". */
export function measureLabel(measure: Measure['measure'], period: Handoff['volumePeriod']): string {
  switch (measure) {
    case 'followUpHours':
      return 'Follow-up within';
    case 'followUpAttempts':
      return 'Follow-up attempts';
    case 'volumePerPeriod':
      return `Leads per ${period}`;
  }
}

const UNITS = { followUpHours: NOUNS.businessHour, followUpAttempts: NOUNS.attempt, volumePerPeriod: { one: 'lead', other: 'leads' } } as const;

/** The unit after a number of this measure: "business hours", "attempts", "leads". */
export function measureUnit(measure: Measure['measure'], value: number): string {
  return nounFor(value, UNITS[measure]);
}

/**
 * By how much what happened differs from what was committed, in the measure's own terms:
 * "12 hours slower", "11 leads more", "2 attempts fewer", "exactly as committed"; empty when
 * nothing is recorded.
 */
export function verdictDetail({ measure, committed, actual }: Measure): string {
  if (actual === null) return '';
  const difference = Math.abs(actual - committed);
  if (difference === 0) return 'exactly as committed';
  if (measure === 'followUpHours') return `${countNoun(difference, { one: 'hour', other: 'hours' })} ${actual > committed ? 'slower' : 'faster'}`;
  return `${countNoun(difference, UNITS[measure])} ${actual > committed ? 'more' : 'fewer'}`;
}

/** "1 met · 2 missed · 1 not recorded", the parts with nothing in them left out. */
export function commitmentsTally(commitments: Pick<CheckInComparison['commitments'], 'met' | 'missed' | 'notRecorded'>): { verdict: Verdict; count: number; text: string }[] {
  return (['met', 'missed', 'notRecorded'] as const)
    .filter((verdict) => commitments[verdict] > 0)
    .map((verdict) => ({ verdict, count: commitments[verdict], text: `${commitments[verdict]} ${VERDICT_LABELS[verdict].toLowerCase()}` }));
}

/** What the gap between the teams did since last time, as a short phrase with the numbers. */
export function gapChangeWords(row: Pick<PulseRow, 'change' | 'gapThen' | 'gapNow'>): string {
  const { gapThen, gapNow } = row;
  if (gapThen === null || gapNow === null) return gapNow === null ? 'Not scored by two teams yet' : 'New: not scored by two teams last time';
  const numbers = `${formatScore(gapThen)} → ${formatScore(gapNow)}`;
  switch (row.change) {
    case 'closed':
      return `Gap closed ${numbers}`;
    case 'opened':
      return `Gap opened ${numbers}`;
    case 'narrowed':
      return `Gap narrowed ${numbers}`;
    case 'widened':
      return `Gap widened ${numbers}`;
    case 'steady':
      return `Gap about the same ${numbers}`;
  }
}

/** A team's average on one day, or a dash when it did not score the statement. */
export function scoreOrDash(value: number | null): string {
  return value === null ? '–' : formatScore(value);
}
