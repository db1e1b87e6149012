/**
 * A labelled native select for a value held by the host. `null` stands for "not chosen" when
 * `emptyLabel` is given. A team select passes `teams` to show the picked team's initials and
 * colour beside its name.
 */
import { memo } from 'react';
import type { Team } from '../../../domain/workshopSchema';
import { teamInitials, teamSlot, teamStyle } from '../../theme/teamColours';
import './forms.css';

interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps {
  label: string;
  /** Hides the visible label (it stays for screen readers), e.g. inside a sentence. */
  hideLabel?: boolean;
  /** Longer accessible name when the visible label is short, e.g. "From stage of hand-off 1". */
  ariaLabel?: string;
  value: string | null;
  options: readonly SelectOption[];
  /** Offers "not chosen" as the first option; picking it commits null. */
  emptyLabel?: string;
  onChange: (value: string | null) => void;
  readOnly: boolean;
  name?: string;
  /** When the options are teams: shows the picked team's colour and initials. */
  teams?: readonly Team[];
  className?: string;
  /** Marks the select as the field to focus when its item is added (see useFocusNewItem). */
  autoFocusTarget?: boolean;
}

export const SelectField = memo(function SelectField(props: SelectFieldProps) {
  const { label, hideLabel, ariaLabel, value, options, emptyLabel, onChange, readOnly, name, teams, className, autoFocusTarget } = props;
  const team = teams?.find((t) => t.id === value);
  const select = (
    <select
      className={teams ? 'select select-field__select select-field__select--team' : 'select select-field__select'}
      name={name}
      data-autofocus={autoFocusTarget ? '' : undefined}
      aria-label={ariaLabel ?? (hideLabel ? label : undefined)}
      value={value ?? ''}
      disabled={readOnly}
      onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
    >
      {(emptyLabel !== undefined || value === null) && <option value="">{emptyLabel ?? 'Choose…'}</option>}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
  const control = teams ? (
    <span className="select-field__team" style={team && teams ? teamStyle(teamSlot(team, teams)) : undefined}>
      <span className="select-field__initial" aria-hidden="true">
        {team ? teamInitials(team.name) : '–'}
      </span>
      {select}
    </span>
  ) : (
    select
  );
  if (hideLabel) return <span className={className ? `select-field ${className}` : 'select-field'}>{control}</span>;
  return (
    <label className={className ? `field select-field ${className}` : 'field select-field'}>
      <span className="field__label">{label}</span>
      {control}
    </label>
  );
});
