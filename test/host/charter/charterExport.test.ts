/**
 * The charter's export through the host, with Debian's Chromium and real files: print, seal,
 * read back with qpdf and poppler, verify (untouched, saved again by qpdf, superseded).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccordHost } from '../../../electron/host/accordHost';
import type { AccordHost } from '../../../electron/host/accordHost.types';
import { createChromiumCharterPrinter } from '../../../electron/host/charter/createChromiumCharterPrinter';
import { sha256Hex } from '../../../electron/host/charter/fingerprintCharter';
import { SAMPLE_WORKSHOP_ID } from '../../../src/domain/sampleWorkshop';
import type { CharterExportResult, CharterFingerprintResult, CharterVerification, SessionSnapshot } from '../../../src/shared/accordApi';
import { chromiumMissing, pdfTool, printRendererDir } from '../../helpers/charterPrinting';
import { acceptAllCommand, SOME_STROKES } from '../../helpers/domainBuilders';

const renderer = printRendererDir();

describe.skipIf(chromiumMissing !== null)(`exporting the charter with Chromium (${chromiumMissing ?? renderer.which})`, () => {
  let dataDir: string;
  let host: AccordHost;
  const printed: Uint8Array[] = [];
  let exported: { ok: true; fileName: string; fingerprint: string; pdfBase64: string };
  let file: string;
  let pdf: Uint8Array;

  const call = <T>(method: Parameters<AccordHost['call']>[0], ...args: unknown[]) => host.call(method, args) as Promise<T>;
  const exportCharter = (version: number | null, paperSize: 'a4' | 'letter' = 'a4') => call<CharterExportResult>('exportCharter', { workshopId: SAMPLE_WORKSHOP_ID, version, paperSize });
  const verify = (bytes: Uint8Array) => call<CharterVerification>('verifyCharter', 'charter.pdf', Buffer.from(bytes).toString('base64'));
  const signNext = async (count: number) => {
    const { workshop } = (await call<SessionSnapshot>('getSession'))!;
    // Signing waits for the open points: accept them while nobody has signed this version yet.
    if (workshop.signoff.signatures.length === 0) expect(await call('dispatch', acceptAllCommand(workshop))).toMatchObject({ ok: true });
    const unsigned = workshop.participants.filter((p) => !workshop.signoff.signatures.some((s) => s.participantId === p.id));
    for (const participant of unsigned.slice(0, count)) {
      const current = await call<CharterFingerprintResult>('getCharterFingerprint');
      if (!current.ok) throw new Error(current.message);
      const signed = await call<{ ok: boolean }>('dispatch', { type: 'sign', participantId: participant.id, typedName: participant.name, strokes: SOME_STROKES, fingerprint: current.fingerprint });
      expect(signed).toMatchObject({ ok: true });
    }
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'accord-charter-'));
    const chromium = createChromiumCharterPrinter({ rendererDir: renderer.dir });
    const recording = Object.assign(async (record: Parameters<typeof chromium>[0]) => {
      const bytes = await chromium(record);
      printed.push(bytes);
      return bytes;
    }, { close: () => chromium.close() });
    host = await createAccordHost({ dataDir, printCharter: recording });
    await signNext(3);

    const cold = performance.now();
    const first = await exportCharter(null);
    const coldMs = performance.now() - cold;
    const warm = performance.now();
    const second = await exportCharter(null);
    const warmMs = performance.now() - warm;
    console.info(`charter export with ${renderer.which}: first (Chromium starts) ${coldMs.toFixed(0)} ms, next ${warmMs.toFixed(0)} ms`);
    if (!second.ok || !second.pdfBase64 || !first.ok) throw new Error(`export failed: ${JSON.stringify(second)}`);
    exported = { ok: true, fileName: second.fileName, fingerprint: second.fingerprint, pdfBase64: second.pdfBase64 };
    pdf = new Uint8Array(Buffer.from(exported.pdfBase64, 'base64'));
    file = join(dataDir, 'charter.pdf');
    await writeFile(file, pdf);
  });

  afterAll(async () => {
    await host?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('names the file after the company and version, and answers with the open charter’s fingerprint', async () => {
    const current = await call<CharterFingerprintResult>('getCharterFingerprint');
    expect(exported.fileName).toBe('Kestrel Fleet Systems charter v1.pdf');
    expect(current).toMatchObject({ ok: true, fingerprint: exported.fingerprint, version: 1 });
  });

  it('keeps Chromium’s printed bytes as the exact start of the sealed file', () => {
    const last = printed.at(-1)!;
    expect(pdf.byteLength).toBeGreaterThan(last.byteLength);
    expect(Buffer.from(pdf.subarray(0, last.byteLength)).equals(Buffer.from(last))).toBe(true);
  });

  it('writes a PDF that qpdf checks clean, tagged, on A4, with Accord’s document information', async () => {
    const check = await pdfTool('qpdf', ['--check', file]);
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toContain('No syntax or stream encoding errors found');
    const info = (await pdfTool('pdfinfo', [file])).stdout;
    expect(info).toMatch(/^Title:\s+Kestrel sales & marketing alignment day, version 1$/m);
    expect(info).toMatch(/^Author:\s+Dana Okafor$/m);
    expect(info).toMatch(/^Subject:\s+Sales and marketing alignment charter of Kestrel Fleet Systems, 2026-12-03$/m);
    expect(info).toMatch(new RegExp(`^Keywords:\\s+Accord alignment charter; version 1; fingerprint sha256:${exported.fingerprint}$`, 'm'));
    expect(info).toMatch(/^Creator:\s+Accord \d+\.\d+\.\d+/m);
    expect(info).toMatch(/^Producer:\s+Skia\/PDF/m); // Chromium made the pages: kept as it wrote it
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Page size:\s+594\.96 x 841\.92 pts \(A4\)$/m);
  });

  it('attaches the charter’s canonical JSON (whose SHA-256 is the fingerprint), its sign-off and the seal’s manifest', async () => {
    expect((await pdfTool('pdfdetach', ['-list', file])).stdout.trim().split('\n')).toEqual(['3 embedded files', '1: accord-seal.json', '2: charter-content.json', '3: charter-signoff.json']);
    const listed = (await pdfTool('qpdf', ['--list-attachments', '--verbose', file])).stdout;
    expect(listed.match(/mime type: application\/json/g)).toHaveLength(3);
    const out = await mkdtemp(join(dataDir, 'detached-'));
    expect((await pdfTool('pdfdetach', ['-saveall', '-o', out, file])).code).toBe(0);
    const content = await readFile(join(out, 'charter-content.json'), 'utf8');
    expect(sha256Hex(content)).toBe(exported.fingerprint);
    const signoff = JSON.parse(await readFile(join(out, 'charter-signoff.json'), 'utf8')) as { signatures: unknown[] };
    expect(signoff.signatures).toHaveLength(3);
    const manifest = JSON.parse(await readFile(join(out, 'accord-seal.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({ format: 'accord-charter-seal', formatVersion: 1, workshopId: SAMPLE_WORKSHOP_ID, charterVersion: 1, fingerprint: exported.fingerprint, printed: { bytes: printed.at(-1)!.byteLength } });
  });

  it('verifies the untouched file as unchanged since Accord exported it, and as the current version in this library', async () => {
    const verification = await verify(pdf);
    expect(verification).toMatchObject({
      verdict: 'unchanged',
      fingerprint: exported.fingerprint,
      library: { workshopId: SAMPLE_WORKSHOP_ID, version: 1, latestVersion: 1, superseded: false },
    });
    expect(verification.reason).toMatch(/^Unchanged since Accord exported it/);
    expect(verification.reason).not.toMatch(/tamper|certif/i);
    // The app's short form leaves out what it shows on its own: the version, title, fingerprint, date and the library's standing.
    expect(verification.check).toBe('The file is exactly as an Accord seal leaves it (nothing was changed or added after the seal), and the charter data inside matches its fingerprint, with 3 signatures in an intact chain.');
    expect(verification.sealedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(verification.embeddedCharter?.signatures).toHaveLength(3);
    expect(verification.embeddedCharter?.content.cover.company).toBe('Kestrel Fleet Systems');
  });

  it.each([
    ['rewritten by qpdf', []],
    ['linearized by qpdf', ['--linearize']],
    ['rewritten with object streams', ['--object-streams=generate']],
  ])('verifies a file %s as content intact, with the embedded charter to compare', async (_how, options) => {
    const resaved = join(dataDir, `resaved-${options.join('') || 'plain'}.pdf`);
    expect((await pdfTool('qpdf', [...options, file, resaved])).code).toBe(0);
    const verification = await verify(new Uint8Array(await readFile(resaved)));
    expect(verification).toMatchObject({ verdict: 'contentIntact', fingerprint: exported.fingerprint, library: { version: 1, superseded: false } });
    expect(verification.reason).toMatch(/^Changed after Accord exported it: its pages are no longer the bytes Accord printed/);
    expect(verification.check).toMatch(/^Its pages are no longer the bytes Accord printed .*\. The charter data inside still matches its fingerprint, with 3 signatures in an intact chain/);
    expect(verification.check).not.toMatch(/version 1|Kestrel|\d{4}-\d{2}-\d{2}/);
    expect(verification.embeddedCharter?.fingerprint).toBe(exported.fingerprint);
  });

  it('prints on Letter when asked', async () => {
    const letter = await exportCharter(null, 'letter');
    if (!letter.ok) throw new Error(letter.message);
    const path = join(dataDir, 'letter.pdf');
    await writeFile(path, Buffer.from(letter.pdfBase64!, 'base64'));
    expect((await pdfTool('pdfinfo', [path])).stdout).toMatch(/^Page size:\s+612 x 792 pts \(letter\)$/m);
  });

  it('still verifies a signed version superseded by an edit as that version, and says it is superseded', async () => {
    const { workshop } = (await call<SessionSnapshot>('getSession'))!;
    const stage = workshop.stages[0]!;
    expect(await call('dispatch', { type: 'updateItem', collection: 'stages', id: stage.id, patch: { name: `${stage.name} (revised)` } })).toMatchObject({ ok: true });
    expect((await call<SessionSnapshot>('getSession'))!.workshop.signoff.charterVersion).toBe(2);

    // The file exported before the edit is still version 1, now superseded.
    expect(await verify(pdf)).toMatchObject({ verdict: 'unchanged', library: { version: 1, latestVersion: 2, superseded: true } });

    // Version 1 exported from the history after the edit, and the new current version 2.
    const old = await exportCharter(1);
    const current = await exportCharter(null);
    if (!old.ok || !current.ok) throw new Error('export failed');
    expect(old.fingerprint).toBe(exported.fingerprint);
    expect(current.fingerprint).not.toBe(exported.fingerprint);
    expect(old.fileName).toBe('Kestrel Fleet Systems charter v1.pdf');
    const oldVerification = await verify(new Uint8Array(Buffer.from(old.pdfBase64!, 'base64')));
    expect(oldVerification).toMatchObject({ verdict: 'unchanged', library: { version: 1, latestVersion: 2, superseded: true } });
    expect(oldVerification.reason).toContain('superseded by version 2');
    expect(oldVerification.embeddedCharter).toMatchObject({ version: 1, latestVersion: 2 });
    expect(await verify(new Uint8Array(Buffer.from(current.pdfBase64!, 'base64')))).toMatchObject({ verdict: 'unchanged', library: { version: 2, latestVersion: 2, superseded: false } });
  });
});
