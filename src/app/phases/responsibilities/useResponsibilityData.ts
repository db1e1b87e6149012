/**
 * Narrow store selections for the Responsibilities phase and its projection, with the checks
 * and the swimlanes memoised on the identity of the lists they read (immer keeps unchanged
 * lists identical, so typing in Setup never re-runs them).
 */
import { useMemo } from 'react';
import { buildSwimlanes, type SwimlaneModel } from '../../../domain/buildSwimlanes';
import { checkResponsibilities, type ResponsibilityReport } from '../../../domain/checkResponsibilities';
import type { Activity, Handoff, Stage, Team, Workshop } from '../../../domain/workshopSchema';
import { useSessionStore } from '../../stores/sessionStore';

const NO_TEAMS: Team[] = [];
const NO_STAGES: Stage[] = [];
const NO_ACTIVITIES: Activity[] = [];
const NO_HANDOFFS: Handoff[] = [];

export interface ResponsibilityLists {
  teams: Team[];
  stages: Stage[];
  activities: Activity[];
  handoffs: Handoff[];
}

export function useResponsibilityLists(): ResponsibilityLists {
  const teams = useSessionStore((s) => s.snapshot?.workshop.teams ?? NO_TEAMS);
  const stages = useSessionStore((s) => s.snapshot?.workshop.stages ?? NO_STAGES);
  const activities = useSessionStore((s) => s.snapshot?.workshop.activities ?? NO_ACTIVITIES);
  const handoffs = useSessionStore((s) => s.snapshot?.workshop.handoffs ?? NO_HANDOFFS);
  return { teams, stages, activities, handoffs };
}

/** The selectors read only these lists; the rest of the workshop is not needed. */
function partialWorkshop({ teams, stages, activities, handoffs }: ResponsibilityLists): Workshop {
  return { teams, stages, activities, handoffs } as unknown as Workshop;
}

export function useResponsibilityReport({ teams, stages, activities }: ResponsibilityLists): ResponsibilityReport {
  return useMemo(() => checkResponsibilities(partialWorkshop({ teams, stages, activities, handoffs: NO_HANDOFFS })), [teams, stages, activities]);
}

export function useSwimlaneModel(lists: ResponsibilityLists): SwimlaneModel {
  const { teams, stages, activities, handoffs } = lists;
  return useMemo(() => buildSwimlanes(partialWorkshop({ teams, stages, activities, handoffs })), [teams, stages, activities, handoffs]);
}

/** Activities grouped by stage, in workshop order. */
export function useActivitiesByStage(activities: Activity[]): Map<string, Activity[]> {
  return useMemo(() => {
    const map = new Map<string, Activity[]>();
    for (const activity of activities) {
      const list = map.get(activity.stageId);
      if (list) list.push(activity);
      else map.set(activity.stageId, [activity]);
    }
    return map;
  }, [activities]);
}
