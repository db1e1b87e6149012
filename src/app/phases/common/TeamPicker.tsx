/**
 * Picks any number of teams as toggle chips: each chip shows the team's colour, initials and
 * name, and says whether it is picked with aria-pressed and a check (never colour alone).
 */
import { memo } from 'react';
import type { Team } from '../../../domain/workshopSchema';
import { Icon } from '../../components/Icon';
import { teamInitials, teamSlot, teamStyle } from '../../theme/teamColours';
import './forms.css';

export interface TeamPickerProps {
  /** Visible label of the group, e.g. "Owner teams". */
  label: string;
  /** Names the item the group belongs to, for screen readers, e.g. "goal “Pipeline”". */
  context?: string;
  teams: readonly Team[];
  selected: readonly string[];
  onChange: (teamIds: string[]) => void;
  readOnly: boolean;
}

export const TeamPicker = memo(function TeamPicker({ label, context, teams, selected, onChange, readOnly }: TeamPickerProps) {
  const toggle = (id: string) => {
    // Keep the teams' own order, whatever order they were picked in.
    const next = selected.includes(id) ? selected.filter((t) => t !== id) : teams.filter((t) => t.id === id || selected.includes(t.id)).map((t) => t.id);
    onChange(next);
  };
  return (
    <div className="field">
      <span className="field__label" aria-hidden="true">
        {label}
      </span>
      <div className="team-picker" role="group" aria-label={context ? `${label} of ${context}` : label}>
        {teams.map((team) => {
          const on = selected.includes(team.id);
          return (
            <button
              key={team.id}
              type="button"
              className={on ? 'team-chip is-on' : 'team-chip'}
              style={teamStyle(teamSlot(team, teams))}
              aria-pressed={on}
              disabled={readOnly}
              onClick={() => toggle(team.id)}
              title={team.name}
            >
              <span className="team-chip__initial" aria-hidden="true">
                {on ? <Icon name="check" /> : teamInitials(team.name)}
              </span>
              <span className="team-chip__name">{team.name}</span>
            </button>
          );
        })}
      </div>
    </div>
  );
});
