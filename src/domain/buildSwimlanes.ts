/**
 * The swimlane picture: one lane per team, the stages as columns, each cell the team's
 * activities there with its role letters, and hand-off markers between columns (from the
 * agreed hand-offs, including hand-backs such as recycling).
 */
import { stageLead, type StageLead } from './checkResponsibilities';
import { RACI_ROLE_ORDER } from './labels';
import type { RaciRole, Team, Workshop } from './workshopSchema';

export interface SwimlaneCell {
  stageId: string;
  activities: { activityId: string; name: string; roles: RaciRole[] }[];
}

interface Swimlane {
  team: Team;
  cells: SwimlaneCell[];
}

export interface SwimlaneHandoff {
  handoffId: string;
  kind: 'handoff' | 'handback';
  fromStageIndex: number;
  toStageIndex: number;
  fromTeamId: string;
  toTeamId: string;
  /** The short name of the lead definition that triggers it, e.g. "MQL". */
  label: string;
}

export interface SwimlaneModel {
  stages: { stageId: string; name: string; lead: StageLead }[];
  lanes: Swimlane[];
  handoffs: SwimlaneHandoff[];
}

export function buildSwimlanes(workshop: Pick<Workshop, 'teams' | 'stages' | 'activities' | 'handoffs'>): SwimlaneModel {
  const stageIndex = new Map(workshop.stages.map((s, i) => [s.id, i]));
  const involved = new Set<string>();
  for (const activity of workshop.activities) for (const role of activity.roles) involved.add(role.teamId);
  for (const stage of workshop.stages) for (const teamId of stage.leadClaims) involved.add(teamId);
  for (const handoff of workshop.handoffs) involved.add(handoff.fromTeamId).add(handoff.toTeamId);

  // Every team with a part, in the workshop's team order; marketing and sales always show.
  const teams = workshop.teams.filter((t) => involved.has(t.id) || t.kind === 'marketing' || t.kind === 'sales');
  const lanes: Swimlane[] = teams.map((team) => ({
    team,
    cells: workshop.stages.map((stage) => ({ stageId: stage.id, activities: [] })),
  }));
  const laneByTeam = new Map(lanes.map((lane) => [lane.team.id, lane]));
  for (const activity of workshop.activities) {
    const column = stageIndex.get(activity.stageId);
    if (column === undefined) continue;
    const rolesByTeam = new Map<string, Set<RaciRole>>();
    for (const role of activity.roles) rolesByTeam.set(role.teamId, (rolesByTeam.get(role.teamId) ?? new Set()).add(role.role));
    for (const [teamId, roles] of rolesByTeam) {
      laneByTeam.get(teamId)?.cells[column]!.activities.push({
        activityId: activity.id,
        name: activity.name,
        roles: RACI_ROLE_ORDER.filter((r) => roles.has(r)),
      });
    }
  }

  const handoffs: SwimlaneHandoff[] = [];
  for (const handoff of workshop.handoffs) {
    const from = stageIndex.get(handoff.fromStageId);
    const to = stageIndex.get(handoff.toStageId);
    if (from === undefined || to === undefined) continue;
    const first = handoff.leadDefinitions[0];
    handoffs.push({
      handoffId: handoff.id,
      kind: handoff.kind,
      fromStageIndex: from,
      toStageIndex: to,
      fromTeamId: handoff.fromTeamId,
      toTeamId: handoff.toTeamId,
      label: first ? first.shortName || first.name : handoff.kind === 'handback' ? 'Hand-back' : 'Hand-off',
    });
  }

  return {
    stages: workshop.stages.map((s) => ({ stageId: s.id, name: s.name, lead: stageLead(s) })),
    lanes,
    handoffs,
  };
}
