/**
 * The live responsibility checks the room sees on the projector: every activity needs
 * exactly one accountable team and someone responsible; every stage needs activities and a
 * lead that is not claimed by two teams at once. Pure and cheap: run on every change.
 */
import { displayName } from './displayNames';
import type { Workshop } from './workshopSchema';

export type ResponsibilityProblemKind =
  | 'noAccountable'
  | 'multipleAccountable'
  | 'noResponsible'
  | 'stageWithoutActivities'
  | 'stageClaimedByBoth';

export interface ResponsibilityProblem {
  kind: ResponsibilityProblemKind;
  stageId: string;
  /** Set for problems of one activity. */
  activityId: string | null;
  /** A sentence for the room, naming the stage or activity. */
  message: string;
}

export interface ResponsibilityReport {
  problems: ResponsibilityProblem[];
  counts: Record<ResponsibilityProblemKind, number>;
  /** Problems per stage id and per activity id, to show each one where it is. */
  byStage: Map<string, ResponsibilityProblem[]>;
  byActivity: Map<string, ResponsibilityProblem[]>;
}

export const PROBLEM_LABELS = {
  noAccountable: 'No accountable team',
  multipleAccountable: 'More than one accountable team',
  noResponsible: 'Nobody responsible',
  stageWithoutActivities: 'Stage without activities',
  stageClaimedByBoth: 'Stage claimed by two teams',
} satisfies Record<ResponsibilityProblemKind, string>;

/** Checks a workshop from scratch. */
export function checkResponsibilities(workshop: Pick<Workshop, 'teams' | 'stages' | 'activities'>): ResponsibilityReport {
  const teamName = teamNames(workshop.teams);
  return report(workshop, teamName, (activity, where) => activityProblems(activity, where, teamName));
}

type Activity = Workshop['activities'][number];

/**
 * A checker that remembers each activity's problems by the activity object (immer keeps an
 * unchanged activity the same object), along with the stage name and team names they were
 * worded with: a toggle in one row re-words that row only, while the report stays exactly
 * what `checkResponsibilities` gives (test/domain/checkResponsibilities.test.ts holds them
 * together). What is left per call is a pass over the activities with no string building,
 * and none at all when only what the checks do not read changed (a stage's goal, say, typed
 * into on Buying process): the last report is given again, the same object.
 */
export function createResponsibilityChecker(): (workshop: Pick<Workshop, 'teams' | 'stages' | 'activities'>) => ResponsibilityReport {
  const remembered = new WeakMap<Activity, { where: string; teamName: Map<string, string>; problems: ResponsibilityProblem[] }>();
  let teams: Workshop['teams'] | null = null;
  let teamName = new Map<string, string>();
  let last: { workshop: Pick<Workshop, 'teams' | 'stages' | 'activities'>; report: ResponsibilityReport } | null = null;
  return (workshop) => {
    if (last && last.workshop.teams === workshop.teams && last.workshop.activities === workshop.activities && sameAsChecked(last.workshop.stages, workshop.stages)) {
      last.workshop = workshop;
      return last.report;
    }
    if (workshop.teams !== teams) {
      teams = workshop.teams;
      teamName = teamNames(teams);
    }
    const result = report(workshop, teamName, (activity, where) => {
      let known = remembered.get(activity);
      if (!known || known.where !== where || known.teamName !== teamName) {
        known = { where, teamName, problems: activityProblems(activity, where, teamName) };
        remembered.set(activity, known);
      }
      return known.problems;
    });
    last = { workshop, report: result };
    return result;
  };
}

/** The same stages in the same order, as far as the checks read them: id, name and lead. */
function sameAsChecked(before: Workshop['stages'], after: Workshop['stages']): boolean {
  if (before === after) return true;
  if (before.length !== after.length) return false;
  return before.every((s, i) => {
    const t = after[i]!;
    return s === t || (s.id === t.id && s.name === t.name && s.leadShared === t.leadShared && s.leadClaims === t.leadClaims);
  });
}

const teamNames = (teams: Workshop['teams']) => new Map(teams.map((t) => [t.id, t.name]));

