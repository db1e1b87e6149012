/** `npm run accord -- export …`: the actions as CSV and the charter as Markdown from the command line. */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAccordCli, type CliIo } from '../../../electron/host/cli/runAccordCli';
import { exportedWorkshop } from '../../../electron/host/storage/exportedWorkshop';
import { createSampleWorkshop } from '../../../src/domain/sampleWorkshop';
import { tinyPdfPrinter } from '../../helpers/charterPrinting';
import { hashTree } from '../../helpers/hashTree';

let work: string;
let workshopFile: string;
const library = () => join(work, 'library');

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'accord-cli-export-'));
  const sample = createSampleWorkshop('2026-11-22T09:00:00.000Z');
  workshopFile = join(work, exportedWorkshop(sample).fileName);
  await writeFile(workshopFile, exportedWorkshop(sample).text);
  await mkdir(join(library(), 'workshops'), { recursive: true });
  await writeFile(join(library(), 'workshops', `${sample.id}.accord.json`), JSON.stringify(sample));
});
afterAll(() => rm(work, { recursive: true, force: true }));

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (line) => out.push(line), err: (line) => err.push(line), printer: () => tinyPdfPrinter };
  const code = await runAccordCli(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('accord export', () => {
  it('writes the actions of a workshop file as CSV', async () => {
    const out = join(work, 'actions.csv');
    const result = await cli(['export', workshopFile, '--format', 'csv', '--out', out]);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toContain(`Wrote ${out} (the actions as CSV: 3 actions`);
    expect(result.out).toContain('suggested name “Kestrel Fleet Systems actions.csv”');
    const bytes = await readFile(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('Action,Owner,Team,Due,Status,From\r\n');
  });

  it('writes the charter of a library workshop as Markdown, changing nothing in the library', async () => {
    const before = await hashTree(library());
    const out = join(work, 'charter.md');
    const result = await cli(['export', 'sample-kestrel', '--format', 'MD', '--out', out, '--data-dir', library()]);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toContain('suggested name “Kestrel Fleet Systems charter v1.md”');
    const text = await readFile(out, 'utf8');
    expect(text.startsWith('# Kestrel sales & marketing alignment day\n')).toBe(true);
    expect(text).toContain('## Signatures');
    expect(await hashTree(library())).toEqual(before);
  });

  it('writes the joint meetings as a calendar, with the due dates when asked, and names the meeting it left out', async () => {
    const out = join(work, 'rhythm.ics');
    const io = { out: [] as string[], err: [] as string[] };
    const code = await runAccordCli(['export', workshopFile, '--format', 'ics', '--with-due-dates', '--out', out], {
      out: (line) => io.out.push(line),
      err: (line) => io.err.push(line),
      printer: () => tinyPdfPrinter,
      now: () => new Date('2026-11-22T17:00:00.000Z'),
    });
    expect({ code, err: io.err }).toEqual({ code: 0, err: [] });
    expect(io.out.join('\n')).toContain(
      `Wrote ${out} (the operating rhythm as a calendar: 1 meeting and 3 due dates; left out: “Quarterly planning” (needs which week of the month, a weekday and a start time)`,
    );
    expect(io.out.join('\n')).toContain('suggested name “Kestrel Fleet Systems rhythm.ics”');
    const text = await readFile(out, 'utf8');
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text).toContain('DTSTAMP:20261122T170000Z');
    expect(text).toContain('RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO');
    expect(text.match(/^BEGIN:VEVENT/gm)).toHaveLength(4);
  });

  it.each([
    [['export', 'x.accord.json', '--out', 'a.csv'], /Say what to export: --format csv/],
    [['export', 'x.accord.json', '--format', 'pdf', '--out', 'a.pdf'], /--format is csv, md or ics \(got “pdf”\)/],
    [['export', 'x.accord.json', '--format', 'csv', '--with-due-dates', '--out', 'a.csv'], /--with-due-dates is for --format ics/],
    [['export', 'x.accord.json', '--format', 'ics'], /Say where the file goes: --out rhythm.ics/],
    [['export', 'x.accord.json', '--format', 'csv'], /Say where the file goes: --out actions.csv/],
    [['export', '--format', 'csv', '--out', 'a.csv'], /Name one workshop/],
  ])('is a usage error (exit 2, with the usage): %j', async (args, message) => {
    const result = await cli(args);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.err).toContain('npm run accord -- export WORKSHOP --format csv|md|ics --out FILE [--with-due-dates]');
  });

  it('checks --out before reading the workshop, and names a workshop it cannot find (exit 2)', async () => {
    const folder = await cli(['export', workshopFile, '--format', 'md', '--out', work]);
    expect(folder).toMatchObject({ code: 2 });
    expect(folder.err).toContain(`--out names a folder (${work}); give the Markdown file's file name, e.g. --out ${join(work, 'charter.md')}`);
    const missing = await cli(['export', 'no-such-id', '--format', 'csv', '--out', join(work, 'x.csv'), '--data-dir', library()]);
    expect(missing).toMatchObject({ code: 2 });
    expect(missing.err).toContain('has no workshop with the id “no-such-id”');
  });
});
