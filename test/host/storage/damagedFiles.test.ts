/**
 * A corpus of damaged workshop files (hand-made ones in test/fixtures/damaged/, plus truncations
 * and bit flips of the sample): open() must never crash, must keep every damaged original byte
 * for byte in damaged/, and must restore the newest valid snapshot.
 */
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseWorkshopText, type ParseOutcome } from '../../../src/domain/parseWorkshop';
import { SAMPLE_WORKSHOP_ID } from '../../../src/domain/sampleWorkshop';
import type { Workshop } from '../../../src/domain/workshopSchema';
import { createWorkshopRepository } from '../../../electron/host/storage/workshopRepository';
import { seededRandom } from '../../helpers/seededRandom';
import { retitled, sampleText, sampleWorkshop } from '../../helpers/storageBuilders';
import { removeTempDataDirs, tempDataDir } from '../../helpers/tempDataDir';

const FIXTURES = fileURLToPath(new URL('../../fixtures/damaged/', import.meta.url));
const ID = SAMPLE_WORKSHOP_ID;
const NOW = () => new Date('2026-11-22T16:00:00.000Z');

type Outcome = 'restored' | 'intact' | 'readOnly' | 'refused';
const tally: Record<Outcome, number> = { restored: 0, intact: 0, readOnly: 0, refused: 0 };
const counts = { handMade: 0, truncations: 0, bitFlips: 0 };

let template: string;
let newestValid: Workshop;

beforeAll(async () => {
  // One library, copied for every case: the sample saved, two valid snapshots and a damaged newer one.
  template = await tempDataDir();
  let minute = 0;
  const repository = await createWorkshopRepository({ dataDir: template, now: () => new Date(Date.UTC(2026, 10, 22, 14, minute++)) });
  await repository.create(sampleWorkshop());
  await repository.snapshot(retitled(sampleWorkshop(), 'Snapshot v1'));
  newestValid = retitled(sampleWorkshop(), 'Snapshot v2');
  await repository.snapshot(newestValid);
  // Recovery must pass over a damaged snapshot to reach the newest valid one.
  await writeFile(join(template, 'snapshots', ID, '2026-11-22T15-59-00-000Z.accord.json'), sampleText().slice(0, 1000));
});

afterAll(async () => {
  await removeTempDataDirs();
  const total = counts.handMade + counts.truncations + counts.bitFlips;
  console.log(
    `Damaged-file corpus: ${total} cases (${counts.handMade} hand-made, ${counts.truncations} truncations, ${counts.bitFlips} bit flips) → ` +
      `${tally.restored} restored from a snapshot, ${tally.intact} still valid, ${tally.readOnly} read-only (newer version), ${tally.refused} refused (newer, unreadable).`,
  );
});