/** Stage problems in stage order, then activity problems in activity order, counted and indexed. */
function report(
  workshop: Pick<Workshop, 'stages' | 'activities'>,
  teamName: Map<string, string>,
  problemsOf: (activity: Activity, where: string) => ResponsibilityProblem[],
): ResponsibilityReport {
  const problems: ResponsibilityProblem[] = [];
  const activitiesByStage = new Map<string, number>();
  for (const activity of workshop.activities) activitiesByStage.set(activity.stageId, (activitiesByStage.get(activity.stageId) ?? 0) + 1);
  const stageName = new Map(workshop.stages.map((s) => [s.id, displayName(s.name, 'stage')]));

  for (const stage of workshop.stages) problems.push(...stageProblems(stage, stageName.get(stage.id)!, activitiesByStage.get(stage.id) ?? 0, teamName));
  for (const activity of workshop.activities) {
    for (const problem of problemsOf(activity, stageName.get(activity.stageId) ?? 'its stage')) problems.push(problem);
  }

  const counts: Record<ResponsibilityProblemKind, number> = { noAccountable: 0, multipleAccountable: 0, noResponsible: 0, stageWithoutActivities: 0, stageClaimedByBoth: 0 };
  const byStage = new Map<string, ResponsibilityProblem[]>();
  const byActivity = new Map<string, ResponsibilityProblem[]>();
  for (const problem of problems) {
    counts[problem.kind] += 1;
    pushTo(byStage, problem.stageId, problem);
    if (problem.activityId) pushTo(byActivity, problem.activityId, problem);
  }
  return { problems, counts, byStage, byActivity };
}

function pushTo(map: Map<string, ResponsibilityProblem[]>, key: string, problem: ResponsibilityProblem): void {
  const list = map.get(key);
  if (list) list.push(problem);
  else map.set(key, [problem]);
}

function stageProblems(stage: Workshop['stages'][number], name: string, activityCount: number, teamName: Map<string, string>): ResponsibilityProblem[] {
  const problems: ResponsibilityProblem[] = [];
  if (activityCount === 0) {
    problems.push({ kind: 'stageWithoutActivities', stageId: stage.id, activityId: null, message: `${name} has no activities yet: what does each team do for the customer here?` });
  }
  if (!stage.leadShared && stage.leadClaims.length > 1) {
    const claimants = stage.leadClaims.map((id) => teamName.get(id) ?? id).join(' and ');
    problems.push({ kind: 'stageClaimedByBoth', stageId: stage.id, activityId: null, message: `${name} is claimed by ${claimants}: agree on one lead team, or mark it shared.` });
  }
  return problems;
}

function activityProblems(activity: Activity, where: string, teamName: Map<string, string>): ResponsibilityProblem[] {
  const problems: ResponsibilityProblem[] = [];
  const name = displayName(activity.name, 'activity');
  const accountable = new Set(activity.roles.filter((r) => r.role === 'A').map((r) => r.teamId));
  const responsible = activity.roles.some((r) => r.role === 'R');
  if (accountable.size === 0) {
    problems.push({ kind: 'noAccountable', stageId: activity.stageId, activityId: activity.id, message: `“${name}” (${where}) has no accountable team.` });
  } else if (accountable.size > 1) {
    const teams = [...accountable].map((id) => teamName.get(id) ?? id).join(' and ');
    problems.push({ kind: 'multipleAccountable', stageId: activity.stageId, activityId: activity.id, message: `“${name}” (${where}) has two accountable teams (${teams}); exactly one owns the outcome.` });
  }
  if (!responsible) {
    problems.push({ kind: 'noResponsible', stageId: activity.stageId, activityId: activity.id, message: `Nobody is responsible for “${name}” (${where}).` });
  }
  return problems;
}

/** The lead of a stage as the room reads it: one team, shared, contested, or not decided. */
export type StageLead = { kind: 'team'; teamId: string } | { kind: 'shared' } | { kind: 'contested'; teamIds: string[] } | { kind: 'none' };

export function stageLead(stage: Workshop['stages'][number]): StageLead {
  if (stage.leadShared) return { kind: 'shared' };
  if (stage.leadClaims.length === 1) return { kind: 'team', teamId: stage.leadClaims[0]! };
  if (stage.leadClaims.length > 1) return { kind: 'contested', teamIds: [...stage.leadClaims] };
  return { kind: 'none' };
}
