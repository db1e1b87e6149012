/**
 * The day's end, for real: three participants sign with drawn strokes, the facilitator exports
 * the charter in A4 and in Letter, and the PDFs are read back with the tools a reader has
 * (qpdf, poppler). The exported file then verifies as unchanged in the app, as pages this library
 * exported, and after an edit starts version 2 it still verifies as version 1, reported as
 * superseded. The command line from the build prints Japanese names with kanji only the
 * Japanese font has, refuses a decompression bomb promptly, and checks --out before printing.
 */
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHARTER_SECTION_IDS, buildCharterModel } from '../../src/domain/charterModel';
import { currentCharterRecord } from '../../src/domain/charterRecord';
import { createSampleWorkshop } from '../../src/domain/sampleWorkshop';
import type { CharterFingerprintResult } from '../../src/shared/accordApi';
import { SignoffPage } from './pages/SignoffPage';
import type { HostClient } from './support/connectHostClient';
import type { OpenApp } from './support/openApp';
import { REPO_ROOT, startWebHost, type WebHost } from './support/startWebHost';
import { useSampleWorkshop } from './support/useSampleWorkshop';
import { appendPdfUpdate, deflatedZeros } from '../host/charter/appendPdfUpdate';
import { forgeCharterPages } from '../host/charter/forgeCharterPages';

const SIGNERS = ['Marguerite Fontaine', 'Tomasz Wiśniewski', 'Priya Raghunathan'];
const run = (tool: string, args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });
const hasTool = (tool: string) => {
  try {
    execFileSync('which', [tool]);
    return true;
  } catch {
    return false;
  }
};

