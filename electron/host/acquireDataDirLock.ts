/**
 * One Accord process per data folder. The storage writes each workshop from one process only
 * (lowdb is single-writer), so a second process on the same folder — the desktop app and the
 * browser mode at once, say — is refused with a message instead of racing the first one.
 *
 * The lock is a file created exclusively ('wx') that names its holder: process id, the
 * process's start time (Linux), the boot, and a random nonce. The holder refreshes the file's
 * modification time as a heartbeat. A lock is taken over only when its holder is provably gone:
 * its process is not running, or the process with that id started at another time (the id was
 * reused by another program), or it comes from an earlier boot, or — when the file cannot say
 * (truncated, written by a crash mid-write) — its heartbeat has stopped. So that a live holder
 * never looks like that, the holder rewrites its own record whenever it finds its file
 * truncated, empty or unreadable, and keeps the heartbeat going. Release removes the file only
 * while it still carries this process's nonce.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { link, mkdir, open, readFile, rename, rm, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { storageError } from './storage/storageError';

export interface DataDirLock {
  release(): Promise<void>;
}

export interface LockTiming {
  /** A lock whose heartbeat is older than this is stale when its file cannot name a live holder. */
  staleMs: number;
  heartbeatMs: number;
  /** The clock a lock's age is measured with; defaults to the wall clock (tests move it on). */
  now?: () => number;
  /**
   * Runs the holder's heartbeat every `ms`, returning how to stop it; defaults to a timer.
   * Tests pass their own to run heartbeats when they choose.
   */
  every?: (beat: () => Promise<void>, ms: number) => () => void;
}

export const DEFAULT_LOCK_TIMING: LockTiming = { staleMs: 15_000, heartbeatMs: 5_000 };

export const LOCK_FILE = 'accord.lock';

interface LockRecord {
  pid: number;
  since: string;
  /** The machine's boot id where the system has one (Linux): after a reboot no old process runs. */
  boot?: string;
  /** The holder's start time in clock ticks since boot (Linux): tells a reused process id apart. */
  started?: string;
  /** Random, per acquisition: release and takeover check it so they never touch another holder's lock. */
  nonce?: string;
}

export class DataDirLockedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataDirLockedError';
  }
}

const CLOSE_FIRST = 'Close it first, or start this one with another --data-dir.';

/** Linux's id for this boot; elsewhere the process id alone decides. */
function bootId(): string | undefined {
  return readProc('/proc/sys/kernel/random/boot_id');
}

/** When a process started, in clock ticks since boot (field 22 of /proc/<pid>/stat); undefined off Linux. */
export function processStartTime(pid: number): string | undefined {
  const stat = readProc(`/proc/${pid}/stat`);
  if (!stat) return undefined;
  // The command name (field 2) may hold spaces and parentheses: count fields after its last ')'.
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
}