/** What the file should count as: the one road decides, on text decoded as strictly as the app does. */
function expectedOutcome(bytes: Buffer): ParseOutcome | { kind: 'notUtf8' } {
  try {
    return parseWorkshopText(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { kind: 'notUtf8' };
  }
}

async function openDamaged(bytes: Buffer): Promise<Outcome> {
  const dataDir = await tempDataDir();
  await cp(template, dataDir, { recursive: true });
  const file = join(dataDir, 'workshops', `${ID}.accord.json`);
  const damagedFolder = join(dataDir, 'damaged');
  await writeFile(file, bytes);
  const repository = await createWorkshopRepository({ dataDir, now: NOW });
  const expected = expectedOutcome(bytes);

  if (expected.kind === 'invalid' || expected.kind === 'notUtf8') {
    const opened = await repository.open(ID);
    expect(opened.workshop).toEqual(newestValid);
    const kept = await readdir(damagedFolder);
    expect(kept).toHaveLength(1);
    expect((await readFile(join(damagedFolder, kept[0]!))).equals(bytes)).toBe(true);
    expect(opened.notices).toEqual([expect.stringMatching(/^The saved file of “Snapshot v2” was damaged \(.+\)\. Accord restored the snapshot from /)]);
    expect(opened.notices[0]).toContain(join(damagedFolder, kept[0]!));
    const onDisk = parseWorkshopText(await readFile(file, 'utf8'));
    expect(onDisk.kind === 'ok' && onDisk.workshop).toEqual(newestValid);
    expect(await readdir(join(dataDir, 'workshops'))).toEqual([`${ID}.accord.json`]);
    return 'restored';
  }

  // Anything else is not damage: the file stays exactly as it is and nothing is moved aside.
  let outcome: Outcome;
  if (expected.kind === 'ok') {
    const opened = await repository.open(ID);
    expect(opened.workshop).toEqual({ ...expected.workshop, id: ID });
    // A notice for an id that is not the file's, and one for control characters a flip made and opening removed.
    expect(opened.notices).toHaveLength((expected.workshop.id === ID ? 0 : 1) + (expected.cleanedFields > 0 ? 1 : 0));
    expect(opened.readOnlyReason).toBeNull();
    outcome = 'intact';
  } else if (expected.workshop) {
    const opened = await repository.open(ID);
    expect(opened.readOnlyReason).toMatch(/newer version of Accord/);
    outcome = 'readOnly';
  } else {
    await expect(repository.open(ID)).rejects.toMatchObject({ code: 'unrecoverable', message: expect.stringContaining('Update Accord') });
    outcome = 'refused';
  }
  expect((await readFile(file)).equals(bytes)).toBe(true);
  expect(await readdir(damagedFolder)).toEqual([]);
  return outcome;
}

const handMade = (await readdir(FIXTURES)).sort();
const original = Buffer.from(sampleText(), 'utf8');

describe('hand-made damaged files', () => {
  it('has a corpus of at least 20 files', () => {
    expect(handMade.length).toBeGreaterThanOrEqual(20);
  });

  it.each(handMade)('%s is moved aside and the newest valid snapshot restored', async (name) => {
    const outcome = await openDamaged(await readFile(join(FIXTURES, name)));
    counts.handMade++;
    tally[outcome]++;
    expect(outcome).toBe('restored');
  });
});

describe('truncated files', () => {
  const random = seededRandom(20261122);
  const cuts = Array.from({ length: 50 }, (_, i) => Math.floor(((i + random.next()) * original.length) / 50));
  it.each(cuts)('cut after byte %i', async (cut) => {
    tally[await openDamaged(original.subarray(0, cut))]++;
    counts.truncations++;
  });
});

describe('files with one flipped bit', () => {
  const random = seededRandom(42);
  const flips = Array.from({ length: 100 }, () => [random.int(original.length), random.int(8)] as const);
  it.each(flips)('byte %i, bit %i', async (at, bit) => {
    const bytes = Buffer.from(original);
    bytes[at]! ^= 1 << bit;
    tally[await openDamaged(bytes)]++;
    counts.bitFlips++;
  });
});

describe('a damaged file without a valid snapshot', () => {
  it.each([
    ['no snapshots at all', [] as string[]],
    ['only damaged snapshots', ['', '{"schemaVersion": 1}']],
  ])('is moved aside and reported when there are %s', async (_, snapshots) => {
    const dataDir = await tempDataDir();
    const repository = await createWorkshopRepository({ dataDir, now: NOW });
    await repository.create(sampleWorkshop());
    await mkdir(join(dataDir, 'snapshots', ID), { recursive: true });
    for (const [index, text] of snapshots.entries()) {
      await writeFile(join(dataDir, 'snapshots', ID, `2026-11-22T1${index}-00-00-000Z.accord.json`), text);
    }
    const bytes = await readFile(join(FIXTURES, 'truncated-halfway.accord.json'));
    await writeFile(join(dataDir, 'workshops', `${ID}.accord.json`), bytes);

    const failure = repository.open(ID);

    await expect(failure).rejects.toMatchObject({ code: 'unrecoverable', message: expect.stringContaining('no valid snapshot') });
    const kept = await readdir(join(dataDir, 'damaged'));
    expect(kept).toHaveLength(1);
    expect((await readFile(join(dataDir, 'damaged', kept[0]!))).equals(bytes)).toBe(true);
    await expect(failure).rejects.toThrow(join(dataDir, 'damaged', kept[0]!));
    expect(await readdir(join(dataDir, 'workshops'))).toEqual([]);
  });
});
