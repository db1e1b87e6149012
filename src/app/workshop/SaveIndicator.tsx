/**
 * Where the workshop stands on disk, always visible in the top bar. It reads the save state
 * itself: the state changes with every autosave, and only the indicator and the save-failure
 * banner show it, so nothing else re-renders.
 */
import { Icon } from '../components/Icon';
import { NOT_CONNECTED_EDIT_MESSAGE } from '../stores/connectionStore';
import { onFirstUse } from '../onFirstUse';
import { selectSaveState, useWorkshop } from '../stores/workshopSelectors';

const timeFormat = onFirstUse(() => new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' }));

export function SaveIndicator({ readOnly, disconnected = false }: { readOnly: boolean; disconnected?: boolean }) {
  const saveState = useWorkshop(selectSaveState);
  if (!saveState) return null;
  // The last state the host reported may say "Saved"; without the host nothing new can be.
  if (disconnected) {
    return (
      <span className="save-indicator save-indicator--failed" data-testid="save-indicator" data-status="disconnected" role="status">
        <Icon name="cloudOff" />
        {NOT_CONNECTED_EDIT_MESSAGE}
      </span>
    );
  }
  if (readOnly) {
    return (
      <span className="save-indicator save-indicator--readonly" data-testid="save-indicator" data-status="readonly">
        <Icon name="info" />
        Read-only
      </span>
    );
  }
  const savedAt = saveState.lastSavedAt ? `Last saved at ${timeFormat().format(new Date(saveState.lastSavedAt))}` : undefined;
  switch (saveState.status) {
    case 'saved':
      return (
        <span className="save-indicator save-indicator--saved" data-testid="save-indicator" data-status="saved" title={savedAt} role="status">
          <Icon name="check" />
          Saved
        </span>
      );
    case 'pending':
      // A still icon: saves follow every keystroke, and a spinning one keeps the whole window
      // drawing a frame per vsync while the facilitator types, which delays the frame that shows
      // each keystroke (about one frame at p95 on a 5 MB workshop, see test/bench).
      return (
        <span className="save-indicator save-indicator--saving" data-testid="save-indicator" data-status={saveState.status} title={savedAt} role="status">
          <Icon name="clock" />
          Saving…
        </span>
      );
    case 'failed':
      return (
        <span className="save-indicator save-indicator--failed" data-testid="save-indicator" data-status="failed" title={saveState.error ?? undefined}>
          <Icon name="alert" />
          Not saved — retrying
        </span>
      );
  }
}
