/**
 * The teams in the room: the standard three plus any the facilitator adds (e.g. Customer
 * Success). The domain refuses to remove a team that still has participants; its message
 * shows under the row, once, until the team's members change or the team is gone. A team named in roles, claims,
 * goals or hand-offs is removed only after the facilitator confirms what goes with it.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Team } from '../../../domain/workshopSchema';
import { LIMITS } from '../../../domain/workshopSchema';
import { Icon } from '../../components/Icon';
import { TextInput } from '../../components/TextInput';
import { useConfirmedRemoval } from '../../components/useConfirmedRemoval';
import { dispatchCommand } from '../../stores/sessionStore';
import { selectParticipants, selectTeams, useWorkshop } from '../../stores/workshopSelectors';
import { teamInitials, teamSlot, teamStyle } from '../../theme/teamColours';
import { useFocusWhenAdded } from '../common/useFocusWhenAdded';
import './setupPlanning.css';


export function TeamsEditor({ readOnly }: { readOnly: boolean }) {
  const teams = useWorkshop(selectTeams);
  const participants = useWorkshop(selectParticipants);
  const [refused, setRefused] = useState<{ teamId: string; message: string } | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);

  const counts = useMemo(() => {
    const map = new Map<string, number>();
    for (const p of participants) map.set(p.teamId, (map.get(p.teamId) ?? 0) + 1);
    return map;
  }, [participants]);

  // A new team arrives with its default name selected, ready to be typed over.
  const { addThenFocus } = useFocusWhenAdded(teams, (id) => listRef.current?.querySelector<HTMLInputElement>(`[data-team-id="${CSS.escape(id)}"] input`), { selectText: true });

  // A refusal explains itself until the team's members change.
  useEffect(() => setRefused(null), [participants]);

  const add = () => {
    const id = crypto.randomUUID();
    const name = nextTeamName(teams);
    return addThenFocus(id, { type: 'addItem', collection: 'teams', item: { id, name, kind: 'custom' } });
  };

  const { requestRemoval, removalDialog } = useConfirmedRemoval();
  const remove = useCallback(
    (team: Team) => {
      const index = teams.findIndex((t) => t.id === team.id);
      const removeButton = (other: Team | undefined) => other && listRef.current?.querySelector(`[data-team-id="${CSS.escape(other.id)}"] [data-remove-team]`);
      requestRemoval('teams', team.id, {
        onRemoved: () => setRefused(null),
        onRefused: (message) => setRefused({ teamId: team.id, message }),
        focusAfter: () => [removeButton(teams[index + 1]), removeButton(teams[index - 1]), addRef.current],
      });
    },
    [teams, requestRemoval],
  );

  // Said only while true: the team is still there and still has members.
  const refusal = refused && teams.some((t) => t.id === refused.teamId) && (counts.get(refused.teamId) ?? 0) > 0 ? refused : null;

  return (
    <section className="panel" aria-labelledby="teams-title" data-testid="teams-editor">
      <div className="panel__head">
        <div>
          <h3 id="teams-title" className="panel__title">
            Teams
          </h3>
          <p className="panel__subtitle">Sales and marketing, and anyone else in the room.</p>
        </div>
      </div>
      <ul className="teams-list" ref={listRef}>
        {teams.map((team) => (
          <TeamRow
            key={team.id}
            team={team}
            teams={teams}
            members={counts.get(team.id) ?? 0}
            readOnly={readOnly}
            refusal={refusal?.teamId === team.id ? refusal.message : null}
            onRemove={remove}
          />
        ))}
      </ul>
      {!readOnly && (
        <button type="button" ref={addRef} className="button button--quiet planning__add" onClick={() => void add()} disabled={teams.length >= LIMITS.teams}>
          <Icon name="plus" />
          Add team
        </button>
      )}
      {removalDialog}
    </section>
  );
}

interface TeamRowProps {
  team: Team;
  teams: Team[];
  members: number;
  readOnly: boolean;
  refusal: string | null;
  onRemove: (team: Team) => void;
}

const TeamRow = memo(function TeamRow({ team, teams, members, readOnly, refusal, onRemove }: TeamRowProps) {
  const label = team.name || 'this team';
  return (
    <li className="teams-list__item" data-team-id={team.id} data-testid="team-row" style={teamStyle(teamSlot(team, teams))}>
      <div className="teams-list__row">
        <span className="teams-list__swatch" aria-hidden="true">
          {teamInitials(team.name)}
        </span>
        <TextInput
          className="input input--inline teams-list__name"
          aria-label={`Name of the team ${team.name}`}
          value={team.name}
          maxLength={300}
          disabled={readOnly}
          // A team always has a name: an emptied field goes back to the last one on blur.
          onCommit={(name) => (name.trim() ? dispatchCommand({ type: 'updateItem', collection: 'teams', id: team.id, patch: { name } }) : Promise.resolve(false))}
        />
        <span className="teams-list__count" title={`${members} in ${label}`}>
          {members === 1 ? '1 person' : `${members} people`}
        </span>
        {!readOnly && (
          <button type="button" className="icon-button icon-button--danger" data-remove-team aria-label={`Remove the team ${label}`} title="Remove team" onClick={() => onRemove(team)}>
            <Icon name="trash" />
          </button>
        )}
      </div>
      {refusal && (
        <p className="teams-list__refusal" role="alert" data-testid="team-refusal">
          <Icon name="alert" />
          <span>{refusal}</span>
        </p>
      )}
    </li>
  );
});

function nextTeamName(teams: Team[]): string {
  const names = new Set(teams.map((t) => t.name.toLowerCase()));
  if (!names.has('customer success')) return 'Customer Success';
  for (let n = 2; ; n++) if (!names.has(`new team ${n}`)) return `New team ${n}`;
}
