/** Goals as the room reads them: the shared goals, and each team's own metrics under its team. */
import type { Workshop } from './workshopSchema';

type Goal = Workshop['goals'][number];
type Team = Workshop['teams'][number];

export interface GoalGroups {
  shared: Goal[];
  teamMetrics: Goal[];
  /** Team metrics under each team that owns some, in team order. */
  byTeam: { team: Team; metrics: Goal[] }[];
  /** Team metrics nobody owns yet. */
  unowned: Goal[];
}

export function groupGoals(workshop: Pick<Workshop, 'goals' | 'teams'>): GoalGroups {
  const shared = workshop.goals.filter((g) => g.kind === 'shared');
  const teamMetrics = workshop.goals.filter((g) => g.kind === 'team');
  const byTeam = workshop.teams
    .map((team) => ({ team, metrics: teamMetrics.filter((g) => g.ownerTeamIds.includes(team.id)) }))
    .filter((group) => group.metrics.length > 0);
  return { shared, teamMetrics, byTeam, unowned: teamMetrics.filter((g) => g.ownerTeamIds.length === 0) };
}
