/**
 * Where the room's first hand-off most likely sits: from the last marketing-led stage before
 * the first sales-led one, marketing to sales. Falls back gracefully when stages have no lead.
 */
import type { Stage, Team } from '../../../domain/workshopSchema';

export interface HandoffRoute {
  fromStageId: string;
  toStageId: string;
  fromTeamId: string;
  toTeamId: string;
}

export function suggestHandoffRoute(stages: readonly Stage[], teams: readonly Team[]): HandoffRoute | null {
  if (stages.length === 0 || teams.length === 0) return null;
  const marketing = teams.find((t) => t.kind === 'marketing') ?? teams[0]!;
  const sales = teams.find((t) => t.kind === 'sales') ?? teams.find((t) => t.id !== marketing.id) ?? marketing;
  const claims = (stage: Stage, team: Team) => stage.leadClaims.includes(team.id);

  let to = stages.findIndex((s, i) => i > 0 && claims(s, sales) && stages.slice(0, i).some((earlier) => claims(earlier, marketing)));
  let from = -1;
  if (to > 0) {
    for (let i = to - 1; i >= 0; i--) {
      if (claims(stages[i]!, marketing)) {
        from = i;
        break;
      }
    }
  } else {
    // No marketing-led stage before a sales-led one: hand over after the last marketing-led stage.
    const lastMarketing = stages.findLastIndex((s) => claims(s, marketing));
    from = lastMarketing >= 0 && lastMarketing < stages.length - 1 ? lastMarketing : 0;
    to = Math.min(from + 1, stages.length - 1);
  }
  return { fromStageId: stages[from]!.id, toStageId: stages[to]!.id, fromTeamId: marketing.id, toTeamId: sales.id };
}
