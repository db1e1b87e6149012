/**
 * The charter's fingerprint: SHA-256 of its canonical text as UTF-8, in lower-case hex. Hashing
 * lives in the host (node:crypto) so the domain stays free of platform code; what is hashed is
 * defined once, in src/domain/charterContent.
 */
import { createHash } from 'node:crypto';
import { charterCanonicalText, type CharterSource } from '../../../src/domain/charterContent';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function fingerprintCharter(workshop: CharterSource): string {
  return sha256Hex(charterCanonicalText(workshop));
}
