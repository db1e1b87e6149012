import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installQuitFlow } from '../../electron/main/installQuitFlow';
import { app, dialog, resetFakeElectron } from '../fakes/electron';

function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('installQuitFlow', () => {
  beforeEach(() => {
    resetFakeElectron();
    vi.useFakeTimers();
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('holds the first quit until the host has flushed, then quits', async () => {
    const flush = deferred();
    const host = { close: vi.fn(() => flush.promise), unsavedCopy: () => null };
    installQuitFlow(host, 5_000);

    app.quit();
    expect(app.quitCompleted).toBe(false);
    expect(host.close).toHaveBeenCalledTimes(1);

    flush.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(app.quitCompleted).toBe(true);
    expect(host.close).toHaveBeenCalledTimes(1);
  });

  it('flushes once even when quit is requested again while flushing', async () => {
    const flush = deferred();
    const host = { close: vi.fn(() => flush.promise), unsavedCopy: () => null };
    installQuitFlow(host, 5_000);

    app.quit();
    app.quit();
    app.quit();
    expect(host.close).toHaveBeenCalledTimes(1);
    expect(app.quitCompleted).toBe(false);

    flush.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(app.quitCompleted).toBe(true);
  });

  it('asks, and quits when told to, when the flush hangs past the timeout', async () => {
    const host = { close: vi.fn(() => new Promise<void>(() => {})), unsavedCopy: () => null };
    installQuitFlow(host, 5_000);
    dialog.answer = 1;

    app.quit();
    await vi.advanceTimersByTimeAsync(4_999);
    expect(app.quitCompleted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(app.quitCompleted).toBe(true);
  });

  it('keeps Accord open when the last save failed and the facilitator chooses to', async () => {
    const flush = deferred();
    installQuitFlow({ close: () => flush.promise, unsavedCopy: () => null }, 5_000);
    dialog.answer = 0;

    app.quit();
    flush.reject(new Error('The disk is full.'));
    await vi.advanceTimersByTimeAsync(0);
    expect(app.quitCompleted).toBe(false);
    expect(dialog.messageBoxes.at(-1)).toMatchObject({ message: 'Accord could not save your latest changes.', detail: expect.stringContaining('The disk is full.') });
    expect(console.error).toHaveBeenCalled();
  });

  it('quits without saving when the facilitator says so after a failed save', async () => {
    const flush = deferred();
    installQuitFlow({ close: () => flush.promise, unsavedCopy: () => null }, 5_000);
    dialog.answer = 1;

    app.quit();
    flush.reject(new Error('disk full'));
    await vi.advanceTimersByTimeAsync(0);
    expect(app.quitCompleted).toBe(true);
  });

  it('writes the unsaved changes to an emergency copy before quitting after a failed save, and says where', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'accord-emergency-'));
    try {
      const flush = deferred();
      const copy = { title: 'Kestrel day', fileName: 'kestrel-day.accord.json', text: '{"setup":{"title":"Kestrel day"}}\n' };
      installQuitFlow({ close: () => flush.promise, unsavedCopy: () => copy }, 5_000, ['/proc/no-such-folder', folder]);
      dialog.answer = 1;

      app.quit();
      flush.reject(new Error('The disk is full.'));
      await vi.waitFor(() => expect(app.quitCompleted).toBe(true));
      const [name] = await readdir(folder);
      expect(await readFile(join(folder, name!), 'utf8')).toBe(copy.text);
      expect(dialog.messageBoxes.at(-1)).toMatchObject({ message: 'Your latest changes are in an emergency copy.', detail: expect.stringContaining(join(folder, name!)) });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('stays open when not even an emergency copy can be written and the facilitator keeps the app', async () => {
    const flush = deferred();
    const copy = { title: 'Kestrel day', fileName: 'kestrel-day.accord.json', text: '{}\n' };
    installQuitFlow({ close: () => flush.promise, unsavedCopy: () => copy }, 5_000, ['/proc/no-such-folder']);
    // "Write an emergency copy and quit", then "Keep Accord open" when the copy fails too.
    dialog.answers.push(1, 0);
    app.quit();
    flush.reject(new Error('The disk is full.'));
    await vi.waitFor(() => expect(dialog.messageBoxes.at(-1)).toMatchObject({ message: 'No folder would take an emergency copy either.' }));
    expect(app.quitCompleted).toBe(false);
  });
});
