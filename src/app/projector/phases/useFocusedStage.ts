/**
 * The stage the room reads about: the one the facilitator focused on the console (room.focus),
 * or the one they changed last, whichever happened later; null when neither names a stage that
 * exists (the projection then starts at the first). Without a focus this is the latest-edit
 * follow every earlier projector had.
 */
import { useEffect, useRef, useState } from 'react';
import type { Activity, Stage } from '../../../domain/workshopSchema';
import { selectRoomFocus, useWorkshop } from '../../stores/workshopSelectors';
import { stageOfLatestEdit } from './stageOfLatestEdit';

export function useFocusedStage(stages: readonly Stage[], activities: readonly Activity[]): string | null {
  const { stageId: focusedId } = useWorkshop(selectRoomFocus);
  const [followedId, setFollowedId] = useState<string | null>(focusedId);
  const previous = useRef({ stages, activities });
  useEffect(() => {
    const edited = stageOfLatestEdit(previous.current, { stages, activities });
    previous.current = { stages, activities };
    if (edited) setFollowedId(edited);
  }, [stages, activities]);
  useEffect(() => {
    if (focusedId !== null) setFollowedId(focusedId);
  }, [focusedId]);
  return followedId !== null && stages.some((s) => s.id === followedId) ? followedId : null;
}
