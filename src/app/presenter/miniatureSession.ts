/**
 * What the console's miniature of the projector reads: the session as the room sees it (held
 * while the room is frozen, as the projector window holds it: shownSession), passed on at most
 * a few times a second, so that typing in the console re-draws the small picture once per
 * pause rather than once per key.
 */
import { create } from 'zustand';
import { holdPictureWhileFrozen, useShownSessionStore } from '../stores/shownSession';

/** The longest the miniature lags behind the room. */
const EVERY_MS = 250;

export const useMiniatureStore = create(() => useShownSessionStore.getState());

let following = false;

/** Starts following the room's view; once per window, on the miniature's first showing. */
export function followRoomView(): void {
  if (following) return;
  following = true;
  holdPictureWhileFrozen();
  useMiniatureStore.setState(useShownSessionStore.getState(), true);
  let pending: ReturnType<typeof setTimeout> | null = null;
  let lastAt = 0;
  useShownSessionStore.subscribe(() => {
    if (pending !== null) return;
    pending = setTimeout(
      () => {
        pending = null;
        lastAt = Date.now();
        useMiniatureStore.setState(useShownSessionStore.getState(), true);
      },
      Math.max(0, lastAt + EVERY_MS - Date.now()),
    );
  });
}
