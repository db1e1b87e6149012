/**
 * Two or three mutually exclusive choices shown side by side (e.g. Hand-off / Hand-back), as
 * native radios: arrow keys move between them, and the group has a name for screen readers.
 * The choice shows at once: while the host has not answered, the radio holds what was chosen
 * (a controlled radio would otherwise snap back for a moment, and a second arrow press would
 * start from the old value); a refusal puts the host's value back.
 */
import { memo, useEffect, useId, useState } from 'react';
import './forms.css';

export interface SegmentedControlProps<V extends string> {
  /** Accessible name of the group, e.g. "Kind of hand-off 1". */
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  /** Sends the choice; a returned promise settles when the host has answered (false: refused). */
  onChange: (value: V) => Promise<unknown> | void;
  readOnly: boolean;
  testId?: string;
}

function SegmentedControlImpl<V extends string>({ label, value, options, onChange, readOnly, testId }: SegmentedControlProps<V>) {
  const name = useId();
  const [pending, setPending] = useState<{ chosen: V; over: V } | null>(null);
  // The host's value moved on (this choice or someone else's): show it.
  useEffect(() => setPending((current) => (current && current.over !== value ? null : current)), [value]);
  const shown = pending?.chosen ?? value;
  const choose = (chosen: V) => {
    setPending({ chosen, over: value });
    const answered = onChange(chosen);
    // Accepted, the host's new value clears the pending choice (the effect above); refused, it is dropped here.
    const drop = () => setPending((current) => (current?.chosen === chosen ? null : current));
    if (answered) answered.then((ok) => ok === false && drop(), drop);
    else setPending(null);
  };
  return (
    <div className="segmented" role="radiogroup" aria-label={label} data-testid={testId}>
      {options.map((option) => (
        <label key={option.value} className={option.value === shown ? 'segmented__option is-on' : 'segmented__option'}>
          <input
            type="radio"
            className="segmented__radio"
            name={name}
            value={option.value}
            checked={option.value === shown}
            disabled={readOnly}
            onChange={() => choose(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </div>
  );
}

export const SegmentedControl = memo(SegmentedControlImpl) as typeof SegmentedControlImpl;
