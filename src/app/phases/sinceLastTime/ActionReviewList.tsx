/**
 * The review of last time's actions: one row per action the room agreed, as it was signed
 * (title, owner, due date, status), with what became of it (a choice of four, arrow keys move
 * between them) and why, in the room's words.
 */
import { memo } from 'react';
import type { CheckInComparison } from '../../../domain/compareCheckIn';
import { displayName } from '../../../domain/displayNames';
import { ACTION_OUTCOME_LABELS, ACTION_STATUS_LABELS } from '../../../domain/labels';
import { ACTION_OUTCOMES, type ActionOutcome, type Team } from '../../../domain/workshopSchema';
import { dispatchCommand } from '../../stores/sessionStore';
import { teamInitials, teamSlot, teamStyle } from '../../theme/teamColours';
import { formatDay } from '../actions/format';
import { SegmentedControl, TextField } from '../common';
import { OutcomeMark } from './OutcomeMark';

type Row = CheckInComparison['actions']['rows'][number];

/** No option has this value: the group shows nothing chosen until the room has said. */
const NOT_REVIEWED = 'unreviewed';
type Choice = ActionOutcome | typeof NOT_REVIEWED;
const OUTCOME_OPTIONS = ACTION_OUTCOMES.map((value) => ({ value: value as Choice, label: ACTION_OUTCOME_LABELS[value] }));

const review = (actionId: string, patch: { outcome?: ActionOutcome | null; reason?: string }) => dispatchCommand({ type: 'reviewAction', actionId, patch });

interface ActionReviewListProps {
  rows: readonly Row[];
  /** The teams of last time, for the owner's team (a team renamed since keeps its colour by id). */
  teams: readonly Team[];
  readOnly: boolean;
}

export function ActionReviewList({ rows, teams, readOnly }: ActionReviewListProps) {
  if (rows.length === 0) return <p className="slt-empty">No actions were agreed last time, so there is nothing to review here.</p>;
  return (
    <ol className="slt-actions" data-testid="action-reviews">
      {rows.map((row, index) => (
        <ActionReviewRow key={row.actionId} row={row} number={index + 1} teams={teams} readOnly={readOnly} />
      ))}
    </ol>
  );
}

const ActionReviewRow = memo(function ActionReviewRow({ row, number, teams, readOnly }: { row: Row; number: number; teams: readonly Team[]; readOnly: boolean }) {
  const title = displayName(row.title, 'action');
  const team = teams.find((t) => t.id === row.ownerTeamId);
  return (
    <li className={`slt-action slt-action--${row.outcome ?? NOT_REVIEWED}`} data-testid="action-review" data-action-id={row.actionId} data-outcome={row.outcome ?? ''}>
      <OutcomeMark kind={row.outcome ?? NOT_REVIEWED} className="slt-action__mark outcome-mark" />
      <div className="slt-action__what">
        <p className="slt-action__title wrap-anywhere">
          <span className="visually-hidden">Action {number}: </span>
          {title}
        </p>
        <p className="slt-action__meta">
          {row.ownerName ? (
            <span className="slt-owner" style={team ? teamStyle(teamSlot(team, teams)) : undefined}>
              {team && (
                <span className="slt-owner__initial" aria-hidden="true">
                  {teamInitials(team.name)}
                </span>
              )}
              {displayName(row.ownerName, 'participant')}
              {team && <span className="visually-hidden"> ({team.name})</span>}
            </span>
          ) : (
            <span className="slt-owner slt-owner--none">No owner</span>
          )}
          <span>{row.due ? `Due ${formatDay(row.due)}` : 'No due date'}</span>
          <span>{ACTION_STATUS_LABELS[row.statusWhenSigned]} when signed</span>
        </p>
      </div>
      <div className="slt-action__review">
        <SegmentedControl<Choice>
          label={`What became of action ${number}: ${title}`}
          value={row.outcome ?? NOT_REVIEWED}
          options={OUTCOME_OPTIONS}
          onChange={(outcome) => {
            if (outcome !== NOT_REVIEWED) return review(row.actionId, { outcome });
          }}
          readOnly={readOnly}
          testId="action-outcome"
        />
        <TextField
          className="slt-action__reason"
          label="Reason"
          ariaLabel={`Reason for the outcome of action ${number}: ${title}`}
          name="reason"
          placeholder={row.outcome === 'done' ? 'What helped (optional)' : 'What got in the way, or what changed'}
          value={row.reason}
          onCommit={(reason) => review(row.actionId, { reason })}
          readOnly={readOnly}
        />
      </div>
    </li>
  );
});