describe('charter export', () => {
  const room = useSampleWorkshop({ viewport: { width: 1920, height: 1080 }, client: true, phase: 'signoff' });
  let host: WebHost;
  let app: OpenApp;
  let signoff: SignoffPage;
  let client: HostClient;
  let folder: string;

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'accord-charter-e2e-'));
    ({ host, app, client } = room);
    signoff = new SignoffPage(app.page);
    await signoff.root.waitFor();
  });
  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  /** Chooses the paper, exports, and saves the browser's download into the test folder. */
  const exportAs = async (paper: 'A4' | 'US Letter', name: string): Promise<string> => {
    // A controlled choice: it shows as chosen once the host has recorded it with the workshop.
    await app.page.getByTestId('paper-size').getByRole('radio', { name: paper, exact: true }).click();
    await app.page.locator(`[data-testid="paper-size"] input[value="${paper === 'A4' ? 'a4' : 'letter'}"]:checked`).waitFor();
    const download = app.page.waitForEvent('download', { timeout: 60_000 });
    await signoff.exportButton.click();
    const file = join(folder, name);
    await (await download).saveAs(file);
    await app.page.getByTestId('export-outcome').waitFor();
    return file;
  };

  const verifyInApp = async (file: string) => {
    await app.page.getByTestId('verify-file-input').setInputFiles(file);
    const verdict = app.page.getByTestId('verify-verdict');
    await verdict.waitFor();
    return verdict;
  };

  it('signs in the room, exports a tagged, sealed PDF with every section, signer and the fingerprint, in A4 and Letter, and verifies it', { timeout: 180_000 }, async () => {
    await signoff.goToStep('sign');
    await signoff.acceptAllWarnings();
    for (const name of SIGNERS) await signoff.sign(name);

    const workshop = (await client.api.getSession())!.workshop;
    const fingerprint = (await client.api.getCharterFingerprint()) as Extract<CharterFingerprintResult, { ok: true }>;
    expect(fingerprint.ok).toBe(true);
    const model = buildCharterModel(currentCharterRecord(workshop, fingerprint.fingerprint, 'a4'));

    await signoff.goToStep('export');
    const a4 = await exportAs('A4', 'charter-a4.pdf');
    const letter = await exportAs('US Letter', 'charter-letter.pdf');

    for (const [file, size] of [
      [a4, /pts \(A4\)/],
      [letter, /612 x 792 pts \(letter\)/],
    ] as const) {
      const info = run('pdfinfo', [file]);
      expect(info).toMatch(size);
      expect(info).toMatch(/Tagged:\s+yes/);
      expect(info).toContain(fingerprint.fingerprint);
      // Every font is embedded: no row of pdffonts says "no" in its "emb" column.
      const fonts = run('pdffonts', [file]).split('\n').slice(2).filter(Boolean);
      expect(fonts.length).toBeGreaterThan(0);
      for (const row of fonts) expect(row, row).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+\s*$/);
      const text = run('pdftotext', ['-layout', file, '-']).replace(/\s+/g, ' ');
      // The cover is headed by the charter's own title; every other section by its name.
      expect(text.includes(workshop.setup.title) && text.includes(workshop.setup.company), 'cover').toBe(true);
      const missing = model.sections.filter((section) => section.id !== 'cover' && !text.includes(section.title)).map((section) => section.title);
      expect(missing).toEqual([]);
      // A first workshop: every section but a check-in's Since last time.
      expect(model.sections.map((s) => s.id)).toEqual(CHARTER_SECTION_IDS.filter((id) => id !== 'sinceLastTime'));
      expect(SIGNERS.filter((name) => !text.includes(name))).toEqual([]);
      expect(text.includes(fingerprint.fingerprint), 'the full fingerprint').toBe(true);
      expect(/Page 1 of \d+/.test(text), 'the page footer').toBe(true);
      expect(/legally binding|certified|tamper-proof/i.test(text), 'an overclaim').toBe(false);
      // The sealed files are embedded, and the page renders.
      expect(run('pdfdetach', ['-list', file])).toMatch(/charter-content\.json/);
      if (hasTool('qpdf')) expect(run('qpdf', ['--check', file])).toMatch(/No syntax or stream encoding errors/);
      run('pdftoppm', ['-png', '-r', '30', '-f', '1', '-l', '2', file, join(folder, 'page')]);
    }
    expect(readFileSync(a4).subarray(0, 5).toString()).toBe('%PDF-');

    // The untouched file verifies in the app as unchanged, as the current version of this workshop,
    // and as pages this library exported (the export was recorded).
    const first = await verifyInApp(a4);
    expect(await first.getAttribute('data-verdict')).toBe('unchanged');
    expect(await app.page.getByTestId('verify-library').textContent()).toBe('This version, the current one.');
    const record = app.page.getByTestId('verify-export-record');
    expect(await record.getAttribute('data-status')).toBe('recorded');
    expect(await record.textContent()).toBe('This library exported this exact file.');
    // Each thing once: the version, the title and the fingerprint; one time, in the sign-off's format (local, with the zone).
    const answer = (await first.textContent())!;
    const title = (await client.api.getSession())!.workshop.setup.title;
    expect(answer.split(title).length - 1, answer).toBe(1);
    expect(answer.match(/version 1\b/gi), answer).toHaveLength(1);
    expect(answer.split(fingerprint.fingerprint.slice(0, 4)).length - 1, answer).toBe(1);
    expect(answer.match(/\d{4}-\d{2}-\d{2}/g), answer).toHaveLength(1);
    expect(await app.page.getByTestId('verify-sealed-at').textContent()).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}, UTC[+-]\d{2}:\d{2}, \S+$/);

    // The same file with its first page changed and sealed again by Accord's own seal code: the
    // seal checks out, the library's record does not know these pages, and the app says so.
    const exports = join(host.dataDir, 'charter-exports', workshop.id);
    const records = readdirSync(exports).map((name) => JSON.parse(readFileSync(join(exports, name), 'utf8')) as { printed: { bytes: number; sha256: string } });
    const sealedA4 = new Uint8Array(readFileSync(a4));
    const printed = records.find((entry) => entry.printed.sha256 === createHash('sha256').update(sealedA4.subarray(0, entry.printed.bytes)).digest('hex'))!;
    const forgedFile = join(folder, 'charter-a4-forged.pdf');
    const embedded = (await client.api.verifyCharter('charter-a4.pdf', Buffer.from(sealedA4).toString('base64'))).embeddedCharter!;
    writeFileSync(forgedFile, await forgeCharterPages(sealedA4, printed.printed.bytes, embedded));
    const forged = await verifyInApp(forgedFile);
    await app.page.getByTestId('verify-export-record').and(app.page.locator('[data-status="not-recorded"]')).waitFor();
    expect(await forged.getAttribute('data-verdict')).toBe('unchanged');
    expect(await app.page.getByTestId('verify-export-record').textContent()).toBe('This library exported version 1, but not these pages. Compare the pages with your own copy.');

    // An edit after signing starts version 2; the old file is still version 1, now superseded.
    const edited = await client.api.dispatch({ type: 'updateSetup', patch: { venue: 'Harbour House, room 2' } });
    expect(edited.ok).toBe(true);
    await signoff.history.first().waitFor();
    expect(await signoff.exportButton.textContent()).toContain('version 2');
    // The message of version 1's export is not left beside the button for version 2.
    await expect.poll(() => app.page.getByTestId('export-outcome').count()).toBe(0);
    const again = await verifyInApp(letter);
    expect(await again.getAttribute('data-verdict')).toBe('unchanged');
    expect(await app.page.getByTestId('verify-library').textContent()).toMatch(/superseded|newer/i);
  });
});

