/** What the room reads during Best customers: one card per segment or account, with what each team does. */
import { selectBestCustomers, selectTeams, useWorkshop } from '../../stores/workshopSelectors';
import { displayName } from '../../../domain/displayNames';
import { TeamBadge } from '../../components/TeamBadge';
import '../../phases/common/projection.css';
import '../../phases/bestCustomers/bestCustomersProjection.css';

const SHOWN = 6;

export function BestCustomersProjection() {
  const bestCustomers = useWorkshop(selectBestCustomers);
  const teams = useWorkshop(selectTeams);
  if (bestCustomers.length === 0) return <p className="pj-empty">Which customers matter most to both teams? We name them here, and what each team does for them.</p>;
  const marketing = teams.find((t) => t.kind === 'marketing');
  const sales = teams.find((t) => t.kind === 'sales');
  const shown = bestCustomers.slice(0, SHOWN);
  return (
    <div className="pj-best" data-testid="best-customers-projection">
      <ol className="pj-best__cards" data-count={Math.min(shown.length, 3)}>
        {shown.map((c) => (
          <li key={c.id} className="pj-best__card">
            <p className="pj-label">{c.kind === 'segment' ? 'Segment' : 'Named account'}</p>
            <p className="pj-best__name">{displayName(c.name, 'segment')}</p>
            {c.whyValuable && <p className="pj-best__why">{c.whyValuable}</p>}
            {(c.marketingDoes || c.salesDoes) && (
              <dl className="pj-best__does">
                {c.marketingDoes && (
                  <div>
                    <dt className="pj-team">{marketing ? <TeamBadge team={marketing} teams={teams} /> : 'Marketing'}</dt>
                    <dd>{c.marketingDoes}</dd>
                  </div>
                )}
                {c.salesDoes && (
                  <div>
                    <dt className="pj-team">{sales ? <TeamBadge team={sales} teams={teams} /> : 'Sales'}</dt>
                    <dd>{c.salesDoes}</dd>
                  </div>
                )}
              </dl>
            )}
          </li>
        ))}
      </ol>
      {bestCustomers.length > SHOWN && <p className="pj-more">and {bestCustomers.length - SHOWN} more in the charter</p>}
    </div>
  );
}
