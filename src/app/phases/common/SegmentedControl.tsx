/**
 * Two or three mutually exclusive choices shown side by side (e.g. Hand-off / Hand-back), as
 * native radios: arrow keys move between them, and the group has a name for screen readers.
 */
import { memo, useId } from 'react';
import './forms.css';

export interface SegmentedControlProps<V extends string> {
  /** Accessible name of the group, e.g. "Kind of hand-off 1". */
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
  readOnly: boolean;
  testId?: string;
}

function SegmentedControlImpl<V extends string>({ label, value, options, onChange, readOnly, testId }: SegmentedControlProps<V>) {
  const name = useId();
  return (
    <div className="segmented" role="radiogroup" aria-label={label} data-testid={testId}>
      {options.map((option) => (
        <label key={option.value} className={option.value === value ? 'segmented__option is-on' : 'segmented__option'}>
          <input
            type="radio"
            className="segmented__radio"
            name={name}
            value={option.value}
            checked={option.value === value}
            disabled={readOnly}
            onChange={() => onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </div>
  );
}

export const SegmentedControl = memo(SegmentedControlImpl) as typeof SegmentedControlImpl;
