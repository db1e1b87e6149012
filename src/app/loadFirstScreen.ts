/**
 * What the console's first screen is drawn with, and loading it: ahead, while the socket
 * connects, and once the session is in (main.tsx waits for it before the first render).
 */
import { preloadableLazy } from './components/preloadableLazy';
import { preloadPhaseView } from './phases/phaseViews';
import { listLibraryAtStart } from './stores/libraryStore';
import { useSessionStore } from './stores/sessionStore';
import { selectCurrentPhase, selectIsOpen } from './stores/workshopSelectors';
import { readLastOpenPhase } from './workshop/lastOpenPhase';

const loadShellModule = () => import('./workshop/WorkshopShell');

/**
 * The workshop console, loaded on first use, so the library paints from a small first script.
 * The phase the workshop is on loads with it (its loader runs once, at loadFirstScreen or the
 * first render, both with a workshop open), and the shell shows once both are there. Once
 * loaded it renders without suspending (preloadableLazy).
 */
export const LazyWorkshopShell = preloadableLazy(() => {
  const session = useSessionStore.getState();
  const phase = selectIsOpen(session) ? preloadPhaseView(selectCurrentPhase(session)).catch(() => {}) : null;
  return Promise.all([loadShellModule(), phase]).then(([module]) => module.WorkshopShell);
});

/**
 * Starts loading what the console will most likely show first, while its socket connects. After
 * the library, the list of workshops, asked for with the session instead of once the library has
 * mounted. After a workshop (a relaunch goes back into it), the shell's files and that phase's;
 * should the host reopen nothing (the file has gone, or no longer opens), the list as soon as
 * that is known. (Not while a workshop opens: listing reads every workshop file, a large one too.)
 */
export function loadFirstScreenAhead(): void {
  const phase = readLastOpenPhase();
  if (!phase) {
    void listLibraryAtStart();
    return;
  }
  // The module only: the shell's loader takes the phase the session is on once it is known.
  void loadShellModule().catch(() => {});
  void preloadPhaseView(phase).catch(() => {});
  const listIfNoneOpens = ({ loaded, snapshot }: { loaded: boolean; snapshot: unknown }) => {
    if (!loaded) return;
    stop();
    if (snapshot === null) void listLibraryAtStart();
  };
  const stop = useSessionStore.subscribe(listIfNoneOpens);
  listIfNoneOpens(useSessionStore.getState());
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
  return Promise.all([LazyWorkshopShell.preload(), preloadPhaseView(selectCurrentPhase(session))]);
}
