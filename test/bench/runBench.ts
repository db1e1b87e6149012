/**
 * `npm run bench`: speed figures as ratios against a floor measured in the same run, because
 * the machines are shared and noisy. Prints a table and writes bench-results.json as a list
 * of { id, value, unit, floor, ratio }.
 */
import { writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureOpenAndAutosave } from './measureStorage';
import { measureInteractions } from './measureInteractions';
import { measureRenderer } from './measureRenderer';
import { measureCharter } from './measureCharter';

export interface BenchResult {
  id: string;
  value: number;
  unit: string;
  /** The bare baseline measured in the same run (or the budget, for sizes). */
  floor: number;
  ratio: number;
  /** What the ratio should stay under, where the issue sets one. */
  target?: string;
}

async function main() {
  const work = await mkdtemp(join(tmpdir(), 'accord-bench-'));
  const results: BenchResult[] = [];
  try {
    results.push(...(await measureOpenAndAutosave(work)));
    results.push(...(await measureRenderer(work)));
    results.push(...(await measureInteractions(work)));
    results.push(...(await measureCharter(work)));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  console.table(results.map((r) => ({ ...r, value: round(r.value), floor: round(r.floor), ratio: round(r.ratio) })));
  writeFileSync('bench-results.json', JSON.stringify(results, null, 2));
  console.log('Wrote bench-results.json');
}

const round = (n: number) => Math.round(n * 100) / 100;

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
