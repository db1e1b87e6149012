/**
 * The share of last time's actions that got done, at a glance: "2 of 7 actions done", one bar
 * split by outcome (done, late, dropped, still open, not reviewed) and a legend that names and
 * counts every part, so the bar is never read by colour alone. The console's summary and the
 * projector draw the same thing at their own size.
 */
import type { CheckInComparison } from '../../../domain/compareCheckIn';
import { nounFor } from '../../../domain/countNoun';
import { NOUNS } from '../../../domain/labels';
import { shareSegments } from './checkInWords';
import { OutcomeMark } from './OutcomeMark';
import './checkInSummary.css';

interface ActionShareProps {
  actions: CheckInComparison['actions'];
  variant: 'console' | 'projector';
}

export function ActionShare({ actions, variant }: ActionShareProps) {
  const segments = shareSegments(actions);
  return (
    <div className={`action-share action-share--${variant}`} data-testid="action-share">
      <p className="action-share__headline" data-testid="action-share-headline">
        {actions.agreed === 0 ? (
          'No actions were agreed last time.'
        ) : (
          <>
            <strong className="action-share__done">{actions.counts.done}</strong> of {actions.agreed} {nounFor(actions.agreed, NOUNS.action)} done
          </>
        )}
      </p>
      {segments.length > 0 && (
        <>
          <div className="action-share__bar" aria-hidden="true">
            {segments.map((segment) => (
              <span key={segment.kind} className={`action-share__part action-share__part--${segment.kind}`} style={{ flexGrow: segment.count }} />
            ))}
          </div>
          <ul className="action-share__legend" aria-label="Actions agreed last time, by outcome">
            {segments.map((segment) => (
              <li key={segment.kind} className={`action-share__key action-share__key--${segment.kind}`} data-testid={`action-share-${segment.kind}`}>
                <OutcomeMark kind={segment.kind} className="action-share__mark outcome-mark" />
                <span className="action-share__count">{segment.count}</span> {segment.label.toLowerCase()}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
