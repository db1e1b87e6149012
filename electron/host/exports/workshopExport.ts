/**
 * The exports that are text: the action list as CSV and the current charter as Markdown, with a
 * file name, for the app (a download or a save dialog) and the command line alike. Both are made
 * from the workshop as it is: nothing is written to it, and no record is kept (unlike the sealed
 * PDF, these files carry no seal to check).
 */
import { actionsCsv } from '../../../src/domain/actionsCsv';
import { buildCharterModel } from '../../../src/domain/charterModel';
import { charterMarkdown } from '../../../src/domain/charterMarkdown';
import type { Workshop } from '../../../src/domain/workshopSchema';
import type { CharterFingerprintResult, WorkshopExportFormat } from '../../../src/shared/accordApi';
import { charterFileName, charterRecordFor, fileNameBase } from '../charter/charterRecordFor';

export type WorkshopExportText = { ok: true; fileName: string; text: string } | { ok: false; message: string };

/** What each format is, in words (the command line's usage and messages). */
export const EXPORT_FORMAT_NAMES = { 'actions-csv': 'the actions as CSV', 'charter-md': 'the charter as Markdown' } as const satisfies Record<WorkshopExportFormat, string>;

/** `fingerprint`: the current charter's (the session's cached answer, or fingerprintCharter's); only the Markdown needs it. */
export function workshopExport(workshop: Workshop, format: WorkshopExportFormat, fingerprint: () => CharterFingerprintResult): WorkshopExportText {
  if (format === 'actions-csv') {
    return { ok: true, fileName: `${fileNameBase(workshop.setup.company, workshop.setup.title)} actions.csv`, text: actionsCsv(workshop) };
  }
  // The paper size means nothing to Markdown; the record wants one.
  const picked = charterRecordFor(workshop, null, workshop.setup.paperSize ?? 'a4', fingerprint);
  if (!picked.ok) return picked;
  return { ok: true, fileName: charterFileName(picked.record, 'md'), text: charterMarkdown(buildCharterModel(picked.record)) };
}
