/** How many of the hand-off numbers committed last time were met, missed or not recorded yet, each with its icon and word. */
import type { CheckInComparison } from '../../../domain/compareCheckIn';
import { Icon } from '../../components/Icon';
import { commitmentsTally, type Verdict } from './checkInWords';
import './checkInSummary.css';

const ICONS = { met: 'check', missed: 'x', notRecorded: 'info' } as const satisfies Record<Verdict, string>;

export function CommitmentsTally({ commitments, variant }: { commitments: CheckInComparison['commitments']; variant: 'console' | 'projector' }) {
  const tally = commitmentsTally(commitments);
  return (
    <div className={`commitments-tally commitments-tally--${variant}`} data-testid="commitments-tally">
      {tally.length === 0 ? (
        <p className="commitments-tally__none">No hand-off numbers were committed last time.</p>
      ) : (
        <ul className="commitments-tally__list" aria-label="Hand-off numbers committed last time">
          {tally.map(({ verdict, text }) => (
            <li key={verdict} className={`commitments-tally__item slt-verdict slt-verdict--${verdict}`} data-testid={`commitments-${verdict}`}>
              <Icon name={ICONS[verdict]} />
              {text}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export { ICONS as VERDICT_ICONS };
