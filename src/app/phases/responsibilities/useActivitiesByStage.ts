import { useMemo } from 'react';
import type { Activity } from '../../../domain/workshopSchema';

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
