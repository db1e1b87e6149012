/**
 * Since last time (a check-in only): what became of each action agreed last time (done, late,
 * dropped, still open, with a reason) and the numbers each hand-off actually reached against
 * what the teams committed to.
 */
import { useMemo } from 'react';
import { compareCheckIn } from '../../../domain/compareCheckIn';
import { ACTION_OUTCOME_LABELS } from '../../../domain/labels';
import { ACTION_OUTCOMES, type ActionOutcome } from '../../../domain/workshopSchema';
import { dispatchCommand } from '../../stores/sessionStore';
import { selectCheckIn, selectParticipants, selectPulse, selectTeams, useWorkshop } from '../../stores/workshopSelectors';
import type { PhaseViewProps } from '../phaseViews';
import '../common/forms.css';

export function SinceLastTimePhase({ readOnly }: PhaseViewProps) {
  const checkIn = useWorkshop(selectCheckIn);
  const pulse = useWorkshop(selectPulse);
  const participants = useWorkshop(selectParticipants);
  const teams = useWorkshop(selectTeams);
  const comparison = useMemo(() => compareCheckIn({ checkIn, pulse, participants, teams }), [checkIn, pulse, participants, teams]);
  if (comparison === null) return <p data-testid="since-last-time-phase">This workshop is not a check-in: there is no earlier workshop to look back on.</p>;
  return (
    <div data-testid="since-last-time-phase">
      <h2>Actions agreed last time</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Outcome</th>
            <th scope="col">Reason</th>
          </tr>
        </thead>
        <tbody>
          {comparison.actions.rows.map((row) => (
            <tr key={row.actionId}>
              <td>{row.title}</td>
              <td>
                <select
                  aria-label={`Outcome of ${row.title}`}
                  disabled={readOnly}
                  value={row.outcome ?? ''}
                  onChange={(event) => void dispatchCommand({ type: 'reviewAction', actionId: row.actionId, patch: { outcome: (event.target.value || null) as ActionOutcome | null } })}
                >
                  <option value="">Not reviewed</option>
                  {ACTION_OUTCOMES.map((outcome) => (
                    <option key={outcome} value={outcome}>
                      {ACTION_OUTCOME_LABELS[outcome]}
                    </option>
                  ))}
                </select>
              </td>
              <td>{row.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
