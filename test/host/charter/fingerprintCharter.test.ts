import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWorkshopText } from '../../../src/domain/parseWorkshop';
import { fingerprintCharter, sha256Hex } from '../../../electron/host/charter/fingerprintCharter';

const fixture = () => {
  const outcome = parseWorkshopText(readFileSync(new URL('../../fixtures/schema-v1.accord.json', import.meta.url), 'utf8'));
  if (outcome.kind !== 'ok') throw new Error('the version-1 fixture no longer opens');
  return outcome.workshop;
};

describe('fingerprintCharter', () => {
  it('hashes UTF-8 bytes, as any SHA-256 tool does', () => {
    // `printf 'Zoë' | sha256sum`
    expect(sha256Hex('Zoë')).toBe('c6a12698582fc1104ea24107a2d7268145ff06ef859707729d01fd060897f067');
  });

  // Computed independently: the canonical text written to a file, then `sha256sum`.
  it('pins the fingerprint of the version-1 fixture: a change here means every signed charter stops verifying', () => {
    // Opening the unsigned version-1 file reads its meetings' cadences into schedules (schema 8), which is
    // new content; without them, the charter is what version 1 wrote, byte for byte, and hashes as it always did.
    const asWritten = fixture();
    asWritten.rhythm.meetings = asWritten.rhythm.meetings.map((meeting) => ({ ...meeting, schedule: null }));
    expect(fingerprintCharter(asWritten)).toBe('6aee4ebd04fce69cb902f3ee671e912591a96a0f62e1fc685f3f866d00f03893');
    expect(fingerprintCharter(fixture())).not.toBe('6aee4ebd04fce69cb902f3ee671e912591a96a0f62e1fc685f3f866d00f03893');
  });
});
