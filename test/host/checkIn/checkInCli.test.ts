/**
 * `npm run accord -- check-in WORKSHOP_ID`: the check-in of a signed library workshop added to
 * the library, its id printed; a refusal printed with exit code 1; a wrong id or command line
 * with 2; and never beside a running Accord on the same library.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAccordHost } from '../../../electron/host/accordHost';
import { runAccordCli, type CliIo } from '../../../electron/host/cli/runAccordCli';
import { parseWorkshopText } from '../../../src/domain/parseWorkshop';
import { createSampleWorkshop, SAMPLE_WORKSHOP_ID } from '../../../src/domain/sampleWorkshop';
import type { Workshop } from '../../../src/domain/workshopSchema';
import { applyAll, fingerprintOf, readyToSign, signCommand, T0 } from '../../helpers/domainBuilders';
import { tinyPdfPrinter } from '../../helpers/charterPrinting';

let library: string;
beforeEach(async () => {
  library = await mkdtemp(join(tmpdir(), 'accord-cli-check-in-'));
  await mkdir(join(library, 'workshops'), { recursive: true });
});
afterEach(() => rm(library, { recursive: true, force: true }));

function signedSample(): Workshop {
  const ready = readyToSign(createSampleWorkshop(T0));
  return applyAll(ready, signCommand(ready, ready.participants[0]!.id, ready.participants[0]!.name));
}

const store = (workshop: Workshop) => writeFile(join(library, 'workshops', `${workshop.id}.accord.json`), JSON.stringify(workshop));
const workshopFiles = async () => (await readdir(join(library, 'workshops'))).sort();

async function cli(args: string[]): Promise<{ code: number; out: string[]; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (line) => out.push(line), err: (line) => err.push(line), printer: () => tinyPdfPrinter, now: () => new Date('2027-03-01T09:00:00Z') };
  const code = await runAccordCli(args, io);
  return { code, out, err: err.join('\n') };
}

describe('accord check-in', () => {
  it('adds the check-in of a signed workshop to the library and prints its id first', async () => {
    const source = signedSample();
    await store(source);
    const result = await cli(['check-in', SAMPLE_WORKSHOP_ID, '--data-dir', library]);
    expect(result).toMatchObject({ code: 0, err: '' });
    const [id, summary] = result.out;
    expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(summary).toContain('Created “Kestrel sales & marketing alignment day: check-in”, check-in 1 of “Kestrel sales & marketing alignment day”');
    expect(summary).toContain(`version 1 of the charter as signed (fingerprint ${fingerprintOf(source).slice(0, 12)}…)`);
    expect(await workshopFiles()).toEqual([`${id}.accord.json`, `${SAMPLE_WORKSHOP_ID}.accord.json`].sort());
    const outcome = parseWorkshopText(await readFile(join(library, 'workshops', `${id}.accord.json`), 'utf8'));
    expect(outcome.kind).toBe('ok');
    const checkIn = (outcome as { workshop: Workshop }).workshop;
    expect(checkIn.checkIn).toMatchObject({ seriesId: SAMPLE_WORKSHOP_ID, earlier: [{ workshopId: SAMPLE_WORKSHOP_ID, fingerprint: fingerprintOf(source) }] });
    expect(checkIn.createdAt).toBe('2027-03-01T09:00:00.000Z');
    // The source file is as it was, and the library's lock is gone.
    expect(JSON.parse(await readFile(join(library, 'workshops', `${SAMPLE_WORKSHOP_ID}.accord.json`), 'utf8'))).toEqual(source);
    expect(await readdir(library)).not.toContain('accord.lock');
  });

  it('prints why an unsigned workshop has no check-in, exits with 1 and creates nothing', async () => {
    await store(createSampleWorkshop(T0));
    const before = await workshopFiles();
    const result = await cli(['check-in', SAMPLE_WORKSHOP_ID, '--data-dir', library]);
    expect(result.code).toBe(1);
    expect(result.out).toEqual([]);
    expect(result.err).toBe('No check-in was created for “Kestrel sales & marketing alignment day”: Nobody has signed this workshop’s charter yet. A check-in looks back on what the room signed: finish the sign-off first.');
    expect(await workshopFiles()).toEqual(before);
  });

  it('says so when the id names no workshop or is not an id, with exit code 2, leaving no folder behind', async () => {
    const missing = await cli(['check-in', 'no-such-day', '--data-dir', join(library, 'elsewhere')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/has no workshop with the id “no-such-day”/);
    expect(await readdir(library)).toEqual(['workshops']);
    const notAnId = await cli(['check-in', '../evil', '--data-dir', library]);
    expect(notAnId).toMatchObject({ code: 2, err: expect.stringMatching(/^“\.\.\/evil” is not a workshop id/) });
    expect((await cli(['check-in', '--data-dir', library])).err).toMatch(/^Name one workshop of the library by its id\.\n\nUsage:/);
  });

  it('will not write beside an Accord that has the library open', async () => {
    await store(signedSample());
    const host = await createAccordHost({ dataDir: library, seedSample: false });
    try {
      const before = await workshopFiles();
      const result = await cli(['check-in', SAMPLE_WORKSHOP_ID, '--data-dir', library]);
      expect(result.code).toBe(1);
      expect(result.err).toMatch(/already using/);
      expect(await workshopFiles()).toEqual(before);
    } finally {
      await host.close();
    }
  });

  it('exits non-zero from a real process when refused, and 0 with the id when done', async () => {
    await store(createSampleWorkshop(T0));
    const refused = await cliProcess(['check-in', SAMPLE_WORKSHOP_ID, '--data-dir', library]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/Nobody has signed/);
    await store(signedSample());
    const done = await cliProcess(['check-in', SAMPLE_WORKSHOP_ID, '--data-dir', library]);
    expect(done.code).toBe(0);
    expect(await workshopFiles()).toContain(`${done.out.split('\n')[0]}.accord.json`);
  });
});

/** Runs the real entry point (TypeScript through tsx), as `npm run accord` runs its build. */
function cliProcess(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done) => {
    const child = spawn(resolve('node_modules/.bin/tsx'), [resolve('electron/host/cli/accordCli.ts'), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => done({ code, out, err }));
  });
}
