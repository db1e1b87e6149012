/**
 * Gentle warnings on goals and incentives, where the articles warn: no number both teams
 * own, or every reward tied to the other team's results.
 */
import type { Workshop } from './workshopSchema';

export type GoalHintKind = 'noSharedGoal' | 'allIncentivesShared';

export interface GoalHint {
  kind: GoalHintKind;
  message: string;
}

export const GOAL_HINT_MESSAGES = {
  noSharedGoal: 'There is no shared goal yet. Teams pull the same way when at least one number belongs to both of them.',
  allIncentivesShared:
    'Every incentive here is shared. The articles warn against tying all of one team’s rewards to the other’s results: keep some individual incentives too.',
} as const satisfies Record<GoalHintKind, string>;

export function goalHints(workshop: Pick<Workshop, 'goals' | 'incentives'>): GoalHint[] {
  const { goals, incentives } = workshop;
  const hints: GoalHint[] = [];
  if ((goals.length > 0 || incentives.length > 0) && !goals.some((g) => g.kind === 'shared')) hints.push({ kind: 'noSharedGoal', message: GOAL_HINT_MESSAGES.noSharedGoal });
  if (incentives.length > 0 && incentives.every((i) => i.kind === 'shared')) hints.push({ kind: 'allIncentivesShared', message: GOAL_HINT_MESSAGES.allIncentivesShared });
  return hints;
}
