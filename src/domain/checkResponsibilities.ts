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

export function checkResponsibilities(workshop: Pick<Workshop, 'teams' | 'stages' | 'activities'>): ResponsibilityReport {
  const problems: ResponsibilityProblem[] = [];
  const teamName = new Map(workshop.teams.map((t) => [t.id, t.name]));
  const activitiesByStage = new Map<string, number>();
  for (const activity of workshop.activities) activitiesByStage.set(activity.stageId, (activitiesByStage.get(activity.stageId) ?? 0) + 1);
  const stageName = new Map(workshop.stages.map((s) => [s.id, displayName(s.name, 'stage')]));

  for (const stage of workshop.stages) {
    const name = stageName.get(stage.id)!;
    if (!activitiesByStage.get(stage.id)) {
      problems.push({ kind: 'stageWithoutActivities', stageId: stage.id, activityId: null, message: `${name} has no activities yet: what does each team do for the customer here?` });
    }
    if (!stage.leadShared && stage.leadClaims.length > 1) {
      const claimants = stage.leadClaims.map((id) => teamName.get(id) ?? id).join(' and ');
      problems.push({ kind: 'stageClaimedByBoth', stageId: stage.id, activityId: null, message: `${name} is claimed by ${claimants}: agree on one lead team, or mark it shared.` });
    }
  }

  for (const activity of workshop.activities) {
    const name = displayName(activity.name, 'activity');
    const where = stageName.get(activity.stageId) ?? 'its stage';
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
  }

  const counts: Record<ResponsibilityProblemKind, number> = { noAccountable: 0, multipleAccountable: 0, noResponsible: 0, stageWithoutActivities: 0, stageClaimedByBoth: 0 };
  const byStage = new Map<string, ResponsibilityProblem[]>();
  const byActivity = new Map<string, ResponsibilityProblem[]>();
  for (const problem of problems) {
    counts[problem.kind] += 1;
    byStage.set(problem.stageId, [...(byStage.get(problem.stageId) ?? []), problem]);
    if (problem.activityId) byActivity.set(problem.activityId, [...(byActivity.get(problem.activityId) ?? []), problem]);
  }
  return { problems, counts, byStage, byActivity };
}

/** The lead of a stage as the room reads it: one team, shared, contested, or not decided. */
export type StageLead = { kind: 'team'; teamId: string } | { kind: 'shared' } | { kind: 'contested'; teamIds: string[] } | { kind: 'none' };

export function stageLead(stage: Workshop['stages'][number]): StageLead {
  if (stage.leadShared) return { kind: 'shared' };
  if (stage.leadClaims.length === 1) return { kind: 'team', teamId: stage.leadClaims[0]! };
  if (stage.leadClaims.length > 1) return { kind: 'contested', teamIds: [...stage.leadClaims] };
  return { kind: 'none' };
}
