/**
 * A failing save must be impossible to miss: what happened, what Accord does, what to do. It
 * reads the save state itself, so that an autosave re-renders this banner and not the shell.
 */
import { Icon } from '../components/Icon';
import { exportWorkshop } from '../library/libraryActions';
import { selectSaveState, selectWorkshopId, useWorkshop } from '../stores/workshopSelectors';

export function SaveFailureBanner() {
  const saveState = useWorkshop(selectSaveState);
  const workshopId = useWorkshop(selectWorkshopId);
  if (saveState?.status !== 'failed' || !workshopId) return null;
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
