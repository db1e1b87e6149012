/** The facilitator's window: the library, or the open workshop, plus dialogs and toasts. */
import { displayName } from '../domain/displayNames';
import { Suspense, useEffect } from 'react';
import { ConnectionBanner } from './components/ConnectionBanner';
import { Toasts } from './components/Toasts';
import { useConsoleShortcuts } from './keyboard/useConsoleShortcuts';
import { useMenuActions } from './keyboard/useMenuActions';
import { preloadableLazy, soonWhenIdle } from './components/preloadableLazy';
import { ImportFileInput } from './library/ImportFileInput';
import { LibraryScreen } from './library/LibraryScreen';
import { selectCurrentPhase, selectIsOpen, selectLoaded, selectSetup, useWorkshop } from './stores/workshopSelectors';
import { useUiStore } from './stores/uiStore';
import { LazyWorkshopShell } from './loadFirstScreen';
import { rememberOpenPhase } from './workshop/lastOpenPhase';

// Library dialogs load on first use (the templates come with "New workshop").
const NewWorkshopDialog = preloadableLazy(() => import('./library/NewWorkshopDialog').then((m) => m.NewWorkshopDialog));
const RenameDialog = preloadableLazy(() => import('./library/RenameDialog').then((m) => m.RenameDialog));
const DeleteDialog = preloadableLazy(() => import('./library/DeleteDialog').then((m) => m.DeleteDialog));

export function ConsoleApp() {
  const loaded = useWorkshop(selectLoaded);
  const open = useWorkshop(selectIsOpen);
  const title = useWorkshop((s) => selectSetup(s)?.title ?? null);
  const dialog = useUiStore((s) => s.dialog);
  useConsoleShortcuts(open);
  useMenuActions();

  const phase = useWorkshop((s) => (selectIsOpen(s) ? selectCurrentPhase(s) : null));
  useEffect(() => {
    if (loaded) rememberOpenPhase(phase);
  }, [loaded, phase]);

  useEffect(() => {
    document.title = title !== null ? `${displayName(title, 'workshop')} — Accord` : 'Accord';
  }, [title]);

  // Ready before the facilitator reaches for them.
  useEffect(() => soonWhenIdle(() => [NewWorkshopDialog, RenameDialog, DeleteDialog].forEach((d) => void d.preload().catch(() => {}))), []);

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
          <LazyWorkshopShell.Component />
        </Suspense>
      ) : (
        <LibraryScreen />
      )}
      <Suspense fallback={null}>
        {dialog?.kind === 'newWorkshop' && <NewWorkshopDialog.Component />}
        {dialog?.kind === 'rename' && <RenameDialog.Component key={dialog.workshopId} workshopId={dialog.workshopId} />}
        {dialog?.kind === 'delete' && <DeleteDialog.Component key={dialog.workshopId} workshopId={dialog.workshopId} />}
      </Suspense>
      <ImportFileInput />
      <Toasts />
    </>
  );
}
