/**
 * The responsibility checks as the room reads them, on the console and the projector alike:
 * which kinds come first, which are serious, and the counted sentence a screen reader hears.
 */
import type { ResponsibilityProblemKind, ResponsibilityReport } from './checkResponsibilities';
import { countNoun, nounFor, type NounForms } from './countNoun';
import { NOUNS } from './labels';

/** Serious kinds first: two accountable teams or none break the model; the others are gaps to fill. */
const PROBLEM_ORDER: readonly ResponsibilityProblemKind[] = ['multipleAccountable', 'noAccountable', 'noResponsible', 'stageClaimedByBoth', 'stageWithoutActivities'];

const SERIOUS_KINDS: ReadonlySet<ResponsibilityProblemKind> = new Set(['multipleAccountable', 'noAccountable']);

export function isSerious(kind: ResponsibilityProblemKind): boolean {
  return SERIOUS_KINDS.has(kind);
}

/** What a count of each kind is a count of: "11 stages without activities". */
const PROBLEM_NOUNS = {
  noAccountable: { one: 'activity with no accountable team', other: 'activities with no accountable team' },
  multipleAccountable: { one: 'activity with more than one accountable team', other: 'activities with more than one accountable team' },
  noResponsible: { one: 'activity with nobody responsible', other: 'activities with nobody responsible' },
  stageWithoutActivities: { one: 'stage without activities', other: 'stages without activities' },
  stageClaimedByBoth: { one: 'stage claimed by two teams', other: 'stages claimed by two teams' },
} as const satisfies Record<ResponsibilityProblemKind, NounForms>;

interface CheckKindSummary {
  kind: ResponsibilityProblemKind;
  count: number;
  /** The noun that goes with the count, e.g. "activities with no accountable team". */
  noun: string;
  /** The count with its noun, e.g. "2 activities with no accountable team". */
  text: string;
  serious: boolean;
}

export interface CheckSummary {
  total: number;
  /** "All checks pass" or "3 problems". */
  headline: string;
  /** One sentence naming every kind found, for the live region. */
  spoken: string;
  kinds: CheckKindSummary[];
}

export function summarizeChecks(report: Pick<ResponsibilityReport, 'problems' | 'counts'>): CheckSummary {
  const total = report.problems.length;
  const kinds = PROBLEM_ORDER.filter((kind) => report.counts[kind] > 0).map((kind) => ({
    kind,
    count: report.counts[kind],
    noun: nounFor(report.counts[kind], PROBLEM_NOUNS[kind]),
    text: countNoun(report.counts[kind], PROBLEM_NOUNS[kind]),
    serious: isSerious(kind),
  }));
  if (total === 0) {
    return {
      total,
      headline: 'All checks pass',
      spoken: 'All checks pass: every activity has one accountable team and someone responsible, and every stage has activities and one lead.',
      kinds,
    };
  }
  const headline = countNoun(total, NOUNS.problem);
  return { total, headline, spoken: `${headline}: ${kinds.map((k) => k.text).join(', ')}.`, kinds };
}
