import { describe, expect, it } from 'vitest';
import { matchCharterInLibrary } from '../../../electron/host/charter/matchCharterInLibrary';
import { fingerprintCharter, sha256Hex } from '../../../electron/host/charter/fingerprintCharter';
import { currentCharterRecord } from '../../../src/domain/charterRecord';
import { createSampleWorkshop } from '../../../src/domain/sampleWorkshop';
import { signatureChainText } from '../../../src/domain/signoff';
import type { Workshop } from '../../../src/domain/workshopSchema';
import type { CharterVerification } from '../../../src/shared/accordApi';
import { applyAll, readyToSign, signCommand, T0 } from '../../helpers/domainBuilders';

const signedSample = (): Workshop => {
  let w = readyToSign(createSampleWorkshop(T0));
  for (const id of ['p1', 'p5']) w = applyAll(w, signCommand(w, id, `Name of ${id}`));
  return w;
};

const verificationOf = (w: Workshop): CharterVerification => {
  const record = currentCharterRecord(w, fingerprintCharter(w), 'a4');
  return { verdict: 'unchanged', reason: 'Unchanged since Accord exported it.', check: 'The seal checks out.', fingerprint: record.fingerprint, library: null, embeddedCharter: record };
};

describe('matchCharterInLibrary', () => {
  it('names the version a file matches, and whether it is the current one', () => {
    const w = signedSample();
    const matched = matchCharterInLibrary(verificationOf(w), w);
    expect(matched.verdict).toBe('unchanged');
    expect(matched.library).toMatchObject({ version: 1, latestVersion: 1, superseded: false });
    // The standing goes into the full reason; the app's short form leaves it to the library's own line.
    expect(matched.reason).toContain('In your library it is version 1 of');
    expect(matched.check).toBe('The seal checks out.');
  });

  it('adds what the app shows nowhere else to the short form too: a library version with other signatures, or none with this fingerprint', () => {
    const early = signedSample();
    const later = applyAll(early, signCommand(early, 'p2', 'Tomasz'));
    expect(matchCharterInLibrary(verificationOf(early), later).check).toBe('The seal checks out. Your library’s version 1 has 3 signatures; this file shows 2 signatures.');
    const edited = applyAll(readyToSign(createSampleWorkshop(T0)), { type: 'updateSetup', patch: { venue: 'Elsewhere' } });
    expect(matchCharterInLibrary(verificationOf(readyToSign(createSampleWorkshop(T0))), edited).check).toMatch(/^The seal checks out\. Your library holds this workshop .*, but none of its charter versions has this fingerprint/);
  });

  it('accepts a file exported before later signatures, and refuses one whose signature the library never held', () => {
    const early = signedSample();
    const later = applyAll(early, signCommand(early, 'p2', 'Tomasz'));
    expect(matchCharterInLibrary(verificationOf(early), later).verdict).toBe('unchanged');

    // A forged record: another typed name and time, with its hash and chain made consistent again.
    const forged = verificationOf(early);
    const [first, second] = forged.embeddedCharter!.signatures;
    const changed = { ...second!, typedName: 'Someone else', signedAt: '2026-11-22T18:00:00+01:00' };
    changed.hash = sha256Hex(signatureChainText(changed));
    forged.embeddedCharter!.signatures = [first!, changed];
    const answer = matchCharterInLibrary(forged, later);
    expect(answer.verdict).toBe('altered');
    expect(answer.reason).toMatch(/^Does not match your library: signature 2 in this file \(“Someone else”\)/);
    expect(answer.check).toMatch(/^Does not match your library: .*withdrawn after the export\.$/);
  });
});
