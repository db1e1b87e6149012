/**
 * `npm run accord -- charter …` and `… verify …`: the charter of a workshop file or of a library
 * workshop, written to a file that verifies; verify's exit codes from a real process.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CharterPrinter } from '../../../electron/host/charter/charterPrinter';
import { createChromiumCharterPrinter } from '../../../electron/host/charter/createChromiumCharterPrinter';
import { runAccordCli, type CliIo } from '../../../electron/host/cli/runAccordCli';
import { exportedWorkshop } from '../../../electron/host/storage/exportedWorkshop';
import { createSampleWorkshop } from '../../../src/domain/sampleWorkshop';
import { chromiumMissing, pdfTool, printRendererDir, tinyPdfPrinter } from '../../helpers/charterPrinting';
import { hashTree } from '../../helpers/hashTree';
import { mountSkipReason, mountSmallDisk } from '../../helpers/smallDisk';

const renderer = printRendererDir();
let work: string;
let workshopFile: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'accord-cli-'));
  const sample = createSampleWorkshop('2026-11-22T09:00:00.000Z');
  workshopFile = join(work, exportedWorkshop(sample).fileName);
  await writeFile(workshopFile, exportedWorkshop(sample).text);
  // A library holding the same workshop, as the app keeps it.
  await mkdir(join(work, 'library', 'workshops'), { recursive: true });
  await writeFile(join(work, 'library', 'workshops', `${sample.id}.accord.json`), JSON.stringify(sample));
});
afterAll(() => rm(work, { recursive: true, force: true }));

/** Runs the command line in this process, with its output captured. */
async function cli(args: string[], printer = tinyPdfPrinter): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (line) => out.push(line), err: (line) => err.push(line), printer: () => printer, now: () => new Date('2026-12-03T16:00:00Z') };
  const code = await runAccordCli(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Runs the real entry point (TypeScript through tsx), as `npm run accord` runs its build. */
function cliProcess(args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((done) => {
    const child = spawn(resolve('node_modules/.bin/tsx'), [resolve('electron/host/cli/accordCli.ts'), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => done({ code, out }));
  });
}

describe('accord charter', () => {
  it('exports a workshop file’s charter to the path given, and the file verifies as unchanged', async () => {
    const out = join(work, 'from-file.pdf');
    const result = await cli(['charter', workshopFile, '--out', out, '--paper', 'letter']);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toContain(`Wrote ${out}`);
    expect(result.out).toContain('Letter');
    expect(result.out).toContain('suggested name “Kestrel Fleet Systems charter v1.pdf”');
    const verified = await cli(['verify', out, '--data-dir', join(work, 'library')]);
    expect(verified.code).toBe(0);
    expect(verified.out).toMatch(/^Unchanged: Unchanged since Accord exported it on 2026-12-03/);
    expect(verified.out).toContain('In your library it is version 1 of “Kestrel sales & marketing alignment day”, the current version.');
    expect(verified.out).toContain('Anyone with Accord could build a consistent charter file from scratch');
  });

  it('exports a library workshop by id, reading the library without locking it, and only adds the record of the export', async () => {
    const out = join(work, 'from-library.pdf');
    const before = await hashTree(join(work, 'library'));
    expect((await cli(['charter', 'sample-kestrel', '--out', out, '--data-dir', join(work, 'library')])).code).toBe(0);
    expect((await readFile(out)).subarray(0, 5).toString()).toBe('%PDF-');
    const after = await hashTree(join(work, 'library'));
    const added = Object.keys(after).filter((name) => !(name in before));
    expect(added.every((name) => name.startsWith('charter-exports/'))).toBe(true);
    expect(added.filter((name) => name.endsWith('.json'))).toHaveLength(1);
    expect(Object.fromEntries(Object.entries(after).filter(([name]) => name in before))).toEqual(before);
    expect((await cli(['verify', out])).out).not.toContain('In your library');
  });

  it('refuses what it cannot do with a message and exit code 2 (usage) or 1 (not done)', async () => {
    const library = ['--data-dir', join(work, 'library')];
    expect(await cli(['charter', workshopFile])).toMatchObject({ code: 2, err: expect.stringContaining('Say where the PDF goes: --out FILE.pdf') });
    expect(await cli(['charter', workshopFile, '--out', join(work, 'x.pdf'), '--paper', 'a3'])).toMatchObject({ code: 2, err: expect.stringContaining('--paper is a4 or letter (got “a3”)') });
    expect(await cli(['charter', workshopFile, '--out', join(work, 'x.pdf'), '--version', 'two'])).toMatchObject({ code: 2, err: expect.stringContaining('--version is a whole number') });
    expect(await cli(['charter', 'no-such-workshop', '--out', join(work, 'x.pdf'), ...library])).toMatchObject({ code: 2, err: expect.stringContaining('has no workshop with the id “no-such-workshop”') });
    expect(await cli(['charter', workshopFile, '--out', join(work, 'x.pdf'), '--version', '4'])).toEqual({ code: 1, out: '', err: 'This workshop has no charter version 4 to export: only version 1 exists.' });
    expect(await cli(['charter', workshopFile, '--out', join(work, 'x.pdf'), '--colour'])).toMatchObject({ code: 2, err: expect.stringContaining('Unknown option') });
    expect(await cli(['print'])).toMatchObject({ code: 2, err: expect.stringContaining('Unknown command “print”') });
    expect(await cli([])).toMatchObject({ code: 2, out: expect.stringContaining('Usage:') });
  });

  it('checks where --out points before printing anything: usage errors, exit 2', async () => {
    let printed = 0;
    const counting: CharterPrinter = async (record) => {
      printed += 1;
      return tinyPdfPrinter(record);
    };
    const outTo = (out: string) => cli(['charter', workshopFile, '--out', out], counting);
    expect(await outTo(work)).toEqual({ code: 2, out: '', err: `--out names a folder (${work}); give the PDF's file name, e.g. --out ${join(work, 'charter.pdf')}` });
    expect(await outTo(join(work, 'no-such-folder', 'charter.pdf'))).toEqual({ code: 2, out: '', err: `The folder ${join(work, 'no-such-folder')} does not exist; create it, or give --out a file in another folder.` });
    expect(await outTo(join(workshopFile, 'charter.pdf'))).toEqual({ code: 2, out: '', err: `${workshopFile} is not a folder; give --out a file in a folder.` });
    expect(await outTo('/dev/null')).toMatchObject({ code: 2, err: '--out names /dev/null, which is not a regular file; give the PDF\'s file name.' });
    expect(printed).toBe(0);
    // The real entry point exits 2 too.
    const folder = await cliProcess(['charter', workshopFile, '--out', work]);
    expect(folder).toMatchObject({ code: 2, out: expect.stringContaining('--out names a folder') });
  });

  it.skipIf(mountSkipReason !== null)(`refuses --out on a read-only disk before printing${mountSkipReason ? ` (${mountSkipReason})` : ''}`, async () => {
    const disk = mountSmallDisk(256);
    try {
      disk.remount('ro');
      let printed = 0;
      const result = await cli(['charter', workshopFile, '--out', join(disk.dir, 'charter.pdf')], async (record) => {
        printed += 1;
        return tinyPdfPrinter(record);
      });
      expect(result).toEqual({ code: 2, out: '', err: `Accord may not write to ${disk.dir} (its disk is read-only); give --out a file in a folder you can write to.` });
      expect(printed).toBe(0);
    } finally {
      await disk.unmount();
    }
  });

  it.skipIf(chromiumMissing !== null)(`prints with Chromium and ${renderer.which}${chromiumMissing ? ` (${chromiumMissing})` : ''}`, async () => {
    const printer = createChromiumCharterPrinter({ rendererDir: renderer.dir });
    try {
      const out = join(work, 'chromium.pdf');
      expect((await cli(['charter', workshopFile, '--out', out], printer)).code).toBe(0);
      expect((await pdfTool('qpdf', ['--check', out])).code).toBe(0);
      expect((await cli(['verify', out])).code).toBe(0);
    } finally {
      await printer.close();
    }
  });
});

describe('accord verify', () => {
  it('exits 0 only for an unchanged charter, 1 for any other verdict, 2 for usage errors, as a process', async () => {
    const charter = join(work, 'process.pdf');
    expect((await cli(['charter', workshopFile, '--out', charter])).code).toBe(0);
    const resaved = join(work, 'process-resaved.pdf');
    expect((await pdfTool('qpdf', [charter, resaved])).code).toBe(0);

    const [unchanged, intact, none] = await Promise.all([cliProcess(['verify', charter]), cliProcess(['verify', resaved]), cliProcess(['verify'])]);
    expect(unchanged).toMatchObject({ code: 0, out: expect.stringMatching(/^Unchanged: /) });
    expect(intact).toMatchObject({ code: 1, out: expect.stringMatching(/^Content intact, file changed: /) });
    expect(none).toMatchObject({ code: 2, out: expect.stringContaining('Name one PDF file to verify.') });
  });

  it('says what it answers for a file that is no charter, and for no file at all', async () => {
    const text = join(work, 'not-a.pdf');
    await writeFile(text, 'hello');
    expect(await cli(['verify', text])).toMatchObject({ code: 1, out: expect.stringMatching(/^Altered: This is not a PDF file\./) });
    expect(await cli(['verify', join(work, 'missing.pdf')])).toMatchObject({ code: 2, err: expect.stringMatching(/^There is no file .*missing\.pdf\.$/) });
  });
});
