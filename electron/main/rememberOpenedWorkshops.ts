/**
 * Every workshop the console opens joins the OS's recent documents (File → Open Recent and the
 * Dock menu on macOS, the jump list on Windows, the desktop's recent files on Linux), as its
 * file in the library. Choosing one there comes back through the workshop file opener, which
 * opens a library file in place instead of importing a copy (see libraryWorkshopId).
 */
import { app } from 'electron';
import type { AccordHost } from '../host/accordHost.types';
import { LibraryLayout } from '../host/storage/libraryLayout';

/** Returns the unsubscribe. */
export function rememberOpenedWorkshops(host: Pick<AccordHost, 'onDidChangeSession'>, dataDir: string): () => void {
  const layout = new LibraryLayout(dataDir);
  let lastRemembered: string | null = null;
  return host.onDidChangeSession((event) => {
    if (event.kind !== 'snapshot') return;
    const id = event.snapshot?.workshop.id ?? null;
    // A snapshot also comes with a reload or an undo of a whole import: one entry per opening.
    if (id === null || id === lastRemembered) {
      lastRemembered = id;
      return;
    }
    lastRemembered = id;
    app.addRecentDocument(layout.workshopFile(id));
  });
}
