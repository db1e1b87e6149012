/** When a console window first has something to show: the library's list, or the open workshop. */
import { useConnectionStore } from './connectionStore';
import { useLibraryStore } from './libraryStore';
import { useSessionStore } from './sessionStore';

const hasContent = () => {
  const { loaded, snapshot } = useSessionStore.getState();
  return loaded && (snapshot !== null || useLibraryStore.getState().loaded);
};

/** Resolves once the session has been heard and either a workshop is open or the library's list is in. */
export function whenFirstScreenHasContent(): Promise<void> {
  if (hasContent()) return Promise.resolve();
  return new Promise((resolve) => {
    const check = () => {
      if (!hasContent()) return;
      stopSession();
      stopLibrary();
      resolve();
    };
    const stopSession = useSessionStore.subscribe(check);
    const stopLibrary = useLibraryStore.subscribe(check);
  });
}

/** How long a console paints nothing while its content is not in, before it paints what it has ("Connecting…"). */
export const FIRST_SCREEN_GRACE_MS = 400;

/** How long the first screen then waits for the app's own files (local, so never long), before it renders anyway. */
export const FIRST_SCREEN_FILES_LIMIT_MS = 3000;

/**
 * Resolves when the console's first screen is worth painting: its content is in and what draws
 * it (`loadFirstScreen`) has loaded, the connection has run into trouble (the banner then says
 * what), or the grace has passed with the content not in (it then shows what it has, such as
 * "Connecting…"). A start whose content comes within the grace paints its first screen once,
 * whole: no loading frame flashes before it, and the main thread does not spend a render and a
 * layout on one while the host's answers wait. Once the content is in, the wait is for the app's
 * own files, up to FIRST_SCREEN_FILES_LIMIT_MS.
 */
export function whenFirstScreenCanShow(loadFirstScreen: () => Promise<unknown> = () => Promise.resolve(), graceMs = FIRST_SCREEN_GRACE_MS): Promise<void> {
  return new Promise((resolve) => {
    let shown = false;
    let timer = setTimeout(show, graceMs);
    const stopConnection = useConnectionStore.subscribe(({ state }) => {
      if (state.status === 'reconnecting') show();
    });
    function show() {
      if (shown) return;
      shown = true;
      clearTimeout(timer);
      stopConnection();
      resolve();
    }
    void whenFirstScreenHasContent()
      .then(() => {
        // Shown already (the grace, the connection): the console's own render loads what it needs.
        if (shown) return;
        clearTimeout(timer);
        timer = setTimeout(show, FIRST_SCREEN_FILES_LIMIT_MS);
        return loadFirstScreen();
      })
      // Should a file fail to load, the console renders anyway, and rendering asks for it again.
      .then(show, show);
  });
}
