import { spawn } from 'node:child_process';
import { readFile, truncate, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError, DEFAULT_LOCK_TIMING, LOCK_FILE } from '../../../electron/host/acquireDataDirLock';
import { removeTempDataDirs, tempDataDir } from '../../helpers/tempDataDir';
import { bundleChild, spawnChild, type BundledChild, type Child } from '../../helpers/childProcess';

let bundle: BundledChild;
const holders: Child[] = [];
beforeAll(async () => {
  bundle = await bundleChild(fileURLToPath(new URL('./lockHolderChild.ts', import.meta.url)));
});
afterEach(async () => {
  await Promise.all(holders.splice(0).map((holder) => holder.kill()));
  await removeTempDataDirs();
});
afterAll(() => bundle.dispose());

async function holderOf(dataDir: string, ...options: string[]): Promise<Child> {
  const holder = spawnChild(bundle.script, [dataDir, ...options]);
  holders.push(holder);
  expect(await holder.nextLine()).toBe(`locked ${holder.pid}`);
  return holder;
}

const readLock = async (dataDir: string) => JSON.parse(await readFile(join(dataDir, LOCK_FILE), 'utf8')) as Record<string, unknown>;

describe('acquireDataDirLock', () => {
  it('refuses a second process while the first one holds the folder', async () => {
    const dataDir = await tempDataDir();
    const holder = await holderOf(dataDir);
    await expect(acquireDataDirLock(dataDir)).rejects.toThrow(new RegExp(`Another Accord \\(process ${holder.pid}, .*Close it first`));
  });

  it('refuses a second process while the holder is alive, even when the lock file is truncated', async () => {
    const dataDir = await tempDataDir();
    await holderOf(dataDir);
    await truncate(join(dataDir, LOCK_FILE), 0);
    const error = await acquireDataDirLock(dataDir).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(DataDirLockedError);
    expect((error as Error).message).toMatch(/Another Accord seems to be starting or running on .*try again in 15 seconds/);
  });

  it('a running holder writes its record again when its lock file is truncated, so the folder stays refused after the stale window', async () => {
    const dataDir = await tempDataDir();
    const holder = await holderOf(dataDir, 'manual-heartbeat');
    const before = await readLock(dataDir);
    await truncate(join(dataDir, LOCK_FILE), 0);
    holder.send('beat');
    expect(await holder.nextLine()).toBe('beat');
    // Well past the 15 s stale window: only the record on disk can still name the live holder.
    const later = { ...DEFAULT_LOCK_TIMING, now: () => Date.now() + 60_000 };
    await expect(acquireDataDirLock(dataDir, later)).rejects.toThrow(new RegExp(`Another Accord \\(process ${holder.pid}, .*Close it first`));
    expect(await readLock(dataDir)).toEqual(before);
  });

  it('a running holder writes its record again when its lock file holds garbage', async () => {
    const dataDir = await tempDataDir();
    const holder = await holderOf(dataDir, 'manual-heartbeat');
    const before = await readLock(dataDir);
    await writeFile(join(dataDir, LOCK_FILE), '{"pid":');
    holder.send('beat');
    expect(await holder.nextLine()).toBe('beat');
    expect(await readLock(dataDir)).toEqual(before);
  });

  it('a running holder leaves alone a valid lock of another Accord', async () => {
    const dataDir = await tempDataDir();
    const holder = await holderOf(dataDir, 'manual-heartbeat');
    const theirs = { pid: 1, since: new Date().toISOString(), nonce: 'someone-else' };
    await writeFile(join(dataDir, LOCK_FILE), JSON.stringify(theirs));
    holder.send('beat');
    expect(await holder.nextLine()).toBe('beat');
    expect(await readLock(dataDir)).toEqual(theirs);
  });

  it('takes over a truncated lock file whose heartbeat has stopped', async () => {
    const dataDir = await tempDataDir();
    await writeFile(join(dataDir, LOCK_FILE), '');
    const aMinuteAgo = new Date(Date.now() - 60_000);
    await utimes(join(dataDir, LOCK_FILE), aMinuteAgo, aMinuteAgo);
    const lock = await acquireDataDirLock(dataDir);
    await lock.release();
  });

  it('takes over the lock of a killed process', async () => {
    const dataDir = await tempDataDir();
    const holder = await holderOf(dataDir);
    await holder.kill();
    const lock = await acquireDataDirLock(dataDir);
    expect((await readLock(dataDir)).pid).toBe(process.pid);
    await lock.release();
  });

  it.runIf(process.platform === 'linux')('takes over a stale lock whose process id now belongs to another program', async () => {
    const dataDir = await tempDataDir();
    const holder = await holderOf(dataDir);
    await holder.kill();
    // The crashed Accord's id is handed to an unrelated program: simulate the reuse on its lock.
    const sleeper = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      const stale = await readLock(dataDir);
      await writeFile(join(dataDir, LOCK_FILE), JSON.stringify({ ...stale, pid: sleeper.pid }));
      const lock = await acquireDataDirLock(dataDir);
      expect((await readLock(dataDir)).pid).toBe(process.pid);
      await lock.release();
    } finally {
      sleeper.kill('SIGKILL');
    }
  });

  it('release leaves alone a lock that another process took over meanwhile', async () => {
    const dataDir = await tempDataDir();
    const ours = await acquireDataDirLock(dataDir);
    // Say this process was suspended long enough for its lock to be taken over.
    const theirs = { pid: 1, since: new Date().toISOString(), nonce: 'someone-else' };
    await writeFile(join(dataDir, LOCK_FILE), JSON.stringify(theirs));
    await ours.release();
    expect(await readLock(dataDir)).toEqual(theirs);
  });

  it('a released folder can be locked by another process at once', async () => {
    const dataDir = await tempDataDir();
    const holder = await holderOf(dataDir);
    holder.send('release');
    expect(await holder.nextLine()).toBe('released');
    const lock = await acquireDataDirLock(dataDir);
    await lock.release();
  });
});
