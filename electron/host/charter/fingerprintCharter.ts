/**
 * The charter's fingerprint: SHA-256 of its canonical text as UTF-8, in lower-case hex. Hashing
 * lives in the host (node:crypto) so the domain stays free of platform code; what is hashed is
 * defined once, in src/domain/charterContent.
 */
import { createHash } from 'node:crypto';
import { CanonicalJsonError } from '../../../src/domain/canonicalJson';
import { charterCanonicalText, type CharterSource } from '../../../src/domain/charterContent';
import { CHARTER_FIELDS } from '../../../src/domain/signoff';
import type { CharterFingerprintResult } from '../../../src/shared/accordApi';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function fingerprintCharter(workshop: CharterSource): string {
  return sha256Hex(charterCanonicalText(workshop));
}

/**
 * Fingerprints a workshop's charter, reusing the last answer while the parts the charter shows
 * are the same objects (immer keeps untouched parts identical): a window asking again after a
 * timer tick or a phase change costs nothing, even for a large workshop.
 */
export function createCharterFingerprinter(): (workshop: CharterSource & { signoff: { charterVersion: number } }) => CharterFingerprintResult {
  let last: { source: CharterSource; version: number; result: CharterFingerprintResult } | null = null;
  return (workshop) => {
    const version = workshop.signoff.charterVersion;
    if (last && last.version === version && CHARTER_FIELDS.every((field) => last!.source[field] === workshop[field])) return last.result;
    let result: CharterFingerprintResult;
    try {
      result = { ok: true, fingerprint: fingerprintCharter(workshop), version };
    } catch (error) {
      if (!(error instanceof CanonicalJsonError)) throw error;
      result = { ok: false, message: `The charter cannot be fingerprinted, so it cannot be signed: a text in it holds a broken character (${error.path.replace(/^\$\.?/, '')}). Type that text again.` };
    }
    last = { source: workshop, version, result };
    return result;
  };
}
