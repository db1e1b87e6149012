/** Who is in the room: name, job title and team per participant, edited in place. */
import { useRef } from 'react';
import type { Participant, Team } from '../../../domain/workshopSchema';
import { Icon } from '../../components/Icon';
import { TeamBadge } from '../../components/TeamBadge';
import { TextInput } from '../../components/TextInput';
import { useConfirmedRemoval } from '../../components/useConfirmedRemoval';
import { dispatchCommand } from '../../stores/sessionStore';
import { selectParticipants, selectTeams, useWorkshop } from '../../stores/workshopSelectors';
import { teamInitials, teamSlot, teamStyle } from '../../theme/teamColours';
import { useFocusWhenAdded } from '../common/useFocusWhenAdded';

// Stable empties: a fresh [] per render would make the store selector loop.

export function ParticipantsTable({ readOnly }: { readOnly: boolean }) {
  const participants = useWorkshop(selectParticipants);
  const teams = useWorkshop(selectTeams);
  const tableRef = useRef<HTMLTableElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  // A new row takes the focus in its name as it arrives.
  const { addThenFocus } = useFocusWhenAdded(participants, (id) => tableRef.current?.querySelector<HTMLInputElement>(`[data-participant-id="${CSS.escape(id)}"] input[name="name"]`));

  const add = () => {
    const id = crypto.randomUUID();
    // New people usually come in groups from the same team.
    const teamId = participants.at(-1)?.teamId ?? teams[0]?.id ?? '';
    return addThenFocus(id, { type: 'addItem', collection: 'participants', item: { id, name: '', jobTitle: '', teamId } });
  };

  const { requestRemoval, removalDialog } = useConfirmedRemoval();
  const remove = (participant: Participant) => {
    const index = participants.findIndex((p) => p.id === participant.id);
    const removeButton = (other: Participant | undefined) =>
      other && tableRef.current?.querySelector(`[data-participant-id="${CSS.escape(other.id)}"] [data-remove-participant]`);
    requestRemoval('participants', participant.id, {
      focusAfter: () => [removeButton(participants[index + 1]), removeButton(participants[index - 1]), addRef.current],
    });
  };

  return (
    <section className="panel" aria-labelledby="participants-title">
      <div className="panel__head">
        <div>
          <h3 id="participants-title" className="panel__title">
            Participants
          </h3>
          <p className="panel__subtitle" data-testid="participant-count">
            {participants.length === 1 ? '1 participant' : `${participants.length} participants`}
          </p>
        </div>
        <ul className="team-summary" aria-label="Participants per team">
          {teams.map((team) => (
            <li key={team.id}>
              <TeamBadge team={team} teams={teams} count={participants.filter((p) => p.teamId === team.id).length} />
            </li>
          ))}
        </ul>
      </div>

      {participants.length === 0 ? (
        <p className="participants__empty">No participants yet. Add everyone who will be in the room, with their team.</p>
      ) : (
        <table className="participants" ref={tableRef} data-testid="participants-table">
          <thead>
            <tr>
              <th scope="col" className="participants__index">
                <span className="visually-hidden">Number</span>
              </th>
              <th scope="col">Name</th>
              <th scope="col">Job title</th>
              <th scope="col">Team</th>
              <th scope="col" className="participants__actions">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {participants.map((participant, index) => (
              <ParticipantRow key={participant.id} participant={participant} index={index} teams={teams} readOnly={readOnly} onRemove={() => remove(participant)} />
            ))}
          </tbody>
        </table>
      )}

      {!readOnly && (
        <button type="button" ref={addRef} className="button participants__add" onClick={() => void add()}>
          <Icon name="plus" />
          Add participant
        </button>
      )}
      {removalDialog}
    </section>
  );
}

interface RowProps {
  participant: Participant;
  index: number;
  teams: Team[];
  readOnly: boolean;
  onRemove: () => void;
}

function ParticipantRow({ participant, index, teams, readOnly, onRemove }: RowProps) {
  const update = (patch: Partial<Omit<Participant, 'id'>>) => dispatchCommand({ type: 'updateItem', collection: 'participants', id: participant.id, patch });
  const team = teams.find((t) => t.id === participant.teamId);
  const who = participant.name || `participant ${index + 1}`;
  return (
    <tr data-participant-id={participant.id} data-testid="participant-row">
      <td className="participants__index">{index + 1}</td>
      <td>
        <TextInput
          className="input input--inline"
          name="name"
          aria-label={`Name of participant ${index + 1}`}
          placeholder="Name"
          value={participant.name}
          maxLength={300}
          disabled={readOnly}
          onCommit={(name) => update({ name })}
        />
      </td>
      <td>
        <TextInput
          className="input input--inline"
          name="jobTitle"
          aria-label={`Job title of ${who}`}
          placeholder="Job title"
          value={participant.jobTitle}
          maxLength={300}
          disabled={readOnly}
          onCommit={(jobTitle) => update({ jobTitle })}
        />
      </td>
      <td>
        <span className="team-select" style={team ? teamStyle(teamSlot(team, teams)) : undefined}>
          <span className="team-select__initial" aria-hidden="true">
            {team ? teamInitials(team.name) : '?'}
          </span>
          <select
            className="select team-select__select"
            name="teamId"
            aria-label={`Team of ${who}`}
            value={participant.teamId}
            disabled={readOnly}
            onChange={(event) => void update({ teamId: event.target.value })}
          >
            {teams.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </span>
      </td>
      <td className="participants__actions">
        {!readOnly && (
          <button type="button" className="icon-button icon-button--danger" data-remove-participant aria-label={`Remove ${who}`} title="Remove" onClick={onRemove}>
            <Icon name="trash" />
          </button>
        )}
      </td>
    </tr>
  );
}
