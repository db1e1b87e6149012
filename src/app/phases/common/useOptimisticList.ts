/**
 * For values sent whole with `updateItem` (nested arrays such as lead definitions or criteria):
 * while edits are in flight, the next edit builds on the last value sent, not on the host's
 * older echo, so quick typing across fields never overwrites an edit that has not come back yet.
 */
import { useRef } from 'react';

export function useOptimisticValue<T>(value: T) {
  const state = useRef({ latest: value, seen: value, pending: 0 }).current;
  if (value !== state.seen) {
    state.seen = value;
    if (state.pending === 0) state.latest = value;
  }
  return {
    /** The value to build the next edit on. */
    current: (): T => state.latest,
    /** Sends a whole new value through `dispatch` and remembers it until the host has answered. */
    send: (next: T, dispatch: (next: T) => Promise<boolean> | void): Promise<boolean> | void => {
      state.latest = next;
      const result = dispatch(next);
      if (result) {
        state.pending++;
        void result.finally(() => {
          state.pending--;
          if (state.pending === 0) state.latest = state.seen;
        });
      }
      return result;
    },
  };
}
