/**
 * Who leads a stage: one team, shared, or not decided. When the room disagrees, the second
 * claim is recorded too (leadClaims holds both), and the check flags the stage until resolved.
 */
import { useId } from 'react';
import { stageLead } from '../../../domain/checkResponsibilities';
import type { Stage, Team } from '../../../domain/workshopSchema';
import { dispatchCommand } from '../../stores/sessionStore';
import { teamSlot, teamStyle } from '../../theme/teamColours';

const NONE = '';
const SHARED = '__shared';

export function LeadPicker({ stage, teams, readOnly }: { stage: Stage; teams: Team[]; readOnly: boolean }) {
  const id = useId();
  const lead = stageLead(stage);
  const first = lead.kind === 'team' ? lead.teamId : lead.kind === 'contested' ? lead.teamIds[0]! : null;
  const second = lead.kind === 'contested' ? lead.teamIds[1]! : NONE;
  const value = lead.kind === 'shared' ? SHARED : (first ?? NONE);
  const update = (patch: Partial<Pick<Stage, 'leadClaims' | 'leadShared'>>) => dispatchCommand({ type: 'updateItem', collection: 'stages', id: stage.id, patch });
  const firstTeam = teams.find((t) => t.id === first);

  const setLead = (next: string) => {
    if (next === SHARED) void update({ leadShared: true, leadClaims: [] });
    else if (next === NONE) void update({ leadShared: false, leadClaims: [] });
    else void update({ leadShared: false, leadClaims: [next] });
  };
  const setSecond = (next: string) => {
    if (!first) return;
    void update({ leadShared: false, leadClaims: next ? [first, next] : [first] });
  };

  return (
    <div className={`raci-lead${lead.kind === 'contested' ? ' is-contested' : ''}`} data-testid="lead-picker">
      <div className="raci-lead__field">
        <label className="raci-lead__label" htmlFor={`${id}-lead`}>
          Lead team
        </label>
        <span className="raci-lead__select" style={firstTeam && lead.kind !== 'shared' ? teamStyle(teamSlot(firstTeam, teams)) : undefined}>
          <select id={`${id}-lead`} className="select" value={value} disabled={readOnly} onChange={(event) => setLead(event.target.value)}>
            <option value={NONE}>Not decided yet</option>
            {teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
            <option value={SHARED}>Shared</option>
          </select>
        </span>
      </div>
      {first && (
        <div className="raci-lead__field">
          <label className="raci-lead__label" htmlFor={`${id}-claim`}>
            Also claimed by
          </label>
          <select id={`${id}-claim`} className="select" value={second} disabled={readOnly} onChange={(event) => setSecond(event.target.value)}>
            <option value={NONE}>No other team</option>
            {teams
              .filter((team) => team.id !== first)
              .map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
          </select>
        </div>
      )}
    </div>
  );
}
