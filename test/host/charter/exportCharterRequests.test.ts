/**
 * exportCharter and verifyCharter through the host, around printing: which charter is printed,
 * what is refused and how it is said, and answers to inputs that are no charter at all. A
 * one-page PDF made with pdf-lib stands in for Chromium here (charterExport.test.ts prints for real).
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAccordHost } from '../../../electron/host/accordHost';
import type { AccordHost, AccordHostOptions } from '../../../electron/host/accordHost.types';
import type { CharterPrinter } from '../../../electron/host/charter/charterPrinter';
import { CharterPrintError } from '../../../electron/host/charter/charterPrinter';
import { sealCharterPdf, SealError } from '../../../electron/host/charter/sealCharterPdf';
import { fingerprintCharter } from '../../../electron/host/charter/fingerprintCharter';
import type { CharterRecord } from '../../../src/domain/charterRecord';
import { currentCharterRecord } from '../../../src/domain/charterRecord';
import { createSampleWorkshop, SAMPLE_WORKSHOP_ID } from '../../../src/domain/sampleWorkshop';
import { MAX_VERIFY_BYTES, type CharterExportResult, type CharterFingerprintResult, type CharterVerification, type SessionSnapshot, type WorkshopSummary } from '../../../src/shared/accordApi';
import { tinyPdfPrinter } from '../../helpers/charterPrinting';
import { acceptAllCommand, SOME_STROKES } from '../../helpers/domainBuilders';
import { signoffWarnings } from '../../../src/domain/signoff';

let dataDir: string;
let host: AccordHost;
let printedRecords: CharterRecord[];

const start = async (options: Partial<AccordHostOptions> = {}) => {
  printedRecords = [];
  const printer: CharterPrinter = async (record) => {
    printedRecords.push(record);
    return tinyPdfPrinter(record);
  };
  host = await createAccordHost({ dataDir, printCharter: printer, ...options });
};
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'accord-export-'));
});
afterEach(async () => {
  await host.close();
  await rm(dataDir, { recursive: true, force: true });
});

const call = <T>(method: Parameters<AccordHost['call']>[0], ...args: unknown[]) => host.call(method, args) as Promise<T>;
const exportCharter = (request: { workshopId?: string; version?: number | null; paperSize?: string } = {}) =>
  call<CharterExportResult>('exportCharter', { workshopId: SAMPLE_WORKSHOP_ID, version: null, paperSize: 'a4', ...request });
const verify = (base64: string) => call<CharterVerification>('verifyCharter', 'charter.pdf', base64);
const sign = async (count: number) => {
  const { workshop } = (await call<SessionSnapshot>('getSession'))!;
  if (workshop.signoff.signatures.length === 0) await call('dispatch', acceptAllCommand(workshop));
  for (const participant of workshop.participants.slice(0, count)) {
    const current = await call<CharterFingerprintResult>('getCharterFingerprint');
    if (!current.ok) throw new Error(current.message);
    await call('dispatch', { type: 'sign', participantId: participant.id, typedName: participant.name, strokes: SOME_STROKES, fingerprint: current.fingerprint });
  }
};

describe('exportCharter', () => {
  it('prints the open workshop’s current charter on the paper asked for, with its signatures', async () => {
    await start();
    await sign(2);
    const result = await exportCharter({ paperSize: 'letter' });
    expect(result).toMatchObject({ ok: true, fileName: 'Kestrel Fleet Systems charter v1.pdf' });
    expect(printedRecords).toHaveLength(1);
    expect(printedRecords[0]).toMatchObject({ version: 1, latestVersion: 1, paperSize: 'letter' });
    expect(printedRecords[0]!.signatures).toHaveLength(2);
    expect(result.ok && result.fingerprint).toBe(printedRecords[0]!.fingerprint);
    expect(result.ok && Buffer.from(result.pdfBase64!, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('prints a signed earlier version from the history, marked as superseded', async () => {
    await start();
    await sign(1);
    const { workshop } = (await call<SessionSnapshot>('getSession'))!;
    await call('dispatch', { type: 'updateSetup', patch: { venue: 'Another room' } });
    expect(await exportCharter({ version: 1 })).toMatchObject({ ok: true, fileName: 'Kestrel Fleet Systems charter v1.pdf', fingerprint: fingerprintCharter(workshop) });
    expect(printedRecords[0]).toMatchObject({ version: 1, latestVersion: 2, absent: [], acceptedWarnings: signoffWarnings(createSampleWorkshop('2026-11-22T09:00:00.000Z')).map((w) => w.key) });
    expect(printedRecords[0]!.content.cover.venue).toBe(workshop.setup.venue);
    expect(await exportCharter({ version: 2 })).toMatchObject({ ok: true, fileName: 'Kestrel Fleet Systems charter v2.pdf' });
  });

  it('refuses a version that does not exist, saying which do', async () => {
    await start();
    expect(await exportCharter({ version: 3 })).toEqual({ ok: false, message: 'This workshop has no charter version 3 to export: only version 1 exists.' });
    expect(printedRecords).toEqual([]);
  });

  it('refuses a workshop that is not open, and any when none is', async () => {
    await start();
    const other = await call<WorkshopSummary>('createWorkshop', { title: 'Other', templateId: 'blank' });
    expect(await exportCharter({ workshopId: other.id })).toEqual({ ok: false, message: 'That workshop is not the open one: open it to export its charter.' });
    await call('closeWorkshop');
    expect(await exportCharter()).toEqual({ ok: false, message: 'No workshop is open: open the workshop whose charter you want to export.' });
    expect(printedRecords).toEqual([]);
  });

  it('says so when the charter cannot be fingerprinted, before printing', async () => {
    // A lone surrogate cannot come through a command; a file on disk can still hold one.
    const broken = { ...createSampleWorkshop('2026-11-22T09:00:00.000Z'), id: 'broken' };
    broken.setup.venue = 'Room \uD800';
    await mkdir(join(dataDir, 'workshops'), { recursive: true });
    await writeFile(join(dataDir, 'workshops', 'broken.accord.json'), JSON.stringify(broken));
    await start();
    await call('openWorkshop', 'broken');
    const result = await exportCharter({ workshopId: 'broken' });
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/^The charter cannot be fingerprinted, so it cannot be signed: a text in it holds a broken character \(cover\.venue\)/) });
    expect(printedRecords).toEqual([]);
  });

  it('says clearly when this Accord has no way to print', async () => {
    await start({ printCharter: undefined });
    expect(await exportCharter()).toEqual({ ok: false, message: 'This Accord cannot print charters: it was started without a way to print.' });
  });

  it('passes on what printing says went wrong', async () => {
    await start({ printCharter: async () => { throw new CharterPrintError('Printing the charter needs Chromium.'); } });
    expect(await exportCharter()).toEqual({ ok: false, message: 'Printing the charter needs Chromium.' });
  });

  it('refuses a request of the wrong shape before doing anything', async () => {
    await start();
    await expect(call('exportCharter', { workshopId: SAMPLE_WORKSHOP_ID, version: 0, paperSize: 'a4' })).rejects.toThrow(/exportCharter was refused/);
    await expect(call('exportCharter', { workshopId: SAMPLE_WORKSHOP_ID, version: null, paperSize: 'a3' })).rejects.toThrow(/exportCharter was refused/);
    expect(printedRecords).toEqual([]);
  });

  it('closes the printer when the host closes', async () => {
    let closed = 0;
    await start({ printCharter: Object.assign(tinyPdfPrinter.bind(null), { close: async () => void (closed += 1) }) });
    await host.close();
    expect(closed).toBe(1);
    host = await createAccordHost({ dataDir }); // for afterEach
  });
});

describe('sealCharterPdf', () => {
  const record = () => {
    const workshop = createSampleWorkshop('2026-11-22T09:00:00.000Z');
    return currentCharterRecord(workshop, fingerprintCharter(workshop), 'a4');
  };
  const parameters = { sealedAt: '2026-12-02T10:00:00Z', creator: 'Accord 0.1.0' };

  it('is deterministic: the same printed bytes, record and time give the same file', async () => {
    const printed = await tinyPdfPrinter(record());
    expect(Buffer.from(await sealCharterPdf(printed, record(), parameters)).equals(Buffer.from(await sealCharterPdf(printed, record(), parameters)))).toBe(true);
  });

  it('refuses content that does not match its fingerprint, and a broken signature chain', async () => {
    const printed = await tinyPdfPrinter(record());
    await expect(sealCharterPdf(printed, { ...record(), fingerprint: '0'.repeat(64) }, parameters)).rejects.toThrow(SealError);
    const signature = { id: 's1', participantId: 'k1', typedName: 'A', teamId: 'sales', statement: 'I agree.', strokes: SOME_STROKES, fingerprint: record().fingerprint, signedAt: '2026-12-02T10:00:00+01:00', timeZone: 'Europe/Berlin', previousHash: '1'.repeat(64), hash: '2'.repeat(64) };
    await expect(sealCharterPdf(printed, { ...record(), signatures: [signature] }, parameters)).rejects.toThrow(/Signature 1 of charter version 1 does not start the chain/);
  });

  it('refuses bytes that are not a PDF', async () => {
    await expect(sealCharterPdf(new TextEncoder().encode('not a pdf'), record(), parameters)).rejects.toThrow(SealError);
  });
});

describe('verifyCharter', () => {
  beforeEach(() => start());

  // Written once by test/helpers/generateSealedCharterFixture.ts: if this fails, Accord no longer
  // writes seal format 1 byte for byte, and every charter exported before would read "changed".
  it('still reads a charter sealed in seal format 1 as unchanged (test/fixtures/sealed-charter-v1.pdf)', async () => {
    const fixture = await readFile(new URL('../../fixtures/sealed-charter-v1.pdf', import.meta.url));
    const answer = await verify(fixture.toString('base64'));
    expect(answer).toMatchObject({ verdict: 'unchanged', fingerprint: '6aee4ebd04fce69cb902f3ee671e912591a96a0f62e1fc685f3f866d00f03893' });
    expect(answer.reason).toMatch(/^Unchanged since Accord exported it on 2026-12-02 \(version 1 of “Kestrel sales & marketing alignment day”/);
    expect(answer.embeddedCharter?.signatures.map((s) => s.typedName)).toEqual(['Marguerite Fontaine', 'Priya Raghunathan']);
  });

  it('answers altered, with a reason, for what is no Accord charter', async () => {
    const cases: Array<[string, string, RegExp]> = [
      ['empty', '', /empty/],
      ['text', Buffer.from('hello').toString('base64'), /not a PDF/],
      ['a PDF without Accord’s data', Buffer.from(await tinyPdfPrinter({} as CharterRecord)).toString('base64'), /no charter data from Accord/],
      ['a truncated PDF header', Buffer.from('%PDF-1.4\n1 0 obj\n<<').toString('base64'), /damaged|no charter data/],
    ];
    for (const [what, base64, reason] of cases) {
      const answer = await verify(base64);
      expect(answer, what).toMatchObject({ verdict: 'altered', fingerprint: null, library: null, embeddedCharter: null });
      expect(answer.reason, what).toMatch(reason);
    }
  });

  it('refuses malformed base64 instead of reading half of it', async () => {
    for (const base64 of ['abc', 'ab!d', '====', 'JVBERi0x\nLjQ=']) {
      expect(await verify(base64)).toMatchObject({ verdict: 'altered', reason: expect.stringContaining('not valid base64') });
    }
  });

  it('refuses a file over the size it verifies, at the request and in the verifier', async () => {
    const tooLong = 'A'.repeat(Math.ceil(MAX_VERIFY_BYTES / 3) * 4 + 4);
    await expect(call('verifyCharter', 'big.pdf', tooLong)).rejects.toThrow(/larger than the charter size Accord verifies/);
    const { createCharterVerifier } = await import('../../../electron/host/charter/verifyCharterPdf');
    expect(await createCharterVerifier()(new Uint8Array(MAX_VERIFY_BYTES + 1))).toMatchObject({ verdict: 'altered', reason: expect.stringContaining('Accord verifies charters up to 14 MB') });
  });

  it('says when the library holds the workshop but no version with the file’s fingerprint', async () => {
    const exported = await exportCharter();
    if (!exported.ok) throw new Error(exported.message);
    await call('dispatch', { type: 'updateSetup', patch: { venue: 'Edited before anyone signed' } });
    const answer = await verify(exported.pdfBase64!);
    expect(answer).toMatchObject({ verdict: 'unchanged', library: null });
    expect(answer.reason).toContain('none of its charter versions has this fingerprint');
  });

  it('says how many signatures the library’s version has when the file shows fewer', async () => {
    const exported = await exportCharter();
    if (!exported.ok) throw new Error(exported.message);
    await sign(1);
    const answer = await verify(exported.pdfBase64!);
    expect(answer).toMatchObject({ verdict: 'unchanged', library: { version: 1, superseded: false } });
    expect(answer.reason).toContain('Your library’s version 1 has 1 signature; this file shows 0 signatures.');
  });

  it('answers without the library when the workshop is not in it', async () => {
    const exported = await exportCharter();
    if (!exported.ok) throw new Error(exported.message);
    await call('deleteWorkshop', SAMPLE_WORKSHOP_ID);
    expect(await verify(exported.pdfBase64!)).toMatchObject({ verdict: 'unchanged', library: null });
  });
});
