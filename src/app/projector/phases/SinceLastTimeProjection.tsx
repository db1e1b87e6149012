/**
 * Since last time for the room: the share of last time's actions done with its breakdown, the
 * hand-off numbers met and missed, and the pulse per team then and now, the statements that
 * moved most first, as many as fit the wall (the rest are counted), never smaller type.
 */
import { useMemo, useRef } from 'react';
import { largestChangeFirst, pulseMovement } from '../../../domain/compareCheckIn';
import { nounFor } from '../../../domain/countNoun';
import { NOUNS } from '../../../domain/labels';
import { selectPulse, selectTeams, useWorkshop } from '../../stores/workshopSelectors';
import { ActionShare } from '../../phases/sinceLastTime/ActionShare';
import { CommitmentsTally } from '../../phases/sinceLastTime/CommitmentsTally';
import { ThenNowChart, ThenNowLegend } from '../../phases/sinceLastTime/ThenNowChart';
import { useCheckInComparison } from '../../phases/sinceLastTime/useCheckInComparison';
import { useLargestThatFits } from './useLargestThatFits';
import { useWindowSize } from './useWindowSize';
import '../../phases/common/projection.css';
import '../../phases/sinceLastTime/sinceLastTimeProjection.css';

export function SinceLastTimeProjection() {
  const comparison = useCheckInComparison();
  const pulse = useWorkshop(selectPulse);
  const teams = useWorkshop(selectTeams);
  const size = useWindowSize();
  const frameRef = useRef<HTMLDivElement>(null);
  // Only what can be compared: a statement no team scored on both days has nothing to show yet.
  const comparable = useMemo(() => (comparison ? largestChangeFirst(comparison.sinceLastTime.rows).filter((row) => pulseMovement(row) !== null) : []), [comparison]);
  const numbers = useMemo(() => new Map(pulse.statements.map((s, i) => [s.id, i + 1])), [pulse.statements]);
  const fit = useLargestThatFits(frameRef, Math.max(1, comparable.length), [comparable, teams, size.width, size.height]);

  if (comparison === null) return <p className="pj-empty">Nothing to look back on: this is the first workshop.</p>;
  const hidden = comparable.length - Math.min(fit.count, comparable.length);
  return (
    <div className="slt-projection" data-testid="since-last-time-projection">
      <div className="slt-projection__summary">
        <section className="slt-projection__actions" aria-labelledby="slt-pj-actions">
          <h2 id="slt-pj-actions" className="pj-label">
            Actions agreed last time
          </h2>
          <ActionShare actions={comparison.actions} variant="projector" />
        </section>
        <section className="slt-projection__commitments" aria-labelledby="slt-pj-commitments">
          <h2 id="slt-pj-commitments" className="pj-label">
            Hand-off numbers
          </h2>
          <CommitmentsTally commitments={comparison.commitments} variant="projector" />
        </section>
      </div>
      <section className="slt-projection__pulse" aria-labelledby="slt-pj-pulse">
        <div className="slt-projection__pulse-head">
          <h2 id="slt-pj-pulse" className="pj-label">
            The pulse then and now
          </h2>
          {comparable.length > 0 && <ThenNowLegend earlier={comparison.earlier} variant="projector" />}
        </div>
        {comparable.length === 0 ? (
          <p className="pj-empty">The pulse then and now appears here once the room has scored the statements again.</p>
        ) : (
          <div className="slt-projection__frame" ref={frameRef}>
            <ThenNowChart
              rows={comparable}
              acrossDays={comparison.pulseAcrossDays}
              earlier={comparison.earlier}
              teams={teams}
              numbers={numbers}
              variant="projector"
              limit={fit.count}
            />
          </div>
        )}
        {hidden > 0 && (
          <p className="pj-more slt-projection__more" data-testid="since-last-time-more">
            + {hidden} more {nounFor(hidden, NOUNS.statement)} that moved less
          </p>
        )}
      </section>
    </div>
  );
}
