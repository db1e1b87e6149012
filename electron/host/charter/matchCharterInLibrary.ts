/**
 * The strongest check of a charter file: against the facilitator's own library. Says which
 * version of the workshop the file's fingerprint belongs to, and whether a newer one exists.
 */
import type { Workshop } from '../../../src/domain/workshopSchema';
import type { CharterVerification } from '../../../src/shared/accordApi';
import { fingerprintCharter } from './fingerprintCharter';

/** `workshop`: the library's workshop with the embedded charter's id, or null when the library has none. */
export function matchCharterInLibrary(verification: CharterVerification, workshop: Workshop | null): CharterVerification {
  const file = verification.embeddedCharter;
  if (!file || !workshop || workshop.id !== file.content.workshopId) return verification;
  const title = workshop.setup.title.trim() || 'Untitled workshop';
  const latest = workshop.signoff.charterVersion;
  const signed = workshop.signoff.versions.filter((v) => v.fingerprint === file.fingerprint);
  const currentMatches = currentFingerprint(workshop) === file.fingerprint;

  let version: number | null = null;
  let libraryRecords: readonly { hash: string }[] = [];
  const sameNumber = signed.find((v) => v.number === file.version);
  if (currentMatches && (file.version === latest || !sameNumber)) {
    version = latest;
    libraryRecords = workshop.signoff.signatures;
  } else if (sameNumber ?? signed.at(-1)) {
    const match = (sameNumber ?? signed.at(-1))!;
    version = match.number;
    libraryRecords = match.signatures;
  }
  const librarySignatures = libraryRecords.length;

  if (version === null) {
    return {
      ...verification,
      ...withNote(verification, `Your library holds this workshop (“${title}”), but none of its charter versions has this fingerprint: the charter was edited after this file was exported and before anyone signed, or the file does not come from this library.`),
    };
  }
  // Each signature record's hash covers who signed, what they drew and when: the file's records
  // must be the library's, in its order (a file exported early may lack later signatures).
  const foreign = file.signatures.findIndex((record, index) => libraryRecords[index]?.hash !== record.hash);
  if (foreign >= 0) {
    // The seal's own reassurance ("matches its fingerprint") is beside the point once the library disagrees.
    const mismatch = `Does not match your library: signature ${foreign + 1} in this file (“${file.signatures[foreign]!.typedName}”) is not the one your library holds for version ${version} of “${title}”. The file was built or changed outside this library, or that signature was withdrawn after the export.`;
    return {
      ...verification,
      verdict: 'altered',
      reason: `${mismatch} ${verification.reason}`,
      check: mismatch,
      library: { workshopId: workshop.id, title, version, latestVersion: latest, superseded: version < latest },
    };
  }
  const superseded = version < latest;
  const standing = superseded ? `superseded by version ${latest}` : 'the current version';
  const count = (n: number) => `${n} signature${n === 1 ? '' : 's'}`;
  const signatures = librarySignatures === file.signatures.length ? '' : ` Your library’s version ${version} has ${count(librarySignatures)}; this file shows ${count(file.signatures.length)}.`;
  return {
    ...verification,
    reason: `${verification.reason} In your library it is version ${version} of “${title}”, ${standing}.${signatures}`,
    // The standing is the library's own line in the app; a difference in signatures is news.
    ...(verification.check !== undefined && { check: `${verification.check}${signatures}` }),
    library: { workshopId: workshop.id, title, version, latestVersion: latest, superseded },
  };
}

/** A sentence the library adds, to the reason and to its short form. */
function withNote(verification: CharterVerification, note: string): Pick<CharterVerification, 'reason' | 'check'> {
  return { reason: `${verification.reason} ${note}`, ...(verification.check !== undefined && { check: `${verification.check} ${note}` }) };
}

function currentFingerprint(workshop: Workshop): string | null {
  try {
    return fingerprintCharter(workshop);
  } catch {
    return null; // text with a broken character has no fingerprint, so no file can match it
  }
}
