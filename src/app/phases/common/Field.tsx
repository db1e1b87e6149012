/**
 * Labelled host-bound text fields for collection cards: the label sits above the control and
 * the accessible name can add context ("Purpose of meeting 2") without cluttering the card.
 */
import type { ReactNode } from 'react';
import { TextArea } from '../../components/TextArea';
import { TextInput } from '../../components/TextInput';
import './forms.css';

interface BaseProps {
  label: string;
  /** Replaces the label as the accessible name when the card needs more context. */
  ariaLabel?: string;
  hint?: ReactNode;
  name?: string;
  placeholder?: string;
  readOnly: boolean;
  className?: string;
}

export function TextField({ label, ariaLabel, hint, name, placeholder, readOnly, className, value, onCommit, multiline, rows, autoFocusTarget }: BaseProps & {
  value: string;
  onCommit: (value: string) => Promise<boolean> | void;
  multiline?: boolean;
  rows?: number;
  /** Marks the field as the one to focus when its item is added (see useFocusNewItem). */
  autoFocusTarget?: boolean;
}) {
  const shared = {
    name,
    placeholder,
    disabled: readOnly,
    'aria-label': ariaLabel,
    'data-autofocus': autoFocusTarget ? '' : undefined,
    value,
    onCommit,
  };
  return (
    <label className={className ? `field ${className}` : 'field'}>
      <span className="field__label">{label}</span>
      {multiline ? <TextArea {...shared} rows={rows ?? 2} maxLength={10_000} /> : <TextInput {...shared} maxLength={300} />}
      {hint && <span className="field__hint">{hint}</span>}
    </label>
  );
}
