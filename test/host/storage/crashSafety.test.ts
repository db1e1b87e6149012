/**
 * Kills a process that saves continuously (SIGKILL, at random moments, hundreds of times) and
 * checks after every kill that the workshop opens, valid, with every acknowledged save in it,
 * and that no file in the library is unreadable. SIGKILL keeps the page cache, so this proves
 * atomic replacement and recovery, not fsync against power loss.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseWorkshopText, parseWorkshopValue } from '../../../src/domain/parseWorkshop';
import { createWorkshopRepository } from '../../../electron/host/storage/workshopRepository';
import { counterOf, withCounter } from '../../helpers/crashCounter';
import { seededRandom } from '../../helpers/seededRandom';
import { sampleWorkshop } from '../../helpers/storageBuilders';
import { removeTempDataDirs, tempDataDir } from '../../helpers/tempDataDir';

const KILLS = 200;
const ID = 'crash-test';
const CHILD_SOURCE = fileURLToPath(new URL('./crashWriterChild.ts', import.meta.url));

let childScript: string;

beforeAll(async () => {
  // Bundled once and run with plain node: starting tsx for every one of the kills would take minutes.
  childScript = join(await tempDataDir(), 'crashWriterChild.mjs');
  await build({ entryPoints: [CHILD_SOURCE], outfile: childScript, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'silent' });
});

afterAll(removeTempDataDirs);

interface ChildRun {
  /** The last counter whose save the child reported as resolved; null when it was killed before any. */
  lastAck: number | null;
  saves: number;
}

/** Starts the writer, kills it with SIGKILL after `killAfterMs` (counted from its first save when `afterReady`). */
async function runAndKill(dataDir: string, killAfterMs: number, afterReady: boolean): Promise<ChildRun> {
  const child = spawn(process.execPath, [childScript, dataDir, ID], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let onReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    if (stdout.includes('ready ')) onReady();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const closed = once(child, 'close') as Promise<[number | null, NodeJS.Signals | null]>;
  // A child that dies by itself never reports ready; `closed` ends the wait and the check below fails.
  if (afterReady) await Promise.race([ready, closed]);
  await new Promise((resolve) => setTimeout(resolve, killAfterMs));
  child.kill('SIGKILL');
  const [code, signal] = await closed;
  if (signal !== 'SIGKILL') throw new Error(`The writer ended by itself (code ${code}) before it was killed:\n${stderr}`);
  const acks = [...stdout.matchAll(/^ack (\d+)$/gm)].map((match) => Number(match[1]));
  return { lastAck: acks.length > 0 ? acks[acks.length - 1]! : null, saves: acks.length };
}

interface LaneResult {
  kills: number;
  saves: number;
  killsDuringStartup: number;
  killsLeavingTempFiles: number;
  finalCounter: number;
}

/** One library and its writer, killed `kills` times; every check runs after every kill. */
async function killRepeatedly(kills: number, seed: number): Promise<LaneResult> {
  const dataDir = await tempDataDir();
  await (await createWorkshopRepository({ dataDir })).create(withCounter({ ...sampleWorkshop(), id: ID }, 0));
  const workshops = join(dataDir, 'workshops');
  const snapshots = join(dataDir, 'snapshots', ID);
  const random = seededRandom(seed);
  const result: LaneResult = { kills, saves: 0, killsDuringStartup: 0, killsLeavingTempFiles: 0, finalCounter: 0 };
  const checkedSnapshots = new Set<string>();

  for (let kill = 0; kill < kills; kill++) {
    // Most kills land while saving; some during start-up, while the child loads and opens the workshop.
    const duringStartup = random.next() < 0.15;
    const run = await runAndKill(dataDir, duringStartup ? random.int(250) : random.int(60), !duringStartup);
    if (duringStartup) result.killsDuringStartup++;
    result.saves += run.saves;
    const leftovers = [...(await readdir(workshops)), ...(await readdir(snapshots).catch(() => []))];
    if (leftovers.some((name) => name.endsWith('.tmp'))) result.killsLeavingTempFiles++;

    const opened = await (await createWorkshopRepository({ dataDir })).open(ID);
    const where = `seed ${seed}, kill ${kill}`;
    expect(opened.notices, where).toEqual([]);
    expect(parseWorkshopValue(opened.workshop).kind, where).toBe('ok');
    const floor = run.lastAck ?? result.finalCounter;
    const reopened = counterOf(opened.workshop);
    // At most one save more than acknowledged: the one whose acknowledgement the kill cut off.
    expect(reopened, where).toBeGreaterThanOrEqual(floor);
    expect(reopened, where).toBeLessThanOrEqual(floor + 1);
    result.finalCounter = reopened;

    // Snapshots are never rewritten under the same name, so each needs checking once; the workshop file every time.
    const files = [
      ...(await readdir(workshops)).map((name) => join(workshops, name)),
      ...(await readdir(snapshots).catch(() => [])).map((name) => join(snapshots, name)).filter((path) => !checkedSnapshots.has(path)),
    ];
    for (const file of files) {
      expect(parseWorkshopText(await readFile(file, 'utf8')).kind, `${where}: ${file}`).toBe('ok');
      if (file.startsWith(snapshots)) checkedSnapshots.add(file);
    }
    expect(await readdir(join(dataDir, 'damaged')), where).toEqual([]);
  }
  return result;
}

describe('a writer killed at random moments', () => {
  it(`never loses an acknowledged save nor leaves an unreadable file (${KILLS} kills)`, { timeout: 420_000 }, async () => {
    const started = performance.now();
    // Two libraries side by side, one per core: starting node is most of the cost of a kill.
    const lanes = await Promise.all([killRepeatedly(KILLS / 2, 1122), killRepeatedly(KILLS / 2, 2211)]);
    const seconds = (performance.now() - started) / 1000;
    const sum = (key: keyof LaneResult) => lanes.reduce((total, lane) => total + lane[key], 0);
    console.log(
      `Crash safety: ${sum('kills')} SIGKILLs (${sum('killsDuringStartup')} during start-up, ${sum('killsLeavingTempFiles')} in the middle of a write) ` +
        `over ${sum('saves')} acknowledged saves; ${seconds.toFixed(1)} s.`,
    );
    expect(sum('kills')).toBe(KILLS);
    // Guards against a run that proves nothing: a writer that never saved, or kills that never hit a write.
    for (const lane of lanes) expect(lane.finalCounter).toBeGreaterThan(0);
    expect(sum('killsLeavingTempFiles')).toBeGreaterThan(0);
  });
});
