/**
 * The library's record of its exports, for real: a charter exported with Chromium is recorded
 * (charter-exports/<workshop>/…json: the printed pages' length and SHA-256, the sealed file's
 * SHA-256, the local time with its offset) and verifies as pages this library exported. The
 * same file with a page changed and then sealed again with Accord's own seal code still passes
 * every check of the seal ("unchanged"), and is caught only by the record: "not these pages",
 * in the app and on the command line (exit 1). A library without records says it cannot tell.
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAccordHost } from '../../../electron/host/accordHost';
import type { AccordHost } from '../../../electron/host/accordHost.types';
import { sha256OfBytes } from '../../../electron/host/charter/charterSeal';
import { createChromiumCharterPrinter } from '../../../electron/host/charter/createChromiumCharterPrinter';
import { runAccordCli } from '../../../electron/host/cli/runAccordCli';
import { SAMPLE_WORKSHOP_ID } from '../../../src/domain/sampleWorkshop';
import type { CharterExportResult, CharterFingerprintResult, CharterVerification, SessionSnapshot } from '../../../src/shared/accordApi';
import { appendPdfUpdate } from './appendPdfUpdate';
import { forgeCharterPages } from './forgeCharterPages';
import { chromiumMissing, pdfTool, printRendererDir, tinyPdfPrinter } from '../../helpers/charterPrinting';
import { acceptAllCommand, SOME_STROKES } from '../../helpers/domainBuilders';

const renderer = printRendererDir();

interface RecordFile {
  workshopId: string;
  charterVersion: number;
  fingerprint: string;
  printed: { bytes: number; sha256: string };
  sealedSha256: string;
  exportedAt: string;
}

const recordsOf = async (dataDir: string): Promise<RecordFile[]> => {
  const folder = join(dataDir, 'charter-exports', SAMPLE_WORKSHOP_ID);
  const names = (await readdir(folder)).sort();
  return Promise.all(names.map(async (name) => JSON.parse(await readFile(join(folder, name), 'utf8')) as RecordFile));
};

/** Runs `accord verify` in this process: exit code and output. */
async function cliVerify(file: string, dataDir: string): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const code = await runAccordCli(['verify', file, '--data-dir', dataDir], { out: (line) => out.push(line), err: (line) => out.push(line), printer: () => tinyPdfPrinter });
  return { code, out: out.join('\n') };
}

describe.skipIf(chromiumMissing !== null)(`the record of exports, with Chromium (${chromiumMissing ?? renderer.which})`, () => {
  let dataDir: string;
  let host: AccordHost;
  let sealed: Uint8Array;
  const call = <T>(method: Parameters<AccordHost['call']>[0], ...args: unknown[]) => host.call(method, args) as Promise<T>;
  const verify = (bytes: Uint8Array) => call<CharterVerification>('verifyCharter', 'charter.pdf', Buffer.from(bytes).toString('base64'));
  const save = async (name: string, bytes: Uint8Array) => {
    const path = join(dataDir, '..', `${name}-${process.pid}.pdf`);
    await writeFile(path, bytes);
    return path;
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'accord-records-'));
    host = await createAccordHost({ dataDir, printCharter: createChromiumCharterPrinter({ rendererDir: renderer.dir }) });
    const { workshop } = (await call<SessionSnapshot>('getSession'))!;
    await call('dispatch', acceptAllCommand(workshop));
    for (const participant of workshop.participants.slice(0, 2)) {
      const current = await call<CharterFingerprintResult>('getCharterFingerprint');
      if (!current.ok) throw new Error(current.message);
      await call('dispatch', { type: 'sign', participantId: participant.id, typedName: participant.name, strokes: SOME_STROKES, fingerprint: current.fingerprint });
    }
    const exported = await call<CharterExportResult>('exportCharter', { workshopId: SAMPLE_WORKSHOP_ID, version: null, paperSize: 'a4' });
    if (!exported.ok) throw new Error(exported.message);
    sealed = new Uint8Array(Buffer.from(exported.pdfBase64!, 'base64'));
  });
  afterAll(async () => {
    await host?.close();
    await rm(dataDir, { recursive: true, force: true });
    for (const name of ['export', 'forged']) await rm(join(dataDir, '..', `${name}-${process.pid}.pdf`), { force: true });
  });

  it('records the export: its printed pages, the sealed file, the version, the local time with its offset', async () => {
    const [record, ...more] = await recordsOf(dataDir);
    expect(more).toEqual([]);
    expect(record).toMatchObject({ workshopId: SAMPLE_WORKSHOP_ID, charterVersion: 1, sealedSha256: sha256OfBytes(sealed) });
    expect(record!.printed.bytes).toBeLessThan(sealed.byteLength);
    expect(record!.printed.sha256).toBe(sha256OfBytes(sealed.subarray(0, record!.printed.bytes)));
    expect(record!.exportedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{2}:\d{2}$/);
    // The printed part is Chromium's PDF, whole: its own end-of-file marker closes it.
    expect(Buffer.from(sealed.subarray(record!.printed.bytes - 7, record!.printed.bytes)).toString('latin1')).toMatch(/%%EOF\s*$/);
  });

  it('confirms the real export as pages this library exported, in the app and on the command line', async () => {
    const verification = await verify(sealed);
    expect(verification).toMatchObject({ verdict: 'unchanged', library: { version: 1, exportRecord: { status: 'recorded' } } });
    expect(verification.library!.exportRecord!.message).toMatch(/^This library exported this exact file on \d{4}-\d{2}-\d{2} at \d{2}:\d{2}\.$/);
    const cli = await cliVerify(await save('export', sealed), dataDir);
    expect(cli.code).toBe(0);
    expect(cli.out).toContain('Library record: This library exported this exact file on');
  });

  it('catches pages changed and sealed again with Accord’s own seal code: "not these pages", exit 1', async () => {
    const [record] = await recordsOf(dataDir);
    const forged = await forgeCharterPages(sealed, record!.printed.bytes, (await verify(sealed)).embeddedCharter!);
    const path = await save('forged', forged);
    // The first page really is different when drawn.
    const drawn = async (file: string, name: string) => {
      const png = join(dataDir, name);
      expect((await pdfTool('pdftoppm', ['-png', '-r', '30', '-f', '1', '-l', '1', '-singlefile', file, png])).code).toBe(0);
      return sha256OfBytes(await readFile(`${png}.png`));
    };
    expect(await drawn(path, 'forged-page')).not.toBe(await drawn(await save('export', sealed), 'exported-page'));

    // Every check of the seal passes: the seal is public code, anyone can write it again.
    const verification = await verify(forged);
    expect(verification).toMatchObject({ verdict: 'unchanged', library: { version: 1, superseded: false } });
    expect(verification.library!.exportRecord).toEqual({ status: 'not-recorded', message: 'This library exported version 1, but not these pages. Compare the pages with your own copy.' });

    const cli = await cliVerify(path, dataDir);
    expect(cli.out).toMatch(/^Unchanged: /);
    expect(cli.out).toContain('Library record: This library exported version 1, but not these pages. Compare the pages with your own copy.');
    expect(cli.code).toBe(1);
  });

  it('says it cannot tell in a library that holds the workshop but no record of its exports', async () => {
    const elsewhere = await mkdtemp(join(tmpdir(), 'accord-records-none-'));
    try {
      await host.call('closeWorkshop', []); // its last edits are on disk before it is copied
      await cp(join(dataDir, 'workshops'), join(elsewhere, 'workshops'), { recursive: true });
      const cli = await cliVerify(await save('export', sealed), elsewhere);
      expect(cli.out).toContain('Library record: This library has no record of exporting version 1: it was exported before Accord kept records of its exports, or on another machine.');
      expect(cli.code).toBe(0); // no record is no evidence either way: the verdict decides
    } finally {
      await host.call('openWorkshop', [SAMPLE_WORKSHOP_ID]);
      await rm(elsewhere, { recursive: true, force: true });
    }
  });
});

