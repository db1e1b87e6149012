/**
 * One Accord process per data folder. The storage writes each workshop from one process only
 * (lowdb is single-writer), so a second process on the same folder — the desktop app and the
 * browser mode at once, say — is refused with a message instead of racing the first one.
 * A lock left by a process that no longer runs (a crash, a power cut) is taken over.
 */
import { readFileSync } from 'node:fs';
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

export interface DataDirLock {
  release(): Promise<void>;
}

interface LockRecord {
  pid: number;
  since: string;
  /** The machine's boot id where the system has one (Linux): after a reboot no old process runs. */
  boot?: string;
}

/** Linux's id for this boot; elsewhere the process id alone decides. */
function bootId(): string | undefined {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

export class DataDirLockedError extends Error {
  constructor(dataDir: string, holder: LockRecord) {
    super(
      `Another Accord (process ${holder.pid}, running since ${holder.since}) is already using ${dataDir}. ` +
        'Close it first, or start this one with another --data-dir.',
    );
    this.name = 'DataDirLockedError';
  }
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

export async function acquireDataDirLock(dataDir: string): Promise<DataDirLock> {
  await mkdir(dataDir, { recursive: true });
  const path = join(dataDir, 'accord.lock');
  const boot = bootId();
  const record: LockRecord = { pid: process.pid, since: new Date().toISOString(), ...(boot ? { boot } : {}) };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(JSON.stringify(record));
      await handle.close();
      return { release: () => rm(path, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = await readFile(path, 'utf8')
        .then((text) => JSON.parse(text) as LockRecord)
        .catch(() => null);
      // A lock from an earlier boot is stale even if its process id has been reused since.
      const sameBoot = !holder?.boot || !boot || holder.boot === boot;
      if (holder && typeof holder.pid === 'number' && sameBoot && isRunning(holder.pid)) {
        throw new DataDirLockedError(dataDir, holder);
      }
      // Left behind by a process that is gone (or unreadable): take it over.
      await rm(path, { force: true });
    }
  }
  throw new Error(`Accord could not lock ${dataDir}; try again.`);
}
