/** The console's top bar: where we are, whether it is saved, undo/redo, and the way back. */
import { displayName } from '../../domain/displayNames';
import { Icon } from '../components/Icon';
import { SHORTCUT_LABELS } from '../keyboard/shortcuts';
import { closeWorkshop } from '../library/libraryActions';
import { useConnectionStore } from '../stores/connectionStore';
import { redo, undo } from '../stores/sessionStore';
import { selectCanRedo, selectCanUndo, selectReadOnly, selectSetup, useWorkshop } from '../stores/workshopSelectors';
import { RoomControl } from './RoomControl';
import { SaveIndicator } from './SaveIndicator';

export function TopBar({ disconnected }: { disconnected: boolean }) {
  const setup = useWorkshop(selectSetup);
  const readOnly = useWorkshop(selectReadOnly);
  const canUndo = useWorkshop(selectCanUndo);
  const canRedo = useWorkshop(selectCanRedo);
  const isWeb = useConnectionStore((s) => s.hostKind === 'web');
  if (!setup) return null;
  return (
    <header className="app-header top-bar">
      <div className="top-bar__start">
        <button type="button" className="button button--quiet top-bar__back" onClick={() => void closeWorkshop()} title="Back to the library">
          <Icon name="back" />
          Library
        </button>
        <div className="top-bar__titles">
          <h1 className="top-bar__title truncate" data-testid="workshop-heading" title={setup.title}>
            {displayName(setup.title, 'workshop')}
          </h1>
          {setup.company && (
            <span className="top-bar__company truncate" title={setup.company}>
              {setup.company}
            </span>
          )}
        </div>
      </div>
      <div className="top-bar__end">
        <RoomControl readOnly={readOnly || disconnected} />
        <SaveIndicator readOnly={readOnly} disconnected={disconnected} />
        <div className="top-bar__history" role="group" aria-label="History">
          <button type="button" className="icon-button" aria-label="Undo" title={`Undo (${SHORTCUT_LABELS.undo})`} disabled={!canUndo || disconnected} onClick={() => void undo()}>
            <Icon name="undo" />
          </button>
          <button type="button" className="icon-button" aria-label="Redo" title={`Redo (${SHORTCUT_LABELS.redo})`} disabled={!canRedo || disconnected} onClick={() => void redo()}>
            <Icon name="redo" />
          </button>
        </div>
        {isWeb && (
          <a className="button button--small" href="?view=projector" target="_blank" rel="noopener" title="Open the projector view in a new window; drag it to the projector and make it full screen">
            <Icon name="projector" />
            Projector view
          </a>
        )}
      </div>
    </header>
  );
}
