import type { Stage } from '../../../domain/workshopSchema';

/** A new, empty stage: the facilitator names it right away. */
export function blankStage(id: string, name = ''): Stage {
  return { id, name, customerGoal: '', customerQuestions: '', touchpoints: '', exitCriterion: '', measure: '', leadClaims: [], leadShared: false };
}
