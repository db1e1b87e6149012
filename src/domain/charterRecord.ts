/**
 * A charter as a document shows it: what it says (its content), which version it is, the
 * fingerprint that content hashes to, and its sign-off record. The one input of the charter's
 * rendering, whether on the console, on the projector or in the PDF, for the current version
 * and for a signed version from the history alike. The host computes the fingerprint.
 */
import { charterContent } from './charterContent';
import type { PaperSize, SignatureRecord, Workshop } from './workshopSchema';

export type CharterContent = ReturnType<typeof charterContent>;

export interface CharterRecord {
  content: CharterContent;
  version: number;
  /** SHA-256 of the content's canonical text, from the host. */
  fingerprint: string;
  /** In the order they were given (a hash chain, see signoff.ts). */
  signatures: SignatureRecord[];
  /** Participants marked absent for this version (a version in the history keeps its own). */
  absent: string[];
  /** Keys of the open warnings the facilitator accepted for this version, before its first signature. */
  acceptedWarnings: string[];
  /** The newest version the workshop has: a record of an older one says it was superseded. */
  latestVersion: number;
  paperSize: PaperSize;
}

/** The current version of a workshop's charter. */
export function currentCharterRecord(workshop: Workshop, fingerprint: string, paperSize: PaperSize): CharterRecord {
  const { signoff } = workshop;
  return {
    content: charterContent(workshop),
    version: signoff.charterVersion,
    fingerprint,
    signatures: signoff.signatures,
    absent: signoff.absent,
    acceptedWarnings: signoff.acceptedWarnings,
    latestVersion: signoff.charterVersion,
    paperSize,
  };
}

/** A signed earlier version from the history, or null when there is no such version. */
export function signedVersionRecord(workshop: Workshop, version: number, paperSize: PaperSize): CharterRecord | null {
  const signed = workshop.signoff.versions.find((v) => v.number === version);
  if (!signed) return null;
  return {
    content: signed.content as CharterContent,
    version: signed.number,
    fingerprint: signed.fingerprint,
    signatures: signed.signatures,
    absent: signed.absent,
    acceptedWarnings: signed.acceptedWarnings,
    latestVersion: workshop.signoff.charterVersion,
    paperSize,
  };
}

/** Letter in the countries that use it (the US, Canada, Mexico and a few others), A4 everywhere else. */
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'CR', 'PA', 'DO', 'PR', 'SV', 'NI', 'BZ']);

/** The paper a machine with this locale (BCP 47, e.g. "en-US") prints on by default. */
export function defaultPaperSize(locale: string): PaperSize {
  const region = /[-_]([A-Za-z]{2})\b/.exec(locale)?.[1]?.toUpperCase();
  return region && LETTER_REGIONS.has(region) ? 'letter' : 'a4';
}
