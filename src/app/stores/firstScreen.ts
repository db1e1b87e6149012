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

/** How long a console paints nothing while it connects before it says that it is connecting. */
export const CONNECTING_GRACE_MS = 400;

/**
 * Resolves when the console's first screen is worth painting: its content is in and what draws
 * it (`loadFirstScreen`) has loaded, the connection has run into trouble (the banner then says
 * what), or the grace has passed with the host not yet heard (it then says "Connecting…"). A
 * start that connects within the grace paints its first screen once, whole: no loading frame
 * flashes before it, and the main thread does not spend a render and a layout on one while the
 * host's answers wait. Once the content is in, the wait is for the app's own files: no grace.
 */
export function whenFirstScreenCanShow(loadFirstScreen: () => Promise<unknown> = () => Promise.resolve(), graceMs = CONNECTING_GRACE_MS): Promise<void> {
  return new Promise((resolve) => {
    const show = () => {
      clearTimeout(grace);
      stopConnection();
      resolve();
    };
    const grace = setTimeout(show, graceMs);
    const stopConnection = useConnectionStore.subscribe(({ state }) => {
      if (state.status === 'reconnecting') show();
    });
    void whenFirstScreenHasContent()
      .then(() => {
        clearTimeout(grace);
        return loadFirstScreen();
      })
      // Should a file fail to load, the console renders anyway, and rendering asks for it again.
      .then(show, show);
  });
}
