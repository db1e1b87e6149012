import { describe, expect, it } from 'vitest';
import type { CharterExportRecord } from '../../../electron/host/charter/charterExportRecords';
import { sha256OfBytes } from '../../../electron/host/charter/charterSeal';
import { checkExportRecords } from '../../../electron/host/charter/checkExportRecords';

const FINGERPRINT = 'ab'.repeat(32);
// A file as exported: the printed pages, then the seal Accord appended.
const printed = new TextEncoder().encode('%PDF-1.7 the printed pages %%EOF\n');
const sealed = new Uint8Array([...printed, ...new TextEncoder().encode('the seal %%EOF\n')]);
const record: CharterExportRecord = {
  format: 'accord-charter-export',
  formatVersion: 1,
  workshopId: 'w1',
  charterVersion: 1,
  fingerprint: FINGERPRINT,
  printed: { bytes: printed.byteLength, sha256: sha256OfBytes(printed) },
  sealedSha256: sha256OfBytes(sealed),
  exportedAt: '2026-11-22T16:05:00.000+01:00',
};
const file = (bytes: Uint8Array, verdict: 'unchanged' | 'contentIntact' | 'altered') => ({ bytes, verdict, version: 1, fingerprint: FINGERPRINT });

describe('checkExportRecords', () => {
  it('says the exact file was exported, with and without the time, whatever the verdict (a signature withdrawn since changes no byte)', () => {
    for (const verdict of ['unchanged', 'altered'] as const) {
      expect(checkExportRecords([record], file(sealed, verdict))).toEqual({
        status: 'recorded',
        message: 'This library exported this exact file on 2026-11-22 at 16:05.',
        short: 'This library exported this exact file.',
      });
    }
  });

  it('says the pages were exported and the file changed after that, when bytes after the pages differ', () => {
    const changed = new Uint8Array([...sealed, ...new TextEncoder().encode('an update %%EOF\n')]);
    expect(checkExportRecords([record], file(changed, 'altered'))).toEqual({
      status: 'recorded',
      message: 'This library exported these pages on 2026-11-22 at 16:05; the file was changed after that, so compare its pages with your own copy.',
      short: 'This library exported these pages; the file was changed after that, so compare its pages with your own copy.',
    });
    expect(checkExportRecords([record], file(changed, 'unchanged'))).toMatchObject({ short: 'This library exported these exact pages.' });
  });

  it('says so when the pages are not ones it exported, or it has no record of the version', () => {
    const forged = new Uint8Array(sealed);
    forged[10] = 0x41;
    expect(checkExportRecords([record], file(forged, 'unchanged'))).toMatchObject({ status: 'not-recorded' });
    expect(checkExportRecords([], file(sealed, 'unchanged'))).toMatchObject({ status: 'no-record' });
  });
});