describe('recording exports, around the printing', () => {
  let dataDir: string;
  let host: AccordHost | null = null;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'accord-records-tiny-'));
  });
  afterEach(async () => {
    await host?.close();
    host = null;
    vi.restoreAllMocks();
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('exports even when the record cannot be written, and says why in the log', async () => {
    const folder = await mkdtemp(join(dataDir, 'blocked-'));
    await writeFile(join(folder, 'charter-exports'), 'a file where the folder of records belongs');
    const warnings: string[] = [];
    vi.spyOn(console, 'warn').mockImplementation((message: string) => void warnings.push(message));
    host = await createAccordHost({ dataDir: folder, printCharter: tinyPdfPrinter });
    const exported = (await host.call('exportCharter', [{ workshopId: SAMPLE_WORKSHOP_ID, version: null, paperSize: 'a4' }])) as CharterExportResult;
    expect(exported.ok).toBe(true);
    expect(warnings).toEqual([expect.stringMatching(/^The charter was exported, but not recorded in the library, so verifying this file later cannot confirm its pages: .*charter-exports/)]);
  });

  it('records command-line exports in the library named, and says so when it cannot', async () => {
    const library = await mkdtemp(join(dataDir, 'cli-'));
    const out = join(library, '..', `cli-${process.pid}.pdf`);
    const run = async (args: string[]) => {
      const lines: { out: string[]; err: string[] } = { out: [], err: [] };
      const code = await runAccordCli(args, { out: (line) => lines.out.push(line), err: (line) => lines.err.push(line), printer: () => tinyPdfPrinter });
      return { code, out: lines.out.join('\n'), err: lines.err.join('\n') };
    };
    // A library holding the sample workshop, as the app leaves it.
    await (await createAccordHost({ dataDir: library, printCharter: tinyPdfPrinter })).close();
    const recorded = await run(['charter', 'sample-kestrel', '--out', out, '--data-dir', library]);
    expect(recorded).toMatchObject({ code: 0, err: '' });
    expect(recorded.out).toContain(`Recorded in the library ${library}`);
    expect(await recordsOf(library)).toHaveLength(1);
    expect((await cliVerify(out, library)).out).toContain('Library record: This library exported this exact file');

    // Pages the record knows, with something appended after the seal: recorded, and changed since.
    const appended = join(library, '..', `cli-appended-${process.pid}.pdf`);
    await writeFile(appended, appendPdfUpdate(new Uint8Array(await readFile(out)), [{ dict: '/Type /Annot /Subtype /Text' }]));
    const changed = await cliVerify(appended, library);
    expect(changed.out).toMatch(/^Content intact, file changed: /);
    expect(changed.out).toMatch(/Library record: This library exported these pages on .*; the file was changed after that, so compare its pages with your own copy\./);
    expect(changed.code).toBe(1);

    await rm(join(library, 'charter-exports'), { recursive: true });
    await writeFile(join(library, 'charter-exports'), 'not a folder');
    const unrecorded = await run(['charter', 'sample-kestrel', '--out', out, '--data-dir', library]);
    expect(unrecorded.code).toBe(0);
    expect(unrecorded.err).toMatch(/^The charter was exported, but not recorded in the library/);
    await rm(out, { force: true });
    await rm(appended, { force: true });
  });
});
