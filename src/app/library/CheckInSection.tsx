/**
 * A library card's part in a series of check-ins: which workshop a check-in follows and the
 * series it belongs to, and, once the charter was signed, when, with "Create a check-in".
 * A workshop nobody signed has no check-in to offer, so it shows none of this.
 */
import { useState } from 'react';
import { countNoun } from '../../domain/countNoun';
import { displayName } from '../../domain/displayNames';
import { NOUNS } from '../../domain/labels';
import type { WorkshopSummary } from '../../shared/accordApi';
import { Icon } from '../components/Icon';
import { formatDay } from './formatDates';
import { createCheckIn } from './libraryActions';

/** What the card's eyebrow calls the workshop's place in its series, or null for a workshop on its own. */
export function seriesPlaceLabel(summary: WorkshopSummary): string | null {
  if (!summary.isCheckIn && summary.series.size < 2) return null;
  return summary.series.position === 0 ? 'First workshop' : `Check-in ${summary.series.position}`;
}

export function CheckInSection({ summary, title }: { summary: WorkshopSummary; title: string }) {
  const [creating, setCreating] = useState(false);
  const { series } = summary;
  const inSeries = seriesPlaceLabel(summary) !== null;
  // The day as the signer's device had it: the local date written in the signature's time.
  const signedDay = summary.signedAt === null ? '' : formatDay(summary.signedAt.slice(0, 10));

  const create = async () => {
    setCreating(true);
    try {
      await createCheckIn(summary.id);
    } finally {
      setCreating(false);
    }
  };

  if (!inSeries && !summary.canHaveCheckIn) return null;
  return (
    <div className="workshop-card__check-in">
      {inSeries && (
        <ul className="workshop-card__series" aria-label="Series" data-testid="workshop-series">
          {series.follows && (
            <li data-testid="workshop-follows">
              <Icon name="back" />
              <span className="wrap-anywhere">Follows “{displayName(series.follows.title, 'workshop')}”</span>
            </li>
          )}
          <li>
            <Icon name="repeat" />
            <span className="wrap-anywhere">
              {/* The first workshop's card names the series already: its own title. */}
              {series.position === 0
                ? `Starts a series of ${countNoun(series.size, NOUNS.workshop)}`
                : `Series: ${displayName(series.title, 'workshop')}${series.size > 1 ? ` · ${countNoun(series.size, NOUNS.workshop)}` : ''}`}
            </span>
          </li>
        </ul>
      )}
      {summary.canHaveCheckIn && (
        <div className="workshop-card__signed">
          <span className="workshop-card__signed-on" data-testid="workshop-signed">
            <Icon name="check" />
            {signedDay ? `Signed ${signedDay}` : 'Signed'}
          </span>
          {/* A second check-in of the same workshop is allowed (a redo, a second team), but said so: both would be "Check-in 1". */}
          <button type="button" className="button button--small" disabled={creating} aria-label={`${series.followedBy > 0 ? 'Create another check-in' : 'Create a check-in'} of ${title}`} onClick={() => void create()}>
            <Icon name="repeat" />
            {creating ? 'Creating…' : series.followedBy > 0 ? 'Create another check-in' : 'Create a check-in'}
          </button>
        </div>
      )}
    </div>
  );
}
