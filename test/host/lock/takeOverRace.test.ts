/**
 * The takeover race of acquireDataDirLock, with real files: while this process moves a stale
 * lock aside, a second Accord takes the folder over and a third one locks it next. The rename
 * is wrapped only to run those two steps at exactly that moment.
 */
import { readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { acquireDataDirLock, LOCK_FILE, processStartTime } from '../../../electron/host/acquireDataDirLock';
import { removeTempDataDirs, tempDataDir } from '../../helpers/tempDataDir';

const race = vi.hoisted(() => ({
  around: null as null | { before(): Promise<void>; after(): Promise<void> },
  realRename: null as null | ((from: string, to: string) => Promise<void>),
}));

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  race.realRename = actual.rename;
  const rename: typeof actual.rename = async (from, to) => {
    const around = race.around;
    race.around = null;
    await around?.before();
    await actual.rename(from, to);
    await around?.after();
  };
  return { ...actual, rename, default: { ...actual, rename } };
});

afterEach(removeTempDataDirs);

describe('taking over a stale lock', () => {
  it('leaves standing the lock a third Accord created while a fresh one was being put back', async () => {
    const dataDir = await tempDataDir();
    const path = join(dataDir, LOCK_FILE);
    // A truncated lock whose heartbeat stopped a minute ago: stale.
    await writeFile(path, '');
    const aMinuteAgo = new Date(Date.now() - 60_000);
    await utimes(path, aMinuteAgo, aMinuteAgo);
    // Both other Accords are alive (they carry this test's own process id and start time).
    const live = { pid: process.pid, since: new Date().toISOString(), ...(processStartTime(process.pid) ? { started: processStartTime(process.pid) } : {}) };
    const second = { ...live, nonce: 'second-accord' };
    const third = { ...live, nonce: 'third-accord' };
    race.around = {
      // Just before our move: the second Accord has replaced the stale lock with its own.
      async before() {
        await writeFile(`${path}.second`, JSON.stringify(second), { flag: 'wx' });
        await race.realRename!(`${path}.second`, path);
      },
      // Just after it: the third Accord finds the name free and locks the folder.
      async after() {
        await writeFile(path, JSON.stringify(third), { flag: 'wx' });
      },
    };

    await expect(acquireDataDirLock(dataDir)).rejects.toThrow(/Another Accord \(process \d+, .*Close it first/);
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(third);
  });
});
