/** What the room sees in Actions: the action list large (owner with team, due date), then the decisions. */
import { selectActions, selectDecisions, selectParticipants, selectTeams, useWorkshop } from '../../stores/workshopSelectors';
import { displayName } from '../../../domain/displayNames';
import { useMemo, useRef } from 'react';
import { nounFor } from '../../../domain/countNoun';
import { NOUNS } from '../../../domain/labels';
import { useLargestThatFits } from './useLargestThatFits';
import { useWindowSize } from './useWindowSize';
import { teamInitials, teamSlot, teamStyle } from '../../theme/teamColours';
import { StatusMark } from '../../phases/actions/ActionsTable';
import { ACTION_STATUS_LABELS, DECISION_METHOD_LABELS } from '../../../domain/labels';
import { formatDay, ownersById } from '../../phases/actions/format';
import '../../phases/actions/actionsProjection.css';

/** Lists longer than these are too long to read out in the room, however much the wall holds. */
const MOST_ACTIONS = 10;
const MOST_DECISIONS = 5;

export function ActionsProjection() {
  const actions = useWorkshop(selectActions);
  const decisions = useWorkshop(selectDecisions);
  const participants = useWorkshop(selectParticipants);
  const teams = useWorkshop(selectTeams);
  const size = useWindowSize();
  const actionsRef = useRef<HTMLOListElement>(null);
  const decisionsRef = useRef<HTMLOListElement>(null);
  // As many as fit the wall, measured: short titles leave room for more.
  const actionsFit = useLargestThatFits(actionsRef, Math.max(1, Math.min(MOST_ACTIONS, actions.length)), [actions, participants, teams, decisions.length > 0, size.width, size.height]);
  const decisionsFit = useLargestThatFits(decisionsRef, Math.max(1, Math.min(MOST_DECISIONS, decisions.length)), [decisions, size.width, size.height]);
  const capacity = { actions: actionsFit.count, decisions: decisionsFit.count };
  const owners = useMemo(() => ownersById(participants, teams), [participants, teams]);
  // Unfinished first, then by due date: what the room still has to do is what it reads.
  const shown = useMemo(() => {
    const rank = { inProgress: 0, open: 1, done: 2 } as const;
    return [...actions].sort((a, b) => rank[a.status] - rank[b.status] || (a.due || '9999').localeCompare(b.due || '9999')).slice(0, capacity.actions);
  }, [actions, capacity.actions]);
  const latestDecisions = useMemo(() => decisions.slice(-capacity.decisions).reverse(), [decisions, capacity.decisions]);

  if (actions.length === 0 && decisions.length === 0) {
    return <p className="pa-empty">Who does what, by when: the actions appear here as we agree them.</p>;
  }

  return (
    <div className="pa" data-testid="actions-projection">
      <section className="pa-actions" aria-labelledby="pa-actions-title">
        <h2 id="pa-actions-title" className="pa-heading">
          Actions <span className="pa-heading__count">{actions.length}</span>
        </h2>
        {actions.length === 0 ? (
          <p className="pa-empty">No actions yet.</p>
        ) : (
          <ol className="pa-list" ref={actionsRef}>
            {shown.map((action) => {
              const owner = action.ownerParticipantId ? owners.get(action.ownerParticipantId) : undefined;
              const team = owner?.team;
              return (
                <li key={action.id} className={`pa-action pa-action--${action.status}`} data-testid="projected-action">
                  <StatusMark status={action.status} className="pa-action__mark" />
                  <div className="pa-action__body">
                    <p className="pa-action__title">
                      {displayName(action.title, 'action')}
                      {action.status === 'done' && <span className="visually-hidden"> ({ACTION_STATUS_LABELS.done})</span>}
                    </p>
                    <p className="pa-action__meta">
                      {owner ? (
                        <span className="pa-owner" style={team ? teamStyle(teamSlot(team, teams)) : undefined}>
                          {team && (
                            <span className="pa-owner__initial" aria-hidden="true">
                              {teamInitials(team.name)}
                            </span>
                          )}
                          <span className="pa-owner__name">{displayName(owner.participant.name, 'participant')}</span>
                          {team && <span className="pa-owner__team">{team.name}</span>}
                        </span>
                      ) : (
                        <span className="pa-owner pa-owner--none">No owner yet</span>
                      )}
                      <span className="pa-due">{action.due ? `Due ${formatDay(action.due)}` : 'No due date'}</span>
                      {action.status === 'inProgress' && <span className="pa-status">{ACTION_STATUS_LABELS.inProgress}</span>}
                    </p>
                  </div>
                </li>
              );
            })}
          </ol>
        )}
        {actions.length > shown.length && (
          <p className="pa-more" data-testid="actions-more">
            and {actions.length - shown.length} more {nounFor(actions.length - shown.length, NOUNS.action)}
          </p>
        )}
      </section>
      {decisions.length > 0 && (
        <section className="pa-decisions" aria-labelledby="pa-decisions-title">
          <h2 id="pa-decisions-title" className="pa-heading">
            Decisions <span className="pa-heading__count">{decisions.length}</span>
          </h2>
          <ol className="pa-list" ref={decisionsRef}>
            {latestDecisions.map((d) => (
              <li key={d.id} className="pa-decision" data-testid="projected-decision">
                <p className="pa-decision__text">{displayName(d.text, 'decision')}</p>
                <p className="pa-decision__meta">
                  <span className="pa-decision__method">{DECISION_METHOD_LABELS[d.method]}</span> {d.result}
                </p>
              </li>
            ))}
          </ol>
          {decisions.length > latestDecisions.length && <p className="pa-more">and {decisions.length - latestDecisions.length} earlier</p>}
        </section>
      )}
    </div>
  );
}
