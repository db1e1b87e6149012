/**
 * A field's length limit made visible: a quiet "n/limit" counter once the text is near the
 * limit, and a plain message when typing or pasting was cut at it (the browser's maxLength
 * drops the rest without a word). The field tells it each value it shows (`follow`); it
 * re-renders only when what it shows changes, so typing far from the limit renders nothing.
 */
import { useId, useState, type ClipboardEvent, type InputEvent, type ReactNode } from 'react';

/** The counter appears from this share of the limit on. */
const NEAR = 0.9;

type TextControl = HTMLInputElement | HTMLTextAreaElement;

/** Only the first render's `initialValue` is read; `follow` keeps the counter in step afterwards. */
export function useLengthLimit(initialValue: string, maxLength: number | undefined) {
  const id = useId();
  const nearFrom = maxLength === undefined ? Infinity : Math.floor(maxLength * NEAR);
  /** The length the counter shows; null while the text is not near the limit. */
  const lengthNear = (value: string) => (value.length >= nearFrom ? value.length : null);
  const [shownLength, setShownLength] = useState(() => lengthNear(initialValue));
  const [cut, setCut] = useState(false);
  const follow = (value: string) => setShownLength(lengthNear(value));
  if (maxLength === undefined) return { handlers: {}, hint: null as ReactNode, describedBy: undefined, follow };

  /** Whether inserting `text` over the current selection goes past the limit. */
  const overflows = (control: TextControl, text: string) => {
    const selected = (control.selectionEnd ?? 0) - (control.selectionStart ?? 0);
    return control.value.length - selected + text.length > maxLength;
  };
  const handlers = {
    onPaste: (event: ClipboardEvent<TextControl>) => setCut(overflows(event.currentTarget, event.clipboardData.getData('text'))),
    onBeforeInput: (event: InputEvent<TextControl>) => setCut(overflows(event.currentTarget, event.data ?? '')),
  };
  const showCut = cut && shownLength !== null && shownLength >= maxLength;
  const hint =
    showCut || shownLength !== null ? (
      <span id={id} className={showCut ? 'length-hint length-hint--cut' : 'length-hint'} role="status" data-testid="length-hint">
        {showCut ? `Only ${maxLength.toLocaleString('en')} characters fit here; the rest was left out. ` : ''}
        <span className="length-hint__count">
          {shownLength!.toLocaleString('en')}/{maxLength.toLocaleString('en')}
        </span>
      </span>
    ) : null;
  return { handlers, hint, describedBy: hint ? id : undefined, follow };
}
