/** The facilitator's window: the library, or the open workshop, plus dialogs and toasts. */
import { displayName } from '../domain/displayNames';
import { lazy, Suspense, useEffect } from 'react';
import { ConnectionBanner } from './components/ConnectionBanner';
import { Toasts } from './components/Toasts';
import { useConsoleShortcuts } from './keyboard/useConsoleShortcuts';
import { useMenuActions } from './keyboard/useMenuActions';
import { DeleteDialog } from './library/DeleteDialog';
import { ImportFileInput } from './library/ImportFileInput';
import { LibraryScreen } from './library/LibraryScreen';
import { NewWorkshopDialog } from './library/NewWorkshopDialog';
import { RenameDialog } from './library/RenameDialog';
import { selectIsOpen, selectLoaded, selectSetup, useWorkshop } from './stores/workshopSelectors';
import { useUiStore } from './stores/uiStore';

// The workshop console (every phase) loads on first use, so the library paints from a small first bundle.
const WorkshopShell = lazy(() => import('./workshop/WorkshopShell').then((module) => ({ default: module.WorkshopShell })));

export function ConsoleApp() {
  const loaded = useWorkshop(selectLoaded);
  const open = useWorkshop(selectIsOpen);
  const title = useWorkshop((s) => selectSetup(s)?.title ?? null);
  const dialog = useUiStore((s) => s.dialog);
  useConsoleShortcuts(open);
  useMenuActions();

  useEffect(() => {
    document.title = title !== null ? `${displayName(title, 'workshop')} — Accord` : 'Accord';
  }, [title]);

  return (
    <>
      <ConnectionBanner />
      {!loaded ? (
        <p className="app-loading" role="status">
          Connecting to Accord…
        </p>
      ) : open ? (
        <Suspense
          fallback={
            <p className="app-loading" role="status">
              Opening the workshop…
            </p>
          }
        >
          <WorkshopShell />
        </Suspense>
      ) : (
        <LibraryScreen />
      )}
      {dialog?.kind === 'newWorkshop' && <NewWorkshopDialog />}
      {dialog?.kind === 'rename' && <RenameDialog key={dialog.workshopId} workshopId={dialog.workshopId} />}
      {dialog?.kind === 'delete' && <DeleteDialog key={dialog.workshopId} workshopId={dialog.workshopId} />}
      <ImportFileInput />
      <Toasts />
    </>
  );
}
