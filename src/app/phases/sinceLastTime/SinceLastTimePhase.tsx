/**
 * Since last time (a check-in only): the before and after at a glance (the share of last time's
 * actions done, the hand-off numbers met or missed, the pulse per team then and now), then the
 * room's review: what became of each action agreed last time and why, and what each committed
 * hand-off number actually was.
 */
import { useMemo, useState } from 'react';
import { largestChangeFirst } from '../../../domain/compareCheckIn';
import { countNoun } from '../../../domain/countNoun';
import { NOUNS } from '../../../domain/labels';
import { selectCheckIn, selectPulse, selectStages, selectTeams, useWorkshop } from '../../stores/workshopSelectors';
import type { PhaseViewProps } from '../phaseViews';
import { ActionReviewList } from './ActionReviewList';
import { ActionShare } from './ActionShare';
import { CommitmentResults } from './CommitmentResults';
import { CommitmentsTally } from './CommitmentsTally';
import { dayName, ThenNowChart, ThenNowLegend } from './ThenNowChart';
import { useCheckInComparison } from './useCheckInComparison';
import '../common/forms.css';
import './sinceLastTime.css';

/** The statements shown before "Show all": enough to see what moved most without scrolling past the review. */
const FIRST_STATEMENTS = 6;

export function SinceLastTimePhase({ readOnly }: PhaseViewProps) {
  const comparison = useCheckInComparison();
  const checkIn = useWorkshop(selectCheckIn);
  const pulse = useWorkshop(selectPulse);
  const teams = useWorkshop(selectTeams);
  const stages = useWorkshop(selectStages);
  const [allStatements, setAllStatements] = useState(false);
  const ordered = useMemo(() => (comparison ? largestChangeFirst(comparison.sinceLastTime.rows) : []), [comparison]);
  const numbers = useMemo(() => new Map(pulse.statements.map((s, i) => [s.id, i + 1])), [pulse.statements]);

  if (comparison === null || checkIn === null) {
    return (
      <div className="empty-state" data-testid="since-last-time-phase" data-first-workshop="">
        <p className="empty-state__title">Since last time is for a check-in</p>
        <p>
          This is a first workshop: there is no signed workshop before it to look back on. Once its charter is signed, create a check-in from the library
          in about 90 days; that check-in opens here on what became of today’s actions and hand-off numbers.
        </p>
      </div>
    );
  }

  const previous = checkIn.earlier.at(-1)!;
  // Last time's teams, for owners of actions; today's carry the same ids, and name any team added since.
  const teamsThen = [...previous.teams.map((then) => teams.find((t) => t.id === then.id) ?? then), ...teams.filter((t) => !previous.teams.some((then) => then.id === t.id))];
  const scoredToday = ordered.some((row) => row.teams.some((t) => t.now !== null));
  const shown = allStatements ? ordered : ordered.slice(0, FIRST_STATEMENTS);
  const { closed, opened } = comparison.sinceLastTime;

  return (
    <div className="slt" data-testid="since-last-time-phase">
      <p className="slt__looking-back">
        Looking back on <strong>{previous.title || 'the last workshop'}</strong>
        {previous.date && <> of {dayName(previous)}</>}, charter version {previous.charterVersion}
        {comparison.earlier.length > 1 && <> ({countNoun(comparison.earlier.length, NOUNS.workshop)} before this one in the series)</>}.
      </p>

      <section className="slt-glance" aria-label="Since last time at a glance" data-testid="since-last-time-glance">
        <div className="slt-glance__tile">
          <h3 className="slt-glance__title">Actions agreed last time</h3>
          <ActionShare actions={comparison.actions} variant="console" />
        </div>
        <div className="slt-glance__tile">
          <h3 className="slt-glance__title">Hand-off numbers</h3>
          <CommitmentsTally commitments={comparison.commitments} variant="console" />
        </div>
        <div className="slt-glance__tile">
          <h3 className="slt-glance__title">Gaps between the teams</h3>
          <p className="slt-glance__gaps" data-testid="gaps-summary">
            {scoredToday ? (
              <>
                <strong>{closed}</strong> closed · <strong>{opened}</strong> opened
              </>
            ) : (
              'Score the pulse again to compare'
            )}
          </p>
          <p className="slt-glance__hint">A gap is a point or more between the highest and lowest team.</p>
        </div>
      </section>

      <section className="panel slt-pulse" aria-labelledby="slt-pulse-title" data-testid="since-last-time-pulse">
        <div className="panel__head">
          <div>
            <h3 id="slt-pulse-title" className="panel__title">
              The pulse then and now
            </h3>
            <p className="panel__subtitle">Average score per team on the same 1–5 axis; the statements that moved most come first.</p>
          </div>
          <ThenNowLegend earlier={comparison.earlier} variant="console" />
        </div>
        {!scoredToday && (
          <p className="slt-pulse__hint" data-testid="pulse-not-scored">
            Nobody has scored the pulse today yet: the rings show last time; today’s dots appear as the scores come in on Pulse.
          </p>
        )}
        <ThenNowChart rows={shown} acrossDays={comparison.pulseAcrossDays} earlier={comparison.earlier} teams={teams} numbers={numbers} variant="console" />
        {ordered.length > FIRST_STATEMENTS && (
          <button type="button" className="button button--quiet slt-pulse__more" aria-expanded={allStatements} onClick={() => setAllStatements((all) => !all)}>
            {allStatements ? `Show the first ${FIRST_STATEMENTS} only` : `Show all ${countNoun(ordered.length, NOUNS.statement)}`}
          </button>
        )}
      </section>

      <section className="panel" aria-labelledby="slt-actions-title">
        <div className="panel__head">
          <div>
            <h3 id="slt-actions-title" className="panel__title">
              What became of last time’s actions
            </h3>
            <p className="panel__subtitle">
              For each action: done, late, dropped or still open, and why. <kbd className="kbd">←</kbd> <kbd className="kbd">→</kbd> move between the choices.
            </p>
          </div>
        </div>
        <ActionReviewList rows={comparison.actions.rows} teams={teamsThen} readOnly={readOnly} />
      </section>

      <section className="panel" aria-labelledby="slt-handoffs-title">
        <div className="panel__head">
          <div>
            <h3 id="slt-handoffs-title" className="panel__title">
              The hand-off numbers we committed to
            </h3>
            <p className="panel__subtitle">Type what actually happened; leave a number empty when nobody knows it yet.</p>
          </div>
        </div>
        <CommitmentResults rows={comparison.commitments.rows} stages={stages} teams={teamsThen} readOnly={readOnly} />
      </section>
    </div>
  );
}
