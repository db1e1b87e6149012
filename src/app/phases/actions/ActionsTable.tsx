/**
 * The action list: title, owner, due date, status and where the action came from (a stage of
 * the buying process or a part of the day) per row, edited in place. Keyboard-first: Enter in
 * any field moves to the next action's title, and on the last row starts a new action.
 */
import { newAction } from '../../../domain/newItems';
import { displayName } from '../../../domain/displayNames';
import { countNoun } from '../../../domain/countNoun';
import { NOUNS } from '../../../domain/labels';
import { memo, useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { PHASES } from '../../../domain/phases';
import type { Action, Participant, PhaseId, Stage, Team } from '../../../domain/workshopSchema';
import { Icon } from '../../components/Icon';
import { TextInput } from '../../components/TextInput';
import { dispatchCommand, undo } from '../../stores/sessionStore';
import { showToast } from '../../stores/toastStore';
import { teamInitials, teamSlot, teamStyle } from '../../theme/teamColours';
import { ACTION_STATUS_LABELS, ACTION_STATUSES } from '../../../domain/labels';
import { ownersById, type Owner } from './format';
import { useFocusWhenAdded } from '../common/useFocusWhenAdded';
import { selectActions, selectNavigablePhases, selectParticipants, selectStages, selectTeams, useWorkshop } from '../../stores/workshopSelectors';

type SortKey = 'added' | 'due' | 'owner';

interface OwnerGroup {
  team: Team;
  people: Participant[];
}

/** What the From select offers: the buying process's stages, and the parts of the day on the agenda. */
interface Origins {
  stages: Stage[];
  topics: PhaseId[];
}

export function ActionsTable({ readOnly }: { readOnly: boolean }) {
  const actions = useWorkshop(selectActions);
  const participants = useWorkshop(selectParticipants);
  const teams = useWorkshop(selectTeams);
  const stages = useWorkshop(selectStages);
  const phases = useWorkshop(selectNavigablePhases);
  const [sort, setSort] = useState<SortKey>('added');
  const tableRef = useRef<HTMLTableElement>(null);

  const owners = useMemo(() => ownersById(participants, teams), [participants, teams]);
  const groups = useMemo<OwnerGroup[]>(
    () => teams.map((team) => ({ team, people: participants.filter((p) => p.teamId === team.id) })).filter((g) => g.people.length > 0),
    [participants, teams],
  );
  // Setup is where the day starts, not where an action comes from.
  const origins = useMemo<Origins>(() => ({ stages, topics: phases.filter((phase) => phase !== 'setup') }), [stages, phases]);
  const rows = useMemo(() => sortActions(actions, sort, owners), [actions, sort, owners]);
  const done = useMemo(() => actions.filter((a) => a.status === 'done').length, [actions]);

  const { focusWhenAdded, addThenFocus } = useFocusWhenAdded(rows, (id) =>
    tableRef.current?.querySelector<HTMLInputElement>(`[data-action-id="${CSS.escape(id)}"] input[name="title"]`),
  );

  const rowsRef = useRef(rows);
  rowsRef.current = rows;

  const add = useCallback(() => {
    const id = crypto.randomUUID();
    return addThenFocus(id, { type: 'addItem', collection: 'actions', item: newAction(id) });
  }, [addThenFocus]);

  /** Enter in a row: go to the next row's title, or start a new action after the last one. */
  const onEnter = useCallback(
    (id: string) => {
      const list = rowsRef.current;
      const index = list.findIndex((a) => a.id === id);
      const next = list[index + 1];
      if (next) focusWhenAdded(next.id);
      else void add();
    },
    [add, focusWhenAdded],
  );

  const remove = useCallback(async (action: Action) => {
    if (await dispatchCommand({ type: 'removeItem', collection: 'actions', id: action.id })) {
      showToast({ kind: 'info', message: `Removed “${action.title || 'an untitled action'}”.`, action: { label: 'Undo', run: () => void undo() } });
    }
  }, []);

  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort === key && key !== 'added' ? 'ascending' : undefined}>
      {key === 'added' ? (
        label
      ) : (
        <button type="button" className={sort === key ? 'sort-button is-active' : 'sort-button'} onClick={() => setSort(sort === key ? 'added' : key)} title={sort === key ? 'Back to the order they were added' : `Sort by ${label.toLowerCase()}`}>
          {label}
          <SortIcon active={sort === key} />
        </button>
      )}
    </th>
  );

  return (
    <section className="panel" aria-labelledby="actions-title" data-testid="actions-panel">
      <div className="panel__head">
        <div>
          <h3 id="actions-title" className="panel__title">
            Actions
          </h3>
          <p className="panel__subtitle" data-testid="action-count" aria-live="polite">
            {actions.length === 0 ? 'Nothing yet' : `${countNoun(actions.length, NOUNS.action)} · ${done} done`}
          </p>
        </div>
        {!readOnly && (
          <p className="actions__hint">
            <span className="kbd">Enter</span> in a row goes to the next one, or starts a new action
          </p>
        )}
      </div>

      {actions.length === 0 ? (
        <div className="actions-empty">
          <p className="actions-empty__title">Who does what, by when?</p>
          <p>Capture each follow-up as one action with a single owner and a due date, so nothing agreed today is lost on Monday.</p>
        </div>
      ) : (
        <table className="action-table" ref={tableRef} data-testid="action-table">
          <thead>
            <tr>
              <th scope="col" className="action-table__index">
                <span className="visually-hidden">Number</span>
              </th>
              {header('added', 'Action')}
              {header('owner', 'Owner')}
              {header('due', 'Due')}
              <th scope="col">Status</th>
              <th scope="col">From</th>
              <th scope="col" className="action-table__remove">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((action, index) => (
              <ActionRow key={action.id} action={action} index={index} owner={action.ownerParticipantId ? owners.get(action.ownerParticipantId) : undefined} groups={groups} teams={teams} origins={origins} readOnly={readOnly} onEnter={onEnter} onRemove={remove} />
            ))}
          </tbody>
        </table>
      )}

      {!readOnly && (
        <button type="button" className="button actions__add" onClick={() => void add()}>
          <Icon name="plus" />
          Add action
        </button>
      )}
    </section>
  );
}

