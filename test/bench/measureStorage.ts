/** open-large and autosave-large: the repository against the bare file operations it wraps. */
import { closeSync, fsyncSync, openSync, renameSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { applyCommand } from '../../src/domain/applyCommand';
import { createWorkshopRepository } from '../../electron/host/storage/workshopRepository';
import { buildLargeWorkshop } from '../helpers/buildLargeWorkshop';
import type { BenchResult } from './runBench';

const RUNS = 9;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Runs `a` and `b` alternately so that machine noise hits both alike; returns the medians. */
async function paired(a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<[number, number]> {
  const ta: number[] = [];
  const tb: number[] = [];
  await a();
  await b();
  for (let i = 0; i < RUNS; i++) {
    let start = performance.now();
    await a();
    ta.push(performance.now() - start);
    start = performance.now();
    await b();
    tb.push(performance.now() - start);
  }
  return [median(ta), median(tb)];
}

export async function measureOpenAndAutosave(work: string): Promise<BenchResult[]> {
  const dataDir = join(work, 'storage');
  const repository = await createWorkshopRepository({ dataDir });
  const large = buildLargeWorkshop();
  await repository.create(large);
  const file = join(dataDir, 'workshops', `${large.id}.accord.json`);
  const bytes = await readFile(file);

  const [open, parse] = await paired(
    () => repository.open(large.id),
    async () => JSON.parse((await readFile(file)).toString('utf8')),
  );

  // The floor: the same bytes written the durable way by hand, with no serialisation.
  const bareDir = join(work, 'bare');
  await import('node:fs/promises').then((fs) => fs.mkdir(bareDir, { recursive: true }));
  const bareWrite = async () => {
    const target = join(bareDir, 'w.json');
    const temp = `${target}.tmp`;
    const fd = openSync(temp, 'w');
    writeFileSync(fd, bytes);
    fsyncSync(fd);
    closeSync(fd);
    renameSync(temp, target);
  };
  // A realistic autosave: the opened (frozen) document after one facilitator edit.
  let current = (await repository.open(large.id)).workshop;
  let counter = 0;
  const nextEdit = () => {
    const result = applyCommand(current, { type: 'updateItem', collection: 'activities', id: 'a500', patch: { name: `Activity renamed ${++counter}` } }, { now: new Date().toISOString(), newId: () => crypto.randomUUID() });
    if (!result.ok) throw new Error(result.rejection.message);
    current = result.workshop;
  };
  // Only the save is timed; the edit before it is the facilitator's, not the autosave's.
  const saves: number[] = [];
  const [, bare] = await paired(async () => {
    nextEdit();
    const start = performance.now();
    await repository.save(current);
    saves.push(performance.now() - start);
  }, bareWrite);
  const save = median(saves.slice(1));

  return [
    { id: 'open-large', value: open, unit: 'ms', floor: parse, ratio: open / parse },
    { id: 'autosave-large', value: save, unit: 'ms', floor: bare, ratio: save / bare, target: '≤ 1.5' },
    { id: 'large-workshop-size', value: bytes.length / 1024 / 1024, unit: 'MB', floor: 5, ratio: bytes.length / 1024 / 1024 / 5 },
  ];
}
