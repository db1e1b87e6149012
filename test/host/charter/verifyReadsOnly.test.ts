/**
 * Verifying a charter only reads the library: with a workshop that is not open, whose folder
 * holds what a crash leaves (temp files of an interrupted save) or whose file is damaged, every
 * file in the data folder is byte for byte the same afterwards, through the host (app and
 * browser mode) and through `accord verify`. Opening the workshop would have cleaned up or
 * restored it: a check must not.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAccordHost } from '../../../electron/host/accordHost';
import type { AccordHost } from '../../../electron/host/accordHost.types';
import { runAccordCli } from '../../../electron/host/cli/runAccordCli';
import { SAMPLE_WORKSHOP_ID } from '../../../src/domain/sampleWorkshop';
import type { CharterExportResult, CharterVerification } from '../../../src/shared/accordApi';
import { tinyPdfPrinter } from '../../helpers/charterPrinting';
import { hashTree } from '../../helpers/hashTree';

let dataDir: string;
let host: AccordHost;
let charter: Buffer;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'accord-verify-ro-'));
  host = await createAccordHost({ dataDir, printCharter: tinyPdfPrinter });
  const exported = (await host.call('exportCharter', [{ workshopId: SAMPLE_WORKSHOP_ID, version: null, paperSize: 'a4' }])) as CharterExportResult;
  if (!exported.ok) throw new Error(exported.message);
  charter = Buffer.from(exported.pdfBase64!, 'base64');
  // Verifying a workshop that is not open is what reads it from its file.
  await host.call('closeWorkshop', []);
});
afterEach(async () => {
  await host.close();
  await rm(dataDir, { recursive: true, force: true });
});

const workshopFile = () => join(dataDir, 'workshops', `${SAMPLE_WORKSHOP_ID}.accord.json`);

/** What an interrupted save leaves: a temp file beside the workshop and one among its snapshots. */
async function leaveCrashLeftovers(): Promise<void> {
  await writeFile(join(dataDir, 'workshops', `.${SAMPLE_WORKSHOP_ID}.accord.json.4242.a1b2c3d4e5f6.tmp`), '{"half": "writ');
  await mkdir(join(dataDir, 'snapshots', SAMPLE_WORKSHOP_ID), { recursive: true });
  await writeFile(join(dataDir, 'snapshots', SAMPLE_WORKSHOP_ID, '.2026-12-03T16-00-00-000Z.accord.json.4242.ffeeddccbbaa.tmp'), '{');
}

const verifyThroughHost = async () => (await host.call('verifyCharter', ['charter.pdf', charter.toString('base64')])) as CharterVerification;

async function verifyThroughCli(): Promise<number> {
  const file = join(await mkdtemp(join(tmpdir(), 'accord-verify-ro-pdf-')), 'charter.pdf');
  await writeFile(file, charter);
  try {
    return await runAccordCli(['verify', file, '--data-dir', dataDir], { out: () => undefined, err: () => undefined, printer: () => tinyPdfPrinter });
  } finally {
    await rm(join(file, '..'), { recursive: true, force: true });
  }
}

describe('verifying a charter changes nothing in the library', () => {
  it('leaves the leftovers of an interrupted save where they are, and still finds the workshop', async () => {
    await leaveCrashLeftovers();
    const before = await hashTree(dataDir);
    expect(Object.keys(before).filter((name) => name.endsWith('.tmp'))).toHaveLength(2);

    const verification = await verifyThroughHost();
    expect(verification).toMatchObject({ verdict: 'unchanged', library: { workshopId: SAMPLE_WORKSHOP_ID, version: 1 } });
    expect(await hashTree(dataDir)).toEqual(before);

    expect(await verifyThroughCli()).toBe(0);
    expect(await hashTree(dataDir)).toEqual(before);
  });

  it('leaves a damaged workshop file in place instead of restoring a snapshot over it', async () => {
    await writeFile(workshopFile(), '{"schemaVersion": 3, "id": "sample-kes');
    const before = await hashTree(dataDir);
    expect(Object.keys(before).some((name) => name.startsWith('snapshots/'))).toBe(true); // open() would restore one

    const verification = await verifyThroughHost();
    // The seal still checks out; the library has no readable workshop to compare it with.
    expect(verification).toMatchObject({ verdict: 'unchanged', library: null });
    expect(await hashTree(dataDir)).toEqual(before);

    await verifyThroughCli();
    expect(await hashTree(dataDir)).toEqual(before);
  });
});
