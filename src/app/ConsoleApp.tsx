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
import { refreshLibrary } from './stores/libraryStore';
import { useSessionStore } from './stores/sessionStore';
import { useUiStore } from './stores/uiStore';
import { preloadPhaseView } from './phases/phaseViews';
import { readLastOpenPhase, rememberOpenPhase } from './workshop/lastOpenPhase';

// The workshop console loads on first use, so the library paints from a small first script.
// Opened from the library, the phase it opens on loads alongside it, and the shell shows once
// both are there. Once loaded it renders without suspending (preloadableLazy).
const WorkshopShell = preloadableLazy(() => {
  const session = useSessionStore.getState();
  const phase = selectIsOpen(session) ? preloadPhaseView(selectCurrentPhase(session)).catch(() => {}) : null;
  return Promise.all([import('./workshop/WorkshopShell'), phase]).then(([module]) => module.WorkshopShell);
});

/**
 * Starts loading what the console will most likely show first, while its socket connects: after
 * a workshop, its shell and phase (a relaunch goes back into it); after the library, the list of
 * workshops, asked for with the session instead of once the library has mounted. (Not with a
 * workshop open: listing reads every workshop file, a large one too.)
 */
export function loadFirstScreenAhead(): void {
  const phase = readLastOpenPhase();
  if (!phase) {
    void refreshLibrary();
    return;
  }
  void WorkshopShell.preload().catch(() => {});
  void preloadPhaseView(phase).catch(() => {});
}

/**
 * Loads what the session's first screen is drawn with, once the session is in: for an open
 * workshop, the shell and the phase it is on. The console's first render waits for it, so that
 * it shows the phase at once: a loading message committed first would hold the phase back for
 * React's 300 ms (see preloadableLazy).
 */
export function loadFirstScreen(): Promise<unknown> {
  const session = useSessionStore.getState();
  if (!selectIsOpen(session)) return Promise.resolve();
  return Promise.all([WorkshopShell.preload(), preloadPhaseView(selectCurrentPhase(session))]);
}
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
          <WorkshopShell.Component />
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
