/**
 * Keeps a text input responsive while its value round-trips through the host: the input shows
 * the local draft while edits are in flight and follows the host's value otherwise (undo,
 * another window). Without this the caret jumps whenever a patch lands mid-typing.
 */
import { useEffect, useRef, useState } from 'react';
import { paintBeforeEcho } from '../stores/paintBeforeEcho';

/** `commit` resolves to whether the host applied the value. */
export function useDraftValue(hostValue: string, commit: (value: string) => Promise<boolean> | void) {
  const [draft, setDraft] = useState(hostValue);
  /** Values sent and not yet echoed back, oldest first. */
  const inFlight = useRef<string[]>([]);
  const focused = useRef(false);
  const latestHostValue = useRef(hostValue);
  latestHostValue.current = hostValue;

  useEffect(() => {
    const echoed = inFlight.current.indexOf(hostValue);
    if (echoed >= 0) {
      inFlight.current.splice(0, echoed + 1);
      return;
    }
    // Not one of ours (undo, redo, another window): the host's value wins.
    inFlight.current = [];
    setDraft(hostValue);
  }, [hostValue]);

  const settleIfIdle = () => {
    if (inFlight.current.length === 0 && !focused.current) setDraft(latestHostValue.current);
  };

  return {
    value: draft,
    onChange: (value: string) => {
      paintBeforeEcho();
      inFlight.current.push(value);
      setDraft(value);
      const result = commit(value);
      if (result) {
        void result.then((applied) => {
          if (applied) return;
          const at = inFlight.current.indexOf(value);
          if (at >= 0) inFlight.current.splice(at, 1);
          settleIfIdle();
        });
      }
    },
    onFocus: () => {
      focused.current = true;
    },
    onBlur: () => {
      focused.current = false;
      settleIfIdle();
    },
  };
}
