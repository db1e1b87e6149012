/**
 * `npm run bench`: speed figures as ratios against a floor measured in the same run, because
 * the machines are shared and noisy. Prints a table (with the machine's load average) and
 * writes bench-results.json as a list of { id, value, unit, floor, ratio, target?, min?,
 * median?, samples? }. `BENCH_ONLY=renderer,interactions npm run bench` runs only those groups
 * (storage, renderer, interactions, signature, charter), for a quicker look at one change.
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
  const groups = {
    storage: measureOpenAndAutosave,
    renderer: measureRenderer,
    interactions: measureInteractions,
    signature: measureSignature,
    charter: measureCharter,
  } satisfies Record<string, (work: string) => Promise<BenchResult[]>>;
  const only = process.env.BENCH_ONLY?.split(',').map((g) => g.trim()).filter(Boolean);
  const unknown = only?.filter((g) => !(g in groups)) ?? [];
  if (unknown.length > 0) throw new Error(`BENCH_ONLY names no such group: ${unknown.join(', ')} (groups: ${Object.keys(groups).join(', ')})`);
  try {
    for (const [group, measure] of Object.entries(groups)) {
      if (!only || only.includes(group)) results.push(...(await measure(work)));
    }
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
