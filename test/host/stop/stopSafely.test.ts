import { readdir, stat } from 'node:fs/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stopSafely, type StopSafelyOptions } from '../../../electron/host/stopSafely';
import { removeTempDataDirs, tempDataDir } from '../../helpers/tempDataDir';

afterEach(removeTempDataDirs);

/** A clock that moves only when the code under test sleeps. */
function virtualTime() {
  let ms = 0;
  return { now: () => ms, sleep: async (wait: number) => void (ms += wait) };
}

const copy = { title: 'Kestrel day', fileName: 'kestrel-day.accord', text: '{"unsaved":true}\n' };

function options(overrides: Partial<StopSafelyOptions>, folders: string[]): StopSafelyOptions {
  return { retryForMs: 10_000, retryEveryMs: 2_000, emergencyFolders: folders, stopNow: new Promise(() => {}), onRetrying: () => {}, ...virtualTime(), ...overrides };
}

describe('stopSafely', () => {
  it('keeps retrying the save and writes no copy when a retry goes through', async () => {
    const folder = await tempDataDir();
    const close = vi.fn().mockRejectedValueOnce(new Error('The disk is full')).mockRejectedValueOnce(new Error('The disk is full')).mockResolvedValue(undefined);
    const outcome = await stopSafely({ close, unsavedCopy: () => copy }, options({}, [folder]));
    expect(outcome).toEqual({ kind: 'saved' });
    expect(close).toHaveBeenCalledTimes(3);
    expect(await readdir(folder)).toEqual([]);
  });

  it('gives up after the bounded time and writes the copy to the first folder that takes it', async () => {
    const folder = await tempDataDir();
    const close = vi.fn().mockRejectedValue(new Error('The disk is full'));
    const retrying = vi.fn();
    const outcome = await stopSafely({ close, unsavedCopy: () => copy }, options({ onRetrying: retrying }, ['/proc/no-such-folder', folder]));
    // One attempt at once, then one every 2 s for 10 s.
    expect(close).toHaveBeenCalledTimes(6);
    expect(retrying).toHaveBeenCalledWith('The disk is full');
    const [name] = await readdir(folder);
    expect(outcome).toEqual({ kind: 'emergencyCopy', problem: 'The disk is full', title: 'Kestrel day', path: `${folder}/${name}` });
  });

  it('writes the emergency copy readable by its owner only, since it lands in a shared folder', async () => {
    const folder = await tempDataDir();
    const close = vi.fn().mockRejectedValue(new Error('The disk is full'));
    const outcome = await stopSafely({ close, unsavedCopy: () => copy }, options({ retryForMs: 0 }, [folder]));
    expect(outcome.kind).toBe('emergencyCopy');
    const path = (outcome as { path: string }).path;
    expect((await stat(path)).mode & 0o777).toBe(0o600);
  });

  it('says the changes are lost, never that they are saved, when no folder takes the copy', async () => {
    const close = vi.fn().mockRejectedValue(new Error('The disk is full'));
    const outcome = await stopSafely({ close, unsavedCopy: () => copy }, options({ retryForMs: 0 }, ['/proc/no-such-folder']));
    expect(outcome).toEqual({ kind: 'lost', problem: 'The disk is full', title: 'Kestrel day' });
  });
});
