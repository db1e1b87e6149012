/**
 * Compares a charter file's printed pages with the library's record of its exports
 * (charterExportRecords.ts): the pages are the first bytes of the file, as Chromium printed them,
 * so a recorded export's length and SHA-256 say whether these pages are the ones it printed.
 */
import type { CharterExportRecordCheck, CharterVerdict } from '../../../src/shared/accordApi';
import type { CharterExportRecord } from './charterExportRecords';
import { sha256OfBytes } from './charterSeal';

export interface CheckedFile {
  bytes: Uint8Array;
  verdict: CharterVerdict;
  /** The charter the file carries, as the library matched it. */
  version: number;
  fingerprint: string;
}

export function checkExportRecords(records: readonly CharterExportRecord[], file: CheckedFile): CharterExportRecordCheck {
  const ofVersion = records.filter((entry) => entry.charterVersion === file.version);
  if (ofVersion.length === 0) {
    return { status: 'no-record', message: `This library has no record of exporting version ${file.version}: it was exported before Accord kept records of its exports, or on another machine.` };
  }
  const hashes = new Map<number, string>();
  const pagesHash = (length: number) => {
    let hash = hashes.get(length);
    if (hash === undefined) hashes.set(length, (hash = sha256OfBytes(file.bytes.subarray(0, length))));
    return hash;
  };
  const match = ofVersion.find((entry) => entry.fingerprint === file.fingerprint && entry.printed.bytes < file.bytes.byteLength && pagesHash(entry.printed.bytes) === entry.printed.sha256);
  if (!match) return { status: 'not-recorded', message: `This library exported version ${file.version}, but not these pages. Compare the pages with your own copy.` };
  // Said with the export's time, and (`short`) without it, for a reader that shows when the file was sealed.
  const recorded = (said: (when: string) => string): CharterExportRecordCheck => ({ status: 'recorded', message: said(` on ${match.exportedAt.slice(0, 10)} at ${match.exportedAt.slice(11, 16)}`), short: said('') });
  // The whole file as exported: whatever the verdict says (a signature withdrawn since, say), the bytes were not changed.
  if (sha256OfBytes(file.bytes) === match.sealedSha256) return recorded((when) => `This library exported this exact file${when}.`);
  return file.verdict === 'unchanged'
    ? recorded((when) => `This library exported these exact pages${when}.`)
    : recorded((when) => `This library exported these pages${when}; the file was changed after that, so compare its pages with your own copy.`);
}
