/**
 * `npm run bench`: speed figures as ratios against a floor measured in the same run, because
 * the machines are shared and noisy. Prints a table (with the machine's load average) and
 * writes bench-results.json as a list of { id, value, unit, floor, ratio, target?, min?,
 * median?, samples? }.
 */
import { writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureOpenAndAutosave } from './measureStorage';
import { measureInteractions } from './measureInteractions';
import { measureRenderer } from './measureRenderer';
import { measureCharter } from './measureCharter';
import { measureSignature } from './measureSignature';

export interface BenchResult {
  id: string;
  value: number;
  unit: string;
  /** The bare baseline measured in the same run (or the budget, for sizes). */
  floor: number;
  ratio: number;
  /** What the ratio should stay under, where the issue sets one. */
  target?: string;
  /** Of the samples behind `value`, where it is a statistic of repeated runs. */
  min?: number;
  median?: number;
  samples?: number;
}

async function main() {
  console.log(`Load average at the start (1, 5, 15 min, ${cpus().length} cores): ${loadavg().map(round).join(', ')}`);
  const work = await mkdtemp(join(tmpdir(), 'accord-bench-'));
  const results: BenchResult[] = [];
  try {
    results.push(...(await measureOpenAndAutosave(work)));
    results.push(...(await measureRenderer(work)));
    results.push(...(await measureInteractions(work)));
    results.push(...(await measureSignature(work)));
    results.push(...(await measureCharter(work)));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  printTable(results);
  writeFileSync('bench-results.json', JSON.stringify(results, null, 2));
  console.log(`Load average at the end (1, 5, 15 min, ${cpus().length} cores): ${loadavg().map(round).join(', ')}`);
  console.log('Wrote bench-results.json');
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Whether a figure meets a target written as "≤ N×" (its ratio) or "≤ N KB" / "≤ N ms" (its value). */
function meets(r: BenchResult): string {
  const match = /^≤ ([\d.]+)\s*(×|[A-Za-z]+)/.exec(r.target ?? '');
  if (!match) return '';
  return (match[2] === '×' ? r.ratio : r.value) <= Number(match[1]) ? 'yes' : 'NO';
}

function printTable(results: BenchResult[]): void {
  console.table(
    results.map((r) => ({
      id: r.id,
      value: round(r.value),
      unit: r.unit,
      min: r.min === undefined ? '' : round(r.min),
      median: r.median === undefined ? '' : round(r.median),
      n: r.samples ?? '',
      floor: round(r.floor),
      ratio: round(r.ratio),
      target: r.target ?? '',
      met: meets(r),
    })),
  );
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