function sortActions(actions: Action[], sort: SortKey, owners: Map<string, Owner>): Action[] {
  if (sort === 'added') return actions;
  const copy = [...actions];
  if (sort === 'due') copy.sort((a, b) => (a.due || '9999').localeCompare(b.due || '9999'));
  else {
    const name = (a: Action) => (a.ownerParticipantId ? (owners.get(a.ownerParticipantId)?.participant.name ?? '') : '') || '\uffff';
    copy.sort((a, b) => name(a).localeCompare(name(b)));
  }
  return copy;
}

function SortIcon({ active }: { active: boolean }) {
  return (
    <svg className="sort-button__icon" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <path d={active ? 'M3 4.5l3 3 3-3' : 'M3.5 5l2.5-2.5L8.5 5M3.5 7l2.5 2.5L8.5 7'} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

interface RowProps {
  action: Action;
  index: number;
  owner: Owner | undefined;
  groups: OwnerGroup[];
  teams: Team[];
  origins: Origins;
  readOnly: boolean;
  onEnter: (id: string) => void;
  onRemove: (action: Action) => void;
}

const ActionRow = memo(function ActionRow({ action, index, owner, groups, teams, origins, readOnly, onEnter, onRemove }: RowProps) {
  const update = (patch: Partial<Omit<Action, 'id'>>) => dispatchCommand({ type: 'updateItem', collection: 'actions', id: action.id, patch });
  const what = action.title || `action ${index + 1}`;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    onEnter(action.id);
  };
  const team = owner?.team;
  return (
    <tr data-action-id={action.id} data-testid="action-row" data-status={action.status} onKeyDown={readOnly ? undefined : onKeyDown}>
      <td className="action-table__index">{index + 1}</td>
      <td>
        <TextInput
          className="input input--inline action-table__title"
          name="title"
          aria-label={`Action ${index + 1}`}
          placeholder="What will be done"
          value={action.title}
          maxLength={300}
          disabled={readOnly}
          onCommit={(title) => update({ title })}
        />
      </td>
      <td>
        <span className="owner-select" style={team ? teamStyle(teamSlot(team, teams)) : undefined}>
          <span className={team ? 'select-field__initial' : 'select-field__initial owner-select__initial--none'} aria-hidden="true">
            {team ? teamInitials(team.name) : '?'}
          </span>
          <select
            className="select owner-select__select"
            name="owner"
            aria-label={`Owner of ${what}`}
            value={action.ownerParticipantId ?? ''}
            disabled={readOnly}
            onChange={(event) => void update({ ownerParticipantId: event.target.value || null })}
          >
            <option value="">No owner yet</option>
            {groups.map((group) => (
              <optgroup key={group.team.id} label={group.team.name}>
                {group.people.map((p) => (
                  <option key={p.id} value={p.id}>
                    {displayName(p.name, 'participant')} · {group.team.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </span>
      </td>
      <td>
        <TextInput className="input input--inline action-table__due" type="date" name="due" aria-label={`Due date of ${what}`} value={action.due} disabled={readOnly} onCommit={(due) => update({ due })} />
      </td>
      <td>
        <span className={`status-select status-select--${action.status}`}>
          <StatusMark status={action.status} />
          <select className="select status-select__select" name="status" aria-label={`Status of ${what}`} value={action.status} disabled={readOnly} onChange={(event) => void update({ status: event.target.value as Action['status'] })}>
            {ACTION_STATUSES.map((status) => (
              <option key={status} value={status}>
                {ACTION_STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </span>
      </td>
      <td>
        <OriginSelect action={action} what={what} origins={origins} readOnly={readOnly} onChange={(patch) => void update(patch)} />
      </td>
      <td className="action-table__remove">
        {!readOnly && (
          <button type="button" className="icon-button icon-button--danger" aria-label={`Remove ${what}`} title="Remove" onClick={() => onRemove(action)}>
            <Icon name="trash" />
          </button>
        )}
      </td>
    </tr>
  );
});

/**
 * Where an action came from, as one choice: a stage (the action keeps the part of the day it
 * was written in, which a stage outranks wherever the charter and the CSV name it), a part of
 * the day (no stage then), or not said. A stage no longer mapped shows as its part of the day.
 */
function OriginSelect({ action, what, origins, readOnly, onChange }: { action: Action; what: string; origins: Origins; readOnly: boolean; onChange: (patch: Pick<Partial<Action>, 'stageId' | 'topic'>) => void }) {
  const stage = action.stageId === null ? undefined : origins.stages.find((s) => s.id === action.stageId);
  const value = stage ? `stage:${stage.id}` : action.topic !== null ? `topic:${action.topic}` : '';
  // A part of the day no longer on the agenda stays listed while an action names it.
  const topics = action.topic !== null && !origins.topics.includes(action.topic) ? [...origins.topics, action.topic] : origins.topics;
  const choose = (chosen: string) => {
    const [kind, id] = [chosen.slice(0, chosen.indexOf(':')), chosen.slice(chosen.indexOf(':') + 1)];
    if (kind === 'stage') onChange({ stageId: id });
    else if (kind === 'topic') onChange({ stageId: null, topic: id as PhaseId });
    else onChange({ stageId: null, topic: null });
  };
  return (
    <select className="select origin-select" name="from" aria-label={`Where ${what} came from`} value={value} disabled={readOnly} onChange={(event) => choose(event.target.value)}>
      <option value="">Not said</option>
      {origins.stages.length > 0 && (
        <optgroup label="Buying-process stage">
          {origins.stages.map((s, i) => (
            <option key={s.id} value={`stage:${s.id}`}>
              {i + 1}. {displayName(s.name, 'stage')}
            </option>
          ))}
        </optgroup>
      )}
      <optgroup label="Topic of the day">
        {topics.map((phase) => (
          <option key={phase} value={`topic:${phase}`}>
            {PHASES[phase].label}
          </option>
        ))}
      </optgroup>
    </select>
  );
}

/** A shape per status (empty ring, half, check), so the status never depends on colour alone. */
export function StatusMark({ status, className = 'status-mark' }: { status: Action['status']; className?: string }) {
  return (
    <svg className={className} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" strokeWidth="1.5" />
      {status === 'inProgress' && <path d="M8 1.75a6.25 6.25 0 010 12.5z" fill="currentColor" />}
      {status === 'done' && (
        <>
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <path d="M4.8 8.3l2.1 2.1 4.3-4.5" fill="none" stroke="#fff" strokeWidth="1.7" strokeLinecap="round" strokeLinejoin="round" />
        </>
      )}
    </svg>
  );
}
