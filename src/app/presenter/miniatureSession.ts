/**
 * What the console's miniature of the projector reads: the session as the room sees it (held
 * while the room is frozen, as the projector window holds it: shownSession), passed on once the
 * console has been quiet for a moment, at an idle time, so that typing or flipping roles in the
 * console re-draws the small picture once per pause rather than once per change. Laying out a
 * projection at the window's size costs tens of milliseconds on a large workshop; done between
 * two keystrokes it would hold back the frame that shows the next one.
 */
import { create } from 'zustand';
import { holdPictureWhileFrozen, useShownSessionStore } from '../stores/shownSession';

/** How long the room's view must stay unchanged before the miniature follows it. */
const QUIET_MS = 250;
/** The longest the miniature then waits for an idle moment. */
const IDLE_TIMEOUT_MS = 1000;

export const useMiniatureStore = create(() => useShownSessionStore.getState());

let following = false;

const whenIdle = (run: () => void): (() => void) => {
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
  let quiet: ReturnType<typeof setTimeout> | null = null;
  let cancelIdle: (() => void) | null = null;
  useShownSessionStore.subscribe(() => {
    // Every change starts the wait again: the picture follows the pause, not each change.
    if (quiet !== null) clearTimeout(quiet);
    cancelIdle?.();
    cancelIdle = null;
    quiet = setTimeout(() => {
      quiet = null;
      cancelIdle = whenIdle(() => {
        cancelIdle = null;
        useMiniatureStore.setState(useShownSessionStore.getState(), true);
      });
    }, QUIET_MS);
  });
}
