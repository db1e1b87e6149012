/**
 * Keeps a text field responsive while its value round-trips through the host. The field is
 * uncontrolled: what is typed stays in the DOM, so a keystroke runs no React render (a
 * controlled field re-renders its owner and rewrites the field's default text on every key,
 * which also costs the browser a relayout before the key can show). The field follows the
 * host's value whenever the change is not one of ours (undo, redo, another window), and takes
 * the host's value when it settles: on blur, or when the host refused an edit while the field is
 * not focused (a focused field keeps what is typed until then). Without the in-flight
 * bookkeeping the caret would jump whenever an echo lands mid-typing.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { paintBeforeEcho } from '../stores/paintBeforeEcho';

type TextField = HTMLInputElement | HTMLTextAreaElement;

/**
 * `commit` resolves to whether the host applied the value; `onShown` hears every value the
 * field comes to show, typed or set from the host (a length counter follows it).
 */
export function useDraftValue<Field extends TextField>(hostValue: string, commit: (value: string) => Promise<boolean> | void, onShown?: (value: string) => void) {
  const field = useRef<Field>(null);
  // Given to React once: afterwards the DOM holds the value, and this hook writes the host's changes into it.
  const [initialValue] = useState(hostValue);
  /** Values sent and not yet echoed back, oldest first. */
  const inFlight = useRef<string[]>([]);
  const focused = useRef(false);
  const latestHostValue = useRef(hostValue);
  latestHostValue.current = hostValue;
  const latestOnShown = useRef(onShown);
  latestOnShown.current = onShown;

  const show = (value: string) => {
    const element = field.current;
    if (!element || element.value === value) return;
    element.value = value;
    latestOnShown.current?.(value);
  };

  // A layout effect: the host's value is in the DOM before the frame that follows its patch.
  useLayoutEffect(() => {
    const echoed = inFlight.current.indexOf(hostValue);
    if (echoed >= 0) {
      inFlight.current.splice(0, echoed + 1);
      return;
    }
    // Not one of ours (undo, redo, another window): the host's value wins.
    inFlight.current = [];
    show(hostValue);
  }, [hostValue]);

  const settleIfIdle = () => {
    if (inFlight.current.length === 0 && !focused.current) show(latestHostValue.current);
  };

  return {
    ref: field,
    defaultValue: initialValue,
    onChange: (value: string) => {
      paintBeforeEcho();
      inFlight.current.push(value);
      latestOnShown.current?.(value);
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
