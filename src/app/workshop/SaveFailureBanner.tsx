/** A failing save must be impossible to miss: what happened, what Accord does, what to do. */
import type { SaveState } from '../../shared/accordApi';
import { Icon } from '../components/Icon';
import { exportWorkshop } from '../library/libraryActions';

export function SaveFailureBanner({ saveState, workshopId }: { saveState: SaveState; workshopId: string }) {
  if (saveState.status !== 'failed') return null;
  return (
    <div className="banner banner--error save-failure" role="alert" data-testid="save-failure">
      <Icon name="alert" />
      <p className="banner__text">
        <strong>Your latest changes are not saved to disk yet.</strong> {saveState.error ?? 'The last write failed.'} Keep
        this window open while Accord retries; if it goes on failing, export a copy now.
      </p>
      <button type="button" className="button button--small" onClick={() => void exportWorkshop(workshopId)}>
        <Icon name="download" />
        Export a copy
      </button>
    </div>
  );
}
