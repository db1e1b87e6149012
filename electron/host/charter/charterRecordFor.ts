/**
 * Which charter an export prints: the current version (fingerprinted now) or a signed earlier
 * one from the history, with a sentence for the facilitator when there is none to print.
 */
import { currentCharterRecord, signedVersionRecord, type CharterRecord } from '../../../src/domain/charterRecord';
import type { PaperSize, Workshop } from '../../../src/domain/workshopSchema';
import type { CharterFingerprintResult } from '../../../src/shared/accordApi';

export type CharterRecordResult = { ok: true; record: CharterRecord } | { ok: false; message: string };

/**
 * `version` null, or the current version's number, is the current charter; any other number is
 * a signed version from the history. `fingerprint` is the current charter's (the session's
 * cached answer, or fingerprintCharter's).
 */
export function charterRecordFor(workshop: Workshop, version: number | null, paperSize: PaperSize, fingerprint: () => CharterFingerprintResult): CharterRecordResult {
  const current = workshop.signoff.charterVersion;
  if (version === null || version === current) {
    const result = fingerprint();
    if (!result.ok) return { ok: false, message: result.message };
    return { ok: true, record: currentCharterRecord(workshop, result.fingerprint, paperSize) };
  }
  const record = signedVersionRecord(workshop, version, paperSize);
  if (record) return { ok: true, record };
  const signed = workshop.signoff.versions.map((v) => v.number);
  const known = signed.length === 0 ? `only version ${current} exists` : `the signed versions are ${signed.join(', ')} and the current one is ${current}`;
  return { ok: false, message: `This workshop has no charter version ${version} to export: ${known}.` };
}

const MAX_NAME_CHARACTERS = 80;
/** Device names Windows refuses as file names, even with an extension. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** "Kestrel Fleet Systems": the company (or else the workshop's title) as the start of a file name that is safe on every platform. */
export function fileNameBase(company: string, title: string): string {
  const named = Array.from(
    (company.trim() || title.trim())
      .normalize('NFC')
      // Path separators, characters Windows refuses, control characters: a space instead.
      .replace(/[/\\:*?"<>|\u0000-\u001F\u007F-\u009F]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^[.\s]+|[.\s]+$/g, ''),
  )
    .slice(0, MAX_NAME_CHARACTERS)
    .join('')
    .trim();
  return named === '' || WINDOWS_RESERVED.test(named) ? 'Alignment' : named;
}

/** "Kestrel Fleet Systems charter v2.pdf" (or .md): readable, and safe as a file name on every platform. */
export function charterFileName(record: CharterRecord, extension: 'pdf' | 'md' = 'pdf'): string {
  const { company, title } = record.content.cover;
  return `${fileNameBase(company, title)} charter v${record.version}.${extension}`;
}
