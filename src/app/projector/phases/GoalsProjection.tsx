/** What the room reads during Goals & incentives: the shared goals large, each team's metrics grouped by team. */
import { selectGoals, selectTeams, useWorkshop } from '../../stores/workshopSelectors';
import { displayName } from '../../../domain/displayNames';
import { groupGoals } from '../../../domain/groupGoals';
import { useMemo, useRef } from 'react';
import { useLargestThatFits } from './useLargestThatFits';
import { useFollowedWindow } from './useFollowedWindow';
import { useWindowSize } from './useWindowSize';
import { TeamBadge } from '../../components/TeamBadge';
import '../../phases/common/projection.css';
import '../../phases/goals/goalsProjection.css';

export function GoalsProjection() {
  const goals = useWorkshop(selectGoals);
  const teams = useWorkshop(selectTeams);
  const { shared, byTeam, unowned } = useMemo(() => groupGoals({ goals, teams }), [goals, teams]);
  const size = useWindowSize();
  const sharedRef = useRef<HTMLOListElement>(null);
  const teamsRef = useRef<HTMLDivElement>(null);
  // As many shared goals, and metrics per team, as the wall holds; the rest are counted.
  const { count: sharedShown } = useLargestThatFits(sharedRef, Math.max(1, Math.min(4, shared.length)), [shared, size.width, size.height]);
  const sharedWindow = useFollowedWindow(shared, sharedShown);
  const longestTeam = Math.max(1, unowned.length, ...byTeam.map((t) => t.metrics.length));
  const { count: metricsShown } = useLargestThatFits(teamsRef, Math.min(8, longestTeam), [byTeam, unowned, size.width, size.height]);
  if (goals.length === 0) return <p className="pj-empty">What will both teams be measured on? We agree shared goals, each team’s own metrics, and how we are rewarded.</p>;
  return (
    <div className={byTeam.length > 0 || unowned.length > 0 ? 'pj-goals' : 'pj-goals pj-goals--shared-only'} data-testid="goals-projection">
      <section className="pj-goals__shared" aria-label="Shared goals">
        <p className="pj-label">Shared goals</p>
        {shared.length === 0 ? (
          <p className="pj-empty">No shared goal yet.</p>
        ) : (
          <ol className="pj-goals__list" ref={sharedRef}>
            {sharedWindow.shown.map((g) => (
              <li key={g.id} className="pj-goal">
                <p className="pj-goal__name">{displayName(g.name, 'goal')}</p>
                {g.target && <p className="pj-goal__target">{g.target}</p>}
                {g.definition && <p className="pj-goal__definition">{g.definition}</p>}
                {g.reviewCadence && <p className="pj-goal__cadence">Reviewed {g.reviewCadence.charAt(0).toLowerCase() + g.reviewCadence.slice(1)}</p>}
              </li>
            ))}
          </ol>
        )}
        {shared.length > sharedWindow.shown.length && (
          <p className="pj-more">
            and {shared.length - sharedWindow.shown.length} more shared {shared.length - sharedWindow.shown.length === 1 ? 'goal' : 'goals'}
          </p>
        )}
      </section>
      {(byTeam.length > 0 || unowned.length > 0) && (
        <section className="pj-goals__teams" aria-label="Each team’s metrics">
          <p className="pj-label">Each team’s metrics</p>
          <div className="pj-goals__team-list" ref={teamsRef} data-many={byTeam.length + (unowned.length > 0 ? 1 : 0) > 2 || undefined}>
            {byTeam.map(({ team, metrics }) => (
              <div key={team.id} className="pj-goals__team">
                <p className="pj-team">
                  <TeamBadge team={team} teams={teams} />
                </p>
                <Metrics metrics={metrics} shown={metricsShown} />
              </div>
            ))}
            {unowned.length > 0 && (
              <div className="pj-goals__team">
                <p className="pj-goals__unowned">No owner yet</p>
                <Metrics metrics={unowned} shown={metricsShown} />
              </div>
            )}
          </div>
        </section>
      )}
    </div>
  );
}

/** A team's metrics, as many as `shown`, then how many more. */
function Metrics({ metrics, shown }: { metrics: { id: string; name: string; target: string }[]; shown: number }) {
  const hidden = metrics.length - Math.min(shown, metrics.length);
  return (
    <ul className="pj-metrics">
      {metrics.slice(0, shown).map((m) => (
        <li key={m.id}>
          <span className="pj-metrics__name">{displayName(m.name, 'metric')}</span>
          {m.target && <span className="pj-metrics__target">{m.target}</span>}
        </li>
      ))}
      {hidden > 0 && <li className="pj-metrics__more">and {hidden} more</li>}
    </ul>
  );
}
