/**
 * What the console's miniature of the projector reads: the session as the room sees it (held
 * while the room is frozen, as the projector window holds it: shownSession), passed on once the
 * console has been quiet for a moment (no change, no key or press), at an idle time, so that
 * typing or flipping roles in the console re-draws the small picture once per pause rather than
 * once per change (followPauses). Laying out a projection at the window's size costs tens of
 * milliseconds on a large workshop; done between two keystrokes it would hold back the frame
 * that shows the next one.
 */
import { create } from 'zustand';
import { holdPictureWhileFrozen, useShownSessionStore } from '../stores/shownSession';
import { followPauses, type WhenIdle } from './followPauses';

/** How long the room's view must stay unchanged, and the console unused, before the miniature follows it. */
const QUIET_MS = 250;
/** The longest the miniature then waits for an idle moment. */
const IDLE_TIMEOUT_MS = 1000;

export const useMiniatureStore = create(() => useShownSessionStore.getState());

let following = false;

const whenIdle: WhenIdle = (run) => {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(run, 0);
    return () => clearTimeout(timer);
  }
  const handle = requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
  return () => cancelIdleCallback(handle);
};

/** Starts following the room's view; once per window, on the miniature's first showing. */
export function followRoomView(): void {
  if (following) return;
  following = true;
  holdPictureWhileFrozen();
  useMiniatureStore.setState(useShownSessionStore.getState(), true);
  // Every change starts the wait again: the picture follows the pause, not each change.
  const follower = followPauses({ quietMs: QUIET_MS, inputs: window, whenIdle, apply: () => useMiniatureStore.setState(useShownSessionStore.getState(), true) });
  useShownSessionStore.subscribe(() => follower.changed());
}
