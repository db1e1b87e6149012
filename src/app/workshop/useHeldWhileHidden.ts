/**
 * The session as a kept phase reads it: the window's own store while the phase is shown; while
 * it is hidden, the session as it was when it was hidden. A hidden phase then renders nothing
 * however much the workshop changes, and shown again it catches up in the switch's own commit
 * (the layout effect runs before the frame is drawn), rendering only what changed meanwhile.
 */
import { useLayoutEffect, useState } from 'react';
import { create } from 'zustand';
import { useWorkshopSource } from '../stores/workshopSelectors';

export function useHeldWhileHidden(shown: boolean): ReturnType<typeof useWorkshopSource> {
  const live = useWorkshopSource();
  const [held] = useState(() => create(() => live.getState()));
  useLayoutEffect(() => {
    if (!shown) return;
    held.setState(live.getState(), true);
    return live.subscribe((state) => held.setState(state, true));
  }, [shown, live, held]);
  return held;
}