/** `node out/main/accord.js …`: the command line exactly as `npm run accord` runs it, from the build. */
function accordCli(args: string[]): Promise<{ code: number; out: string; ms: number }> {
  const entry = join(REPO_ROOT, process.env.ACCORD_OUT_DIR ?? 'out', 'main/accord.js');
  const started = performance.now();
  return new Promise((done) => {
    execFile(process.execPath, [entry, ...args], { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      done({ code, out: `${stdout}${stderr}`, ms: performance.now() - started });
    });
  });
}

describe('the command line, from the build', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'accord-cli-e2e-'));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('prints Japanese names whose kanji neither the Chinese nor the Korean font has, with every font embedded', { timeout: 120_000 }, async () => {
    // 薗, 碕 and 栂 are JIS level-1 kanji missing from Noto Sans SC and KR; 𠮷 lies beyond the BMP.
    const names = ['薗田 美咲', '山碕 健', '栂野 智子', '𠮷田 太郎'];
    const workshop = createSampleWorkshop('2026-11-22T09:00:00.000Z');
    names.forEach((name, index) => (workshop.participants[index]!.name = name));
    const file = join(folder, 'japanese.accord.json');
    writeFileSync(file, JSON.stringify(workshop));
    const pdf = join(folder, 'japanese.pdf');

    const exported = await accordCli(['charter', file, '--out', pdf, '--paper', 'a4']);
    expect(exported.code, exported.out).toBe(0);

    const fonts = run('pdffonts', [pdf]).split('\n').slice(2).filter(Boolean);
    for (const row of fonts) expect(row, row).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+\s*$/);
    expect(fonts.some((row) => /NotoSansJP/.test(row)), fonts.join('\n')).toBe(true);
    expect(fonts.some((row) => /NotoSansSC/.test(row)), 'kana and shared kanji keep the SC face').toBe(true);
    const text = run('pdftotext', ['-layout', pdf, '-']);
    for (const name of names) expect(text).toContain(name);
  });

  it('refuses an object stream that unpacks to 300 MB, promptly, with a plain reason', { timeout: 60_000 }, async () => {
    const sealed = new Uint8Array(readFileSync(new URL('../fixtures/sealed-charter-v1.pdf', import.meta.url)));
    const bomb = join(folder, 'bomb.pdf');
    writeFileSync(bomb, appendPdfUpdate(sealed, [{ dict: '/Type /ObjStm /N 1 /First 0 /Filter /FlateDecode', stream: deflatedZeros(300 * 1024 * 1024) }]));
    const plain = join(folder, 'plain.pdf');
    writeFileSync(plain, sealed);
    const [refused, untouched] = [await accordCli(['verify', bomb, '--data-dir', folder]), await accordCli(['verify', plain, '--data-dir', folder])];
    console.info(`accord verify, from the build: the 300 MB object stream refused in ${refused.ms.toFixed(0)} ms; the untouched charter verified in ${untouched.ms.toFixed(0)} ms (both with Node's start-up)`);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/^Altered: The file holds more compressed data than a charter can/);
    expect(untouched.code).toBe(0);
  });

  it('checks --out before printing: a folder is a usage error, exit 2', async () => {
    const result = await accordCli(['charter', 'sample-kestrel', '--out', folder, '--data-dir', folder]);
    expect(result.code).toBe(2);
    expect(result.out).toContain(`--out names a folder (${folder})`);
  });
});
