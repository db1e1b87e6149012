/** When a console window first has something to show: the library's list, or the open workshop. */
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
