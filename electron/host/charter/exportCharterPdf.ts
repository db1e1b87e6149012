/** One charter export, from record to sealed PDF: print, seal over exactly what was printed, record it in the library. */
import type { CharterRecord } from '../../../src/domain/charterRecord';
import packageJson from '../../../package.json';
import { recordCharterExport } from './charterExportRecords';
import { sealTime } from './charterSeal';
import type { CharterPrinter } from './charterPrinter';
import { sealCharterPdf } from './sealCharterPdf';

/** What the seal and the PDF's Creator name as the program that made the charter. */
const ACCORD_CREATOR = `Accord ${packageJson.version}`;

export interface ExportOptions {
  /** The library that records the export (charterExportRecords.ts); none, nothing is recorded. */
  dataDir?: string;
  creator?: string;
}

export interface ExportedCharter {
  pdf: Uint8Array;
  /** Why the export is not in the library's record, for the facilitator; null when it is, or when no library was named. */
  notRecorded: string | null;
}

/** `now` is read once printing is done, so the seal's time (the PDF's ModDate) never precedes Chromium's CreationDate. */
export async function exportCharterPdf(record: CharterRecord, print: CharterPrinter, now: () => Date, { dataDir, creator = ACCORD_CREATOR }: ExportOptions = {}): Promise<ExportedCharter> {
  const printed = await print(record);
  const exportedAt = now();
  const pdf = await sealCharterPdf(printed, record, { sealedAt: sealTime(exportedAt), creator });
  const notRecorded = dataDir === undefined ? null : await recordCharterExport(dataDir, { record, printed, sealed: pdf, exportedAt });
  return { pdf, notRecorded };
}
