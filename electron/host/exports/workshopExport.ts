/**
 * The exports that are text: the action list as CSV, the current charter as Markdown and the
 * operating rhythm as an iCalendar file, with a file name, for the app (a download or a save
 * dialog) and the command line alike. All are made
 * from the workshop as it is: nothing is written to it, and no record is kept (unlike the sealed
 * PDF, these files carry no seal to check).
 */
import { actionsCsv } from '../../../src/domain/actionsCsv';
import { buildCharterModel } from '../../../src/domain/charterModel';
import { charterMarkdown } from '../../../src/domain/charterMarkdown';
import { countNoun } from '../../../src/domain/countNoun';
import type { Workshop } from '../../../src/domain/workshopSchema';
import type { CharterFingerprintResult, WorkshopExportFormat } from '../../../src/shared/accordApi';
import { charterFileName, charterRecordFor, fileNameBase } from '../charter/charterRecordFor';
import { rhythmCalendar, type RhythmCalendarOptions } from './rhythmCalendar';

export type WorkshopExportText = { ok: true; fileName: string; text: string; note?: string } | { ok: false; message: string };

/** What each format is, in words (the command line's usage and messages). */
export const EXPORT_FORMAT_NAMES = {
  'actions-csv': 'the actions as CSV',
  'charter-md': 'the charter as Markdown',
  'rhythm-ics': 'the operating rhythm as a calendar',
} as const satisfies Record<WorkshopExportFormat, string>;

/**
 * `fingerprint`: the current charter's (the session's cached answer, or fingerprintCharter's); only the
 * Markdown needs it. `calendar`: what the .ics needs (the host's clock and time zone, the due dates or not).
 */
export function workshopExport(workshop: Workshop, format: WorkshopExportFormat, fingerprint: () => CharterFingerprintResult, calendar: RhythmCalendarOptions): WorkshopExportText {
  if (format === 'actions-csv') {
    return { ok: true, fileName: `${fileNameBase(workshop.setup.company, workshop.setup.title)} actions.csv`, text: actionsCsv(workshop) };
  }
  if (format === 'rhythm-ics') {
    const written = rhythmCalendar(workshop, calendar);
    if (!written.ok) return written;
    const note = [
      `${countNoun(written.meetings, { one: 'meeting', other: 'meetings' })}${calendar.withDueDates ? ` and ${countNoun(written.dueDates, { one: 'due date', other: 'due dates' })}` : ''}`,
      ...(written.leftOut.length > 0 ? [`left out: ${written.leftOut.map((m) => `“${m.name}” (${m.reason})`).join(', ')}`] : []),
    ].join('; ');
    return { ok: true, fileName: `${fileNameBase(workshop.setup.company, workshop.setup.title)} rhythm.ics`, text: written.text, note };
  }
  // The paper size means nothing to Markdown; the record wants one.
  const picked = charterRecordFor(workshop, null, workshop.setup.paperSize ?? 'a4', fingerprint);
  if (!picked.ok) return picked;
  return { ok: true, fileName: charterFileName(picked.record, 'md'), text: charterMarkdown(buildCharterModel(picked.record)) };
}
