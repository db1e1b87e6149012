/**
 * What the room reads during Best customers: one card per segment or account, with what each
 * team does. As many cards as fit the wall (long texts shorten to a few lines; the console has
 * them whole), then how many more there are.
 */
import { selectBestCustomers, selectTeams, useWorkshop } from '../../stores/workshopSelectors';
import { displayName } from '../../../domain/displayNames';
import { nounFor } from '../../../domain/countNoun';
import { useRef } from 'react';
import { TeamBadge } from '../../components/TeamBadge';
import { useLargestThatFits } from './useLargestThatFits';
import { useFollowedWindow } from './useFollowedWindow';
import { useWindowSize } from './useWindowSize';
import '../../phases/common/projection.css';
import '../../phases/bestCustomers/bestCustomersProjection.css';

/** Two rows of three: more cards than this are too many to discuss from one picture. */
const MOST_SHOWN = 6;
const BEST_CUSTOMER = { one: 'best customer', other: 'best customers' } as const;

export function BestCustomersProjection() {
  const bestCustomers = useWorkshop(selectBestCustomers);
  const teams = useWorkshop(selectTeams);
  const size = useWindowSize();
  const areaRef = useRef<HTMLOListElement>(null);
  const fit = useLargestThatFits(areaRef, Math.max(1, Math.min(MOST_SHOWN, bestCustomers.length)), [bestCustomers, teams, size.width, size.height]);
  const followed = useFollowedWindow(bestCustomers, fit.count);
  if (bestCustomers.length === 0) return <p className="pj-empty">Which customers matter most to both teams? We name them here, and what each team does for them.</p>;
  const marketing = teams.find((t) => t.kind === 'marketing');
  const sales = teams.find((t) => t.kind === 'sales');
  const { shown } = followed;
  const hidden = bestCustomers.length - shown.length;
  return (
    <div className="pj-best" data-testid="best-customers-projection">
      <ol className="pj-best__cards" ref={areaRef} data-count={Math.min(shown.length, 3)}>
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
      {hidden > 0 && (
        <p className="pj-more" data-testid="best-customers-more">
          and {hidden} more {nounFor(hidden, BEST_CUSTOMER)}
        </p>
      )}
    </div>
  );
}
