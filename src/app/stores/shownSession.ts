/**
 * What a projector window shows of the session. Normally the mirror itself; while the room is
 * frozen, the session as it was when the freeze began (or as this window first saw it), so the
 * projections keep their picture while the console edits, and lay it out again at any window
 * size. The mirror underneath keeps following every change: going live shows the present.
 */
import { create } from 'zustand';
import { useSessionStore } from './sessionStore';

type SessionState = ReturnType<typeof useSessionStore.getState>;

export const useShownSessionStore = create<SessionState>(() => useSessionStore.getState());

const isFrozen = (state: SessionState) => state.snapshot?.workshop.room.screen === 'frozen';

let following = false;

/** Starts following the mirror, holding the picture while the room is frozen. Once per window. */
export function holdPictureWhileFrozen(): void {
  if (following) return;
  following = true;
  useShownSessionStore.setState(useSessionStore.getState(), true);
  useSessionStore.subscribe((state) => {
    const shown = useShownSessionStore.getState().snapshot;
    const sameWorkshop = shown !== null && shown.workshop.id === state.snapshot?.workshop.id;
    if (isFrozen(state) && sameWorkshop) return;
    useShownSessionStore.setState(state, true);
  });
}
