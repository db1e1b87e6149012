/**
 * "Verify a charter…" from end to end, for the app, the browser mode and the command line: the
 * file checked against the seal inside it, then against the library's workshop and its record
 * of exports. The library is only read (readLibraryWorkshop, readCharterExportRecords):
 * verifying never changes a file in the data folder.
 */
import type { Workshop } from '../../../src/domain/workshopSchema';
import type { CharterVerification } from '../../../src/shared/accordApi';
import { readLibraryWorkshop } from '../storage/readLibraryWorkshop';
import { readCharterExportRecords } from './charterExportRecords';
import { checkExportRecords } from './checkExportRecords';
import { matchCharterInLibrary } from './matchCharterInLibrary';
import type { VerifyCharterPdf } from './verifyCharterPdf';

export interface CharterLibrary {
  dataDir: string;
  /** The workshop as it is in memory when it is open (unsaved edits included), else null: it is then read from its file. */
  openWorkshop?: (id: string) => Workshop | null;
}

export interface LibraryVerification {
  verification: CharterVerification;
  /** Whether the library holds the workshop the file names (whatever its versions say). */
  workshopInLibrary: boolean;
}

export async function verifyCharterInLibrary(bytes: Uint8Array, verify: VerifyCharterPdf, library: CharterLibrary): Promise<LibraryVerification> {
  const found = await verify(bytes);
  const id = found.embeddedCharter?.content.workshopId;
  if (id === undefined) return { verification: found, workshopInLibrary: false };
  const workshop = library.openWorkshop?.(id) ?? (await readLibraryWorkshop(library.dataDir, id));
  const verification = matchCharterInLibrary(found, workshop);
  const matched = verification.library;
  if (!matched || verification.fingerprint === null) return { verification, workshopInLibrary: workshop !== null };
  const records = await readCharterExportRecords(library.dataDir, id);
  const exportRecord = checkExportRecords(records, { bytes, verdict: verification.verdict, version: matched.version, fingerprint: verification.fingerprint });
  return { verification: { ...verification, library: { ...matched, exportRecord } }, workshopInLibrary: true };
}
