/**
 * The responsibility checks and the swimlane picture, derived from the mirrored workshop and
 * memoised on the identity of the lists they read (see workshopSelectors.ts). Apart from it, so
 * that the library page's first script carries none of it.
 */
import { buildSwimlanes } from '../../domain/buildSwimlanes';
import { createResponsibilityChecker } from '../../domain/checkResponsibilities';
import type { Workshop } from '../../domain/workshopSchema';
import { memoOnIdentity, selectActivities, selectHandoffs, selectStages, selectTeams, type SessionState } from './workshopSelectors';

// Re-words only the activities a patch changed (the rest keep their problems by object identity).
const check = createResponsibilityChecker();
const reportOf = memoOnIdentity((teams: Workshop['teams'], stages: Workshop['stages'], activities: Workshop['activities']) => check({ teams, stages, activities }));
export const selectResponsibilityReport = (s: SessionState) => reportOf(selectTeams(s), selectStages(s), selectActivities(s));

const swimlanesOf = memoOnIdentity((teams: Workshop['teams'], stages: Workshop['stages'], activities: Workshop['activities'], handoffs: Workshop['handoffs']) =>
  buildSwimlanes({ teams, stages, activities, handoffs }),
);
export const selectSwimlaneModel = (s: SessionState) => swimlanesOf(selectTeams(s), selectStages(s), selectActivities(s), selectHandoffs(s));
