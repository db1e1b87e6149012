/**
 * A library workshop read for a look only (verifying a charter, printing one from the command
 * line): the file is read and parsed, and that is all. Nothing is written, renamed, cleaned up
 * or recovered, so the data folder stays exactly as it was, even beside a running Accord whose
 * save may be under way. Opening a workshop to edit it is the repository's open(), which does
 * clean up after a crash and restores damaged files.
 */
import { parseWorkshopText } from '../../../src/domain/parseWorkshop';
import type { Workshop } from '../../../src/domain/workshopSchema';
import { DurableJsonFile } from './DurableJsonFile';
import { isWorkshopId, LibraryLayout } from './libraryLayout';

/** The workshop `id` of the library in `dataDir`, or null when there is none that can be read (missing, damaged, unreadable). */
export async function readLibraryWorkshop(dataDir: string, id: string): Promise<Workshop | null> {
  if (!isWorkshopId(id)) return null;
  let text: string | null;
  try {
    text = await new DurableJsonFile(new LibraryLayout(dataDir).workshopFile(id)).read();
  } catch {
    return null;
  }
  if (text === null) return null;
  const outcome = parseWorkshopText(text);
  // A newer Accord's file is read with the fields this version knows, as the app shows it read-only.
  const workshop = outcome.kind === 'invalid' ? null : outcome.workshop;
  if (!workshop) return null;
  // In the library a workshop is the one its file is named after, as the repository's open() decides.
  return workshop.id === id ? workshop : { ...workshop, id };
}
