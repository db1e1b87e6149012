/**
 * Every workshop the console opens joins the OS's recent documents (File → Open Recent and the
 * Dock menu on macOS, the desktop's recent files on Linux), as its file in the library. Choosing
 * one there comes back through the workshop file opener, which opens a library file in place
 * instead of importing a copy (see libraryWorkshopId).
 *
 * Windows lists recent documents in the jump list only for file types registered to the app, and
 * the library's files end in `.json`; so there the jump list gets its own "Recent workshops"
 * category: each item starts Accord with the library file, which the running Accord receives
 * through 'second-instance' and opens in place.
 */
import { app, type JumpListCategory } from 'electron';
import type { WorkshopSummary } from '../../src/shared/accordApi';
import type { AccordHost } from '../host/accordHost.types';
import { LibraryLayout } from '../host/storage/libraryLayout';

/** As many as a jump list shows without scrolling on a laptop screen. */
const JUMP_LIST_WORKSHOPS = 7;

export interface RememberOptions {
  platform?: NodeJS.Platform;
  /** The program a jump list item starts (Accord itself). */
  executable?: string;
}

/** Returns the unsubscribe. */
export function rememberOpenedWorkshops(host: Pick<AccordHost, 'onDidChangeSession' | 'call'>, dataDir: string, { platform = process.platform, executable = process.execPath }: RememberOptions = {}): () => void {
  const layout = new LibraryLayout(dataDir);
  const refreshJumpList = async () => {
    if (platform !== 'win32') return;
    const workshops = (await host.call('listWorkshops', [])) as WorkshopSummary[];
    app.setJumpList(recentWorkshopsJumpList(workshops, layout, executable));
  };
  const refresh = () => void refreshJumpList().catch((error: unknown) => console.error('Accord could not update the jump list:', error));

  let lastRemembered: string | null = null;
  refresh();
  return host.onDidChangeSession((event) => {
    if (event.kind !== 'snapshot') return;
    const id = event.snapshot?.workshop.id ?? null;
    // A snapshot also comes with a reload or an undo of a whole import: one entry per opening.
    const newlyOpened = id !== null && id !== lastRemembered;
    lastRemembered = id;
    if (!newlyOpened) return;
    app.addRecentDocument(layout.workshopFile(id));
    refresh();
  });
}

/** The library's most recently changed readable workshops as a Windows jump list category (null clears it). */
function recentWorkshopsJumpList(workshops: readonly WorkshopSummary[], layout: LibraryLayout, executable: string): JumpListCategory[] | null {
  const recent = workshops
    .filter((w) => w.problem === null)
    .toSorted((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .slice(0, JUMP_LIST_WORKSHOPS);
  if (recent.length === 0) return null;
  return [
    {
      type: 'custom',
      name: 'Recent workshops',
      items: recent.map((w) => ({
        type: 'task' as const,
        title: w.title.slice(0, 80),
        description: [w.company, w.date].filter(Boolean).join(' · ').slice(0, 200),
        program: executable,
        // An id is letters, digits, "-" and "_" (isWorkshopId), so the quoted path needs no escaping.
        args: `"${layout.workshopFile(w.id)}"`,
        iconPath: executable,
        iconIndex: 0,
      })),
    },
  ];
}
