/**
 * What the facilitator is discussing (room.focus: the stage, the Responsibilities view) and how
 * to change it. The console shows a change at once; the change is also a command, so the
 * projector shows the same and the console opens on it again (an unchanged value sends
 * nothing). A focus set elsewhere (the same workshop in another window) is taken over. A
 * read-only workshop takes no commands, so there the choice stays on this screen.
 */
import { useCallback, useEffect, useState } from 'react';
import type { RoomFocus } from '../../../domain/roomFocus';
import { dispatchCommand } from '../../stores/sessionStore';
import { selectRoomFocus, useWorkshop } from '../../stores/workshopSelectors';

export function useRoomFocus(readOnly: boolean): [RoomFocus, (change: Partial<RoomFocus>) => void] {
  const shared = useWorkshop(selectRoomFocus);
  const [local, setLocal] = useState<RoomFocus>(shared);
  useEffect(() => {
    if (!readOnly) setLocal(shared);
  }, [shared, readOnly]);
  const focus = useCallback(
    (change: Partial<RoomFocus>) => {
      setLocal((before) => ({ ...before, ...change }));
      if (!readOnly && Object.entries(change).some(([key, value]) => shared[key as keyof RoomFocus] !== value)) void dispatchCommand({ type: 'focusRoom', ...change });
    },
    [readOnly, shared],
  );
  return [local, focus];
}
