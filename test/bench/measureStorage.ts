/**
 * Opening and autosaving the large workshops (about 5 MB and 20 MB), each against the bare
 * work it cannot avoid, timed alternately so that machine noise hits both alike:
 * - open-large: the repository's open against readFile + JSON.parse of the same file.
 * - autosave-large (warm): a save after one edit, the document already saved once, against
 *   the same durable write (durableWrite: temp file, fsync, rename, folder fsync, all
 *   asynchronous) of the same bytes, with no encoding.
 * - autosave-first-large: the first save right after opening (the edit and save come at once,
 *   while the repository is still encoding the opened document in the background), against the
 *   same floor.
 * - autosave-first-large-warmed: the first save after opening once that background encoding is
 *   done (in practice: a first edit more than a moment after opening), against the same floor;
 *   open-background-encode-large: how long that background encoding takes, in slices of a few
 *   milliseconds, against the open itself.
 * The 20 MB figures end in -20mb.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { applyCommand } from '../../src/domain/applyCommand';
import type { Workshop } from '../../src/domain/workshopSchema';
import { durableWrite } from '../../electron/host/storage/durableWrite';
import { createWorkshopRepository } from '../../electron/host/storage/workshopRepository';
import type { WorkshopRepository } from '../../electron/host/storage/workshopRepository.types';
import { buildLargeWorkshop, LARGE_WORKSHOP_SIZES, type LargeWorkshopSize } from '../helpers/buildLargeWorkshop';
import { figure, TARGETS } from './figures';
import type { BenchResult } from './runBench';

const RUNS = 11;

/** Runs `a` and `b` alternately (each times what it must, leaving out its own preparation); returns their samples. */
async function paired(a: () => Promise<number>, b: () => Promise<number>): Promise<[number[], number[]]> {
  const ta: number[] = [];
  const tb: number[] = [];
  await a();
  await b();
  for (let i = 0; i < RUNS; i++) {
    ta.push(await a());
    tb.push(await b());
  }
  return [ta, tb];
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

export async function measureOpenAndAutosave(work: string): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const size of ['5mb', '20mb'] as const) results.push(...(await measureSize(join(work, `storage-${size}`), size)));
  return results;
}

async function measureSize(dir: string, size: LargeWorkshopSize): Promise<BenchResult[]> {
  const suffix = size === '5mb' ? '' : `-${size}`;
  const repository = await createWorkshopRepository({ dataDir: dir });
  const large = buildLargeWorkshop(LARGE_WORKSHOP_SIZES[size]);
  await repository.create(large);
  const file = join(dir, 'workshops', `${large.id}.accord.json`);
  const fileBytes = (await readFile(file)).length;

  const [open, parse] = await paired(
    () => timed(() => repository.open(large.id)),
    () => timed(async () => JSON.parse((await readFile(file)).toString('utf8'))),
  );

  // The floor: the same bytes through the same durable write, into a folder of its own on the same disk.
  const bareDir = join(dir, 'bare');
  await mkdir(bareDir, { recursive: true });
  let floorBytes: Buffer = Buffer.alloc(0);
  const bareWrite = () => timed(() => durableWrite(join(bareDir, `${large.id}.accord.json`), floorBytes));

  // Warm: the opened (frozen) document, saved once, then one facilitator edit before each save.
  const edits = editor((await repository.open(large.id)).workshop);
  await repository.save(edits.current());
  const [warm, warmFloor] = await paired(() => saveAfterEdit(repository, edits, (bytes) => (floorBytes = bytes)), bareWrite);

  // First save after opening: a freshly opened document, one edit, then its first save.
  const [first, firstFloor] = await paired(async () => {
    const opened = editor((await repository.open(large.id)).workshop);
    return saveAfterEdit(repository, opened, (bytes) => (floorBytes = bytes));
  }, bareWrite);

  // First save after opening, once the repository's background encoding of the opened document is done.
  const background: number[] = [];
  const [firstWarmed, firstWarmedFloor] = await paired(async () => {
    const opened = editor((await repository.open(large.id)).workshop);
    background.push(await timed(() => repository.whenIdle()));
    return saveAfterEdit(repository, opened, (bytes) => (floorBytes = bytes));
  }, bareWrite);

  return [
    figure(`open-large${suffix}`, open, parse, { stat: 'median', target: TARGETS.open }),
    figure(`autosave-large${suffix}`, warm, warmFloor, { stat: 'median', target: TARGETS.autosave }),
    figure(`autosave-first-large${suffix}`, first, firstFloor, { stat: 'median' }),
    figure(`autosave-first-large-warmed${suffix}`, firstWarmed, firstWarmedFloor, { stat: 'median' }),
    figure(`open-background-encode-large${suffix}`, background.slice(1), open, { stat: 'median' }),
    { id: `large-workshop-size${suffix}`, value: fileBytes / 1024 / 1024, unit: 'MB', floor: size === '5mb' ? 5 : 20, ratio: fileBytes / 1024 / 1024 / (size === '5mb' ? 5 : 20) },
  ];
}

/** One facilitator edit after another (renaming an activity), on the immutable document. */
function editor(start: Workshop) {
  let current = start;
  let counter = 0;
  return {
    current: () => current,
    next() {
      const result = applyCommand(current, { type: 'updateItem', collection: 'activities', id: 'a500', patch: { name: `Activity renamed ${++counter}` } }, { now: new Date().toISOString(), newId: () => crypto.randomUUID() });
      if (!result.ok) throw new Error(result.rejection.message);
      current = result.workshop;
    },
  };
}

/** Only the save is timed; the edit before it is the facilitator's, and the floor's copy of the bytes is the bench's. */
async function saveAfterEdit(repository: WorkshopRepository, edits: ReturnType<typeof editor>, keepBytes: (bytes: Buffer) => void): Promise<number> {
  edits.next();
  const ms = await timed(() => repository.save(edits.current()));
  keepBytes(Buffer.from(JSON.stringify(edits.current())));
  return ms;
}
