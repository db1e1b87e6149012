/**
 * The check-in of a workshop, as the host makes it: refused in the facilitator's words when
 * nobody signed, and made only from a signed charter whose content still hashes to the
 * fingerprint its signatures carry, so that the check-in looks back on exactly what was signed.
 */
import { CanonicalJsonError, canonicalJson } from '../../src/domain/canonicalJson';
import { charterContent } from '../../src/domain/charterContent';
import { checkInRefusal, createCheckIn, latestSignedCharter, type NewCheckInOptions } from '../../src/domain/createCheckIn';
import type { Workshop } from '../../src/domain/workshopSchema';
import { sha256Hex } from './charter/fingerprintCharter';

export type CheckInOutcome = { ok: true; workshop: Workshop } | { ok: false; message: string };

export function checkInFromSigned(source: Workshop, options: NewCheckInOptions): CheckInOutcome {
  const refusal = checkInRefusal(source);
  const signed = latestSignedCharter(source, () => charterContent(source));
  if (refusal !== null || signed === null) return { ok: false, message: refusal ?? 'Nobody has signed this workshop’s charter yet.' };
  // Hashed the way a signature's fingerprint is (fingerprintCharter): the canonical text of the content.
  if (fingerprintOf(signed.content) !== signed.fingerprint) {
    return {
      ok: false,
      message: `What this workshop keeps of its signed charter (version ${signed.version}) no longer matches the fingerprint its signatures carry, so a check-in could not say what the room signed. Export the workshop and check the file, or start the check-in as a new workshop.`,
    };
  }
  return { ok: true, workshop: createCheckIn(source, signed, options) };
}

function fingerprintOf(content: unknown): string | null {
  try {
    return sha256Hex(canonicalJson(content));
  } catch (error) {
    if (error instanceof CanonicalJsonError) return null; // a broken character: no fingerprint matches it
    throw error;
  }
}
