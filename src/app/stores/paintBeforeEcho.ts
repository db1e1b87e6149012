/**
 * Paint first, then the host's echo. A typed character or a flipped toggle shows in the frame
 * right after the input: the draft and the optimistic flip are local state. The host's patch for
 * the same edit comes back a few milliseconds later, usually before that frame is drawn, and a
 * store update renders synchronously (useSyncExternalStore): applied at once, it re-renders the
 * phase and the frame that shows the key waits for it. So while a local change waits for its
 * first paint, session events wait too, in order, and are applied right after that paint.
 */

/** A hidden window draws no frames: events are never held longer than this. */
export const ECHO_HOLD_LIMIT_MS = 100;

/** The hold in force (0: none); each hold has its own number, so an earlier one's timers cannot end a later one. */
let holding = 0;
let lastHold = 0;
const held: (() => void)[] = [];

function release(hold: number): void {
  if (holding !== hold) return;
  holding = 0;
  for (const apply of held.splice(0)) {
    try {
      apply();
    } catch (error) {
      // One event that fails to apply must not drop the ones after it.
      reportError(error);
    }
  }
}

/** Called where a change is shown ahead of the host (a draft, an optimistic toggle), during the input. */
export function paintBeforeEcho(): void {
  if (holding) return;
  const hold = (holding = ++lastHold);
  // A task queued from a frame callback runs once that frame has been drawn.
  requestAnimationFrame(() => setTimeout(() => release(hold), 0));
  setTimeout(() => release(hold), ECHO_HOLD_LIMIT_MS);
}

/** Runs `apply` now, or right after the paint a local change waits for. */
export function afterLocalPaint(apply: () => void): void {
  if (holding) held.push(apply);
  else apply();
}

/**
 * Resolves once the events held at this moment have been applied (at once when none are). The
 * host sends an edit's patch before its answer: a caller awaiting the answer, then this, finds
 * the store as the host left it, as it did before events were held.
 */
export function echoesApplied(): Promise<void> {
  return new Promise((resolve) => afterLocalPaint(resolve));
}
