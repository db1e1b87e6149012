/** What the room reads during Goals & incentives: the shared goals large, each team's metrics grouped by team. */
import { selectGoals, selectTeams, useWorkshop } from '../../stores/workshopSelectors';
import { displayName } from '../../../domain/displayNames';
import { groupGoals } from '../../../domain/groupGoals';
import { useMemo } from 'react';
import { TeamBadge } from '../../components/TeamBadge';
import '../../phases/common/projection.css';
import '../../phases/goals/goalsProjection.css';

export function GoalsProjection() {
  const goals = useWorkshop(selectGoals);
  const teams = useWorkshop(selectTeams);
  const { shared, byTeam, unowned } = useMemo(() => groupGoals({ goals, teams }), [goals, teams]);
  if (goals.length === 0) return <p className="pj-empty">What will both teams be measured on? We agree shared goals, each team’s own metrics, and how we are rewarded.</p>;
  return (
    <div className={byTeam.length > 0 || unowned.length > 0 ? 'pj-goals' : 'pj-goals pj-goals--shared-only'} data-testid="goals-projection">
      <section className="pj-goals__shared" aria-label="Shared goals">
        <p className="pj-label">Shared goals</p>
        {shared.length === 0 ? (
          <p className="pj-empty">No shared goal yet.</p>
        ) : (
          <ol className="pj-goals__list">
            {shared.slice(0, 4).map((g) => (
              <li key={g.id} className="pj-goal">
                <p className="pj-goal__name">{displayName(g.name, 'goal')}</p>
                {g.target && <p className="pj-goal__target">{g.target}</p>}
                {g.definition && <p className="pj-goal__definition">{g.definition}</p>}
                {g.reviewCadence && <p className="pj-goal__cadence">Reviewed {g.reviewCadence.charAt(0).toLowerCase() + g.reviewCadence.slice(1)}</p>}
              </li>
            ))}
          </ol>
        )}
      </section>
      {(byTeam.length > 0 || unowned.length > 0) && (
        <section className="pj-goals__teams" aria-label="Each team’s metrics">
          <p className="pj-label">Each team’s metrics</p>
          {byTeam.map(({ team, metrics }) => (
            <div key={team.id} className="pj-goals__team">
              <p className="pj-team">
                <TeamBadge team={team} teams={teams} />
              </p>
              <ul className="pj-metrics">
                {metrics.map((m) => (
                  <li key={m.id}>
                    <span className="pj-metrics__name">{displayName(m.name, 'metric')}</span>
                    {m.target && <span className="pj-metrics__target">{m.target}</span>}
                  </li>
                ))}
              </ul>
            </div>
          ))}
          {unowned.length > 0 && (
            <div className="pj-goals__team">
              <p className="pj-goals__unowned">No owner yet</p>
              <ul className="pj-metrics">
                {unowned.map((m) => (
                  <li key={m.id}>
                    <span className="pj-metrics__name">{displayName(m.name, 'metric')}</span>
                    {m.target && <span className="pj-metrics__target">{m.target}</span>}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>
      )}
    </div>
  );
}
