/** One charter export, from record to sealed PDF: print, then seal over exactly what was printed. */
import type { CharterRecord } from '../../../src/domain/charterRecord';
import packageJson from '../../../package.json';
import { sealTime } from './charterSeal';
import type { CharterPrinter } from './charterPrinter';
import { sealCharterPdf } from './sealCharterPdf';

/** What the seal and the PDF's Creator name as the program that made the charter. */
const ACCORD_CREATOR = `Accord ${packageJson.version}`;

/** `now` is read once printing is done, so the seal's time (the PDF's ModDate) never precedes Chromium's CreationDate. */
export async function exportCharterPdf(record: CharterRecord, print: CharterPrinter, now: () => Date, creator = ACCORD_CREATOR): Promise<Uint8Array> {
  const printed = await print(record);
  return sealCharterPdf(printed, record, { sealedAt: sealTime(now()), creator });
}