function readProc(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8').trim() || undefined;
  } catch {
    return undefined;
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

function parseRecord(text: string): LockRecord | null {
  try {
    const value = JSON.parse(text) as Partial<LockRecord> | null;
    return value && Number.isInteger(value.pid) && (value.pid as number) > 0 && typeof value.since === 'string' ? (value as LockRecord) : null;
  } catch {
    return null;
  }
}

type Verdict = { stale: true } | { stale: false; message: string };

/** Whether the lock on disk belongs to a live Accord, and if so what to tell the facilitator. */
function judge(dataDir: string, holder: LockRecord | null, ageMs: number, timing: LockTiming): Verdict {
  if (!holder) {
    if (ageMs > timing.staleMs) return { stale: true };
    return {
      stale: false,
      message:
        `Another Accord seems to be starting or running on ${dataDir} (its lock file was written ${Math.max(0, Math.round(ageMs / 1000))} s ago). ` +
        `${CLOSE_FIRST} If no other Accord is running, try again in ${Math.ceil(timing.staleMs / 1000)} seconds.`,
    };
  }
  const boot = bootId();
  // A lock from an earlier boot is stale even if its process id has been reused since.
  if (holder.boot && boot && holder.boot !== boot) return { stale: true };
  if (!isRunning(holder.pid)) return { stale: true };
  const started = processStartTime(holder.pid);
  if (holder.started && started) {
    // Same id, another start time: the id now belongs to a different program.
    if (holder.started !== started) return { stale: true };
  } else if (ageMs > timing.staleMs) {
    // No start time to compare (not Linux, or an older lock): a stopped heartbeat decides.
    return { stale: true };
  }
  return { stale: false, message: `Another Accord (process ${holder.pid}, running since ${holder.since}) is already using ${dataDir}. ${CLOSE_FIRST}` };
}

export async function acquireDataDirLock(dataDir: string, timing: LockTiming = DEFAULT_LOCK_TIMING): Promise<DataDirLock> {
  try {
    return await acquire(dataDir, timing);
  } catch (error) {
    if (error instanceof DataDirLockedError) throw error;
    throw storageError(error, { doing: 'start on its data folder', folder: dataDir, access: 'write' });
  }
}

async function acquire(dataDir: string, timing: LockTiming): Promise<DataDirLock> {
  await mkdir(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  const nonce = randomBytes(12).toString('hex');
  const boot = bootId();
  const started = processStartTime(process.pid);
  const record: LockRecord = { pid: process.pid, since: new Date().toISOString(), ...(boot ? { boot } : {}), ...(started ? { started } : {}), nonce };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(path, 'wx');
      try {
        await handle.writeFile(JSON.stringify(record));
        await handle.sync();
      } finally {
        await handle.close();
      }
      return holdLock(path, record, timing);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const found = await readLock(path);
    if (!found) continue; // Released meanwhile: try again.
    const verdict = judge(dataDir, parseRecord(found.text), (timing.now ?? Date.now)() - found.mtimeMs, timing);
    if (!verdict.stale) throw new DataDirLockedError(verdict.message);
    await takeOver(path, found.ino);
  }
  throw new DataDirLockedError(`Accord could not lock ${dataDir}: another process keeps taking it. ${CLOSE_FIRST}`);
}

async function readLock(path: string): Promise<{ text: string; mtimeMs: number; ino: number } | null> {
  try {
    const info = await stat(path);
    return { text: await readFile(path, 'utf8'), mtimeMs: info.mtimeMs, ino: info.ino };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Moves the stale lock aside instead of deleting it by name: if another process took it over
 * and wrote a fresh lock between our look and our move, we moved the wrong file and put it back.
 */
async function takeOver(path: string, staleIno: number): Promise<void> {
  const aside = `${path}.${randomBytes(6).toString('hex')}.stale`;
  try {
    await rename(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if ((await stat(aside)).ino !== staleIno) {
    // Put the fresh lock back; without hard links (FAT drives) a rename is the next best thing.
    // When a third process has created a new lock meanwhile (EEXIST), that lock stands: a rename
    // would overwrite it, and the next attempt judges it instead.
    try {
      await link(aside, path);
    } catch (error) {
      if (linksUnsupported(error)) await rename(aside, path).catch(() => undefined);
    }
  }
  await rm(aside, { force: true });
}

/** Errors that mean the file system has no hard links (FAT, some network drives), not that the name is taken. */
const LINK_UNSUPPORTED = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);
const linksUnsupported = (error: unknown) => LINK_UNSUPPORTED.has((error as NodeJS.ErrnoException).code ?? '');

type Holding = 'ours' | 'theirs' | 'missing' | 'unreadable';

/** Whether the lock file carries our record, someone else's, nothing, or nothing readable. */
async function holding(path: string, nonce: string): Promise<Holding> {
  let found;
  try {
    found = await readLock(path);
  } catch {
    return 'unreadable';
  }
  if (!found) return 'missing';
  const holder = parseRecord(found.text);
  if (!holder) return 'unreadable';
  return holder.nonce === nonce ? 'ours' : 'theirs';
}

/** Replaces the lock file with our full record at once: a temp file renamed over it, so no reader sees half of it. */
async function rewriteRecord(path: string, record: LockRecord): Promise<void> {
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(JSON.stringify(record));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } finally {
    await rm(temp, { force: true });
  }
}

const everyInterval = (beat: () => Promise<void>, ms: number) => {
  const timer = setInterval(() => void beat(), ms);
  timer.unref();
  return () => clearInterval(timer);
};

function holdLock(path: string, record: LockRecord, timing: LockTiming): DataDirLock {
  const nonce = record.nonce!;
  const isOurs = async () => (await holding(path, nonce)) === 'ours';
  let released = false;
  const beat = async () => {
    try {
      const state = await holding(path, nonce);
      if (released) return;
      if (state === 'ours') {
        const now = new Date();
        await utimes(path, now, now);
      } else if (state === 'unreadable') {
        // Truncated, emptied or damaged while we run: without our record, a stopped-looking
        // heartbeat would let a second Accord take the folder. Write the record again.
        await rewriteRecord(path, record);
      }
      // 'theirs': another Accord took the folder over (after a long suspend, say); leave it be.
    } catch {
      // The next heartbeat tries again.
    }
  };
  const stopHeartbeat = (timing.every ?? everyInterval)(beat, timing.heartbeatMs);
  return {
    async release() {
      if (released) return;
      released = true;
      stopHeartbeat();
      // Someone may have taken the folder over (after a long suspend, say): their lock stays.
      if (await isOurs()) await rm(path, { force: true });
    },
  };
}
