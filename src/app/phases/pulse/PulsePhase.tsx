/** Pulse: everyone scores the same statements; the result shows each team side by side, biggest gaps first. */
import { useMemo } from 'react';

import type { PhaseViewProps } from '../phaseViews';

import { PulseChart } from './PulseChart';
import { ScoreGrid } from './ScoreGrid';
import { StatementsEditor } from './StatementsEditor';
import { usePulseSummary } from './usePulseSummary';
import { selectParticipants, selectPulse, selectTeams, useWorkshop } from '../../stores/workshopSelectors';
import './pulse.css';

export function PulsePhase({ readOnly }: PhaseViewProps) {
  const pulse = useWorkshop(selectPulse);
  const participants = useWorkshop(selectParticipants);
  const teams = useWorkshop(selectTeams);
  const rows = usePulseSummary(pulse, participants, teams);
  const numbers = useMemo(() => new Map(pulse.statements.map((s, i) => [s.id, i + 1])), [pulse.statements]);

  const expected = participants.length * pulse.statements.length;
  const scored = useMemo(() => {
    const people = new Set(participants.map((p) => p.id));
    const statements = new Set(pulse.statements.map((s) => s.id));
    return pulse.scores.filter((s) => people.has(s.participantId) && statements.has(s.statementId)).length;
  }, [pulse, participants]);
  const anyScores = rows.some((row) => row.averages.length > 0);

  return (
    <div className="pulse">
      <div className="pulse__entry">
        <section className="panel pulse__scores" aria-labelledby="pulse-scores-title">
          <div className="panel__head">
            <div>
              <h3 id="pulse-scores-title" className="panel__title">
                Scores
              </h3>
              <p className="panel__subtitle" data-testid="pulse-progress">
                {scored} of {expected} scores in
              </p>
            </div>
            <p className="pulse__hint">
              Type <kbd className="kbd">1</kbd>–<kbd className="kbd">5</kbd> to score and move on · arrows move · <kbd className="kbd">Del</kbd> clears
            </p>
          </div>
          <ScoreGrid participants={participants} teams={teams} pulse={pulse} readOnly={readOnly} />
        </section>
        <section className="panel pulse__statements" aria-labelledby="pulse-statements-title">
          <h3 id="pulse-statements-title" className="panel__title">
            Statements
          </h3>
          <p className="panel__subtitle pulse__scale">1 strongly disagree · 5 strongly agree</p>
          <StatementsEditor statements={pulse.statements} readOnly={readOnly} />
        </section>
      </div>

      <section className="panel pulse__results" aria-labelledby="pulse-results-title" data-testid="pulse-results">
        <div className="panel__head">
          <div>
            <h3 id="pulse-results-title" className="panel__title">
              Results by team
            </h3>
            <p className="panel__subtitle">Average score per team; the statements the teams disagree on most come first.</p>
          </div>
        </div>
        {anyScores ? (
          <PulseChart rows={rows} teams={teams} numbers={numbers} />
        ) : (
          <div className="empty-state" data-testid="pulse-results-empty">
            <p className="empty-state__title">The chart fills in as scores arrive</p>
            <p>Type each participant’s scores into the grid above. Teams appear side by side, with the biggest gaps at the top.</p>
          </div>
        )}
      </section>
    </div>
  );
}
