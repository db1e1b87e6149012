/**
 * Runs `apply` once the console pauses: `quietMs` after the last change and after the last key,
 * press or release in the console, then at an idle moment. A press restarts the wait because its
 * click comes with the release, about 100 ms later: work landing between the two would make the
 * click's frame wait for the display's next tick (Chromium aligns the next frame to it for a
 * while after any frame). A held key or a long press delays the picture until it ends.
 */

/** Schedules `run` at an idle moment; returns what cancels it. */
export type WhenIdle = (run: () => void) => () => void;

interface PauseFollowerOptions {
  quietMs: number;
  /** Where the console's keys and presses are heard (the window). */
  inputs: EventTarget;
  whenIdle: WhenIdle;
  apply: () => void;
}

export function followPauses({ quietMs, inputs, whenIdle, apply }: PauseFollowerOptions): { changed(): void } {
  let pending = false;
  let quiet: ReturnType<typeof setTimeout> | null = null;
  let cancelIdle: (() => void) | null = null;
  const wait = () => {
    if (quiet !== null) clearTimeout(quiet);
    cancelIdle?.();
    cancelIdle = null;
    quiet = setTimeout(() => {
      quiet = null;
      cancelIdle = whenIdle(() => {
        cancelIdle = null;
        pending = false;
        apply();
      });
    }, quietMs);
  };
  const onInput = () => {
    if (pending) wait();
  };
  for (const kind of ['keydown', 'pointerdown', 'pointerup', 'pointercancel']) inputs.addEventListener(kind, onInput, { capture: true, passive: true });
  return {
    changed() {
      pending = true;
      wait();
    },
  };
}
