/** One workshop in the library: what it is, when it was last touched, and what can be done with it. */
import { countNoun } from '../../domain/countNoun';
import { displayName } from '../../domain/displayNames';
import { NOUNS } from '../../domain/labels';
import type { WorkshopSummary } from '../../shared/accordApi';
import { Icon } from '../components/Icon';
import { openDialog } from '../stores/uiStore';
import { CheckInSection, seriesPlaceLabel } from './CheckInSection';
import { formatDay, formatRelative } from './formatDates';
import { duplicateWorkshop, exportWorkshop, openWorkshop } from './libraryActions';

export function WorkshopCard({ summary }: { summary: WorkshopSummary }) {
  const title = displayName(summary.title, 'workshop');
  const day = formatDay(summary.date);
  // A card with a problem stays fully usable: opening it makes the host restore the newest snapshot.
  const broken = summary.problem !== null;
  const place = seriesPlaceLabel(summary);
  return (
    <article
      className={place === null ? 'workshop-card' : 'workshop-card workshop-card--series'}
      aria-label={title}
      data-testid="workshop-card"
      data-workshop-id={summary.id}
      data-series-id={summary.series.id}
    >
      <div className="workshop-card__head">
        {place !== null && (
          <p className="workshop-card__place" data-testid="workshop-place">
            {place}
          </p>
        )}
        <h3 className="workshop-card__title wrap-anywhere" data-testid="workshop-title">
          {title}
        </h3>
        <p className="workshop-card__company wrap-anywhere">{summary.company || 'No company yet'}</p>
      </div>

      <ul className="workshop-card__facts" aria-label="Details">
        <li>
          <Icon name="calendar" />
          {day || 'No date yet'}
        </li>
        <li>
          <Icon name="users" />
          {countNoun(summary.participantCount, NOUNS.participant)}
        </li>
        <li>
          <Icon name="layers" />
          {countNoun(summary.stageCount, NOUNS.stage)}
        </li>
      </ul>

      <CheckInSection summary={summary} title={title} />

      {broken && (
        <p className="workshop-card__problem" role="note" data-testid="workshop-problem">
          <Icon name="alert" />
          <span className="wrap-anywhere">{summary.problem}</span>
        </p>
      )}
      {summary.newerVersion && !broken && (
        <p className="workshop-card__note">
          <Icon name="info" />
          <span>Saved by a newer Accord: opens read-only.</span>
        </p>
      )}

      <div className="workshop-card__foot">
        <span className="workshop-card__edited" title={new Date(summary.updatedAt).toLocaleString()}>
          Edited {formatRelative(summary.updatedAt)}
        </span>
        <div className="workshop-card__actions">
          <button type="button" className="icon-button" aria-label={`Rename ${title}`} title="Rename" onClick={() => openDialog({ kind: 'rename', workshopId: summary.id })}>
            <Icon name="pencil" />
          </button>
          <button type="button" className="icon-button" aria-label={`Duplicate ${title}`} title="Duplicate" onClick={() => void duplicateWorkshop(summary.id)}>
            <Icon name="copy" />
          </button>
          <button type="button" className="icon-button" aria-label={`Export ${title}`} title="Export as an Accord workshop file (.accord)" onClick={() => void exportWorkshop(summary.id)}>
            <Icon name="download" />
          </button>
          <button type="button" className="icon-button icon-button--danger" aria-label={`Delete ${title}`} title="Delete…" onClick={() => openDialog({ kind: 'delete', workshopId: summary.id })}>
            <Icon name="trash" />
          </button>
          <button type="button" className="button button--primary button--small" onClick={() => void openWorkshop(summary.id)} aria-label={`Open ${title}`}>
            Open
          </button>
        </div>
      </div>
    </article>
  );
}
