import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAccordHost } from '../../electron/host/accordHost';
import type { AccordHost } from '../../electron/host/accordHost.types';
import { writeAndSync, type WriteAndSync } from '../../electron/host/storage/durableWrite';
import { installQuitFlow } from '../../electron/main/installQuitFlow';
import type { SessionEvent, SessionSnapshot } from '../../src/shared/accordApi';
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
    const host = { flush: vi.fn(() => flush.promise), close: vi.fn(async () => {}), unsavedCopy: () => null };
    installQuitFlow(host, 5_000);

    app.quit();
    expect(app.quitCompleted).toBe(false);
    expect(host.flush).toHaveBeenCalledTimes(1);
    expect(host.close).not.toHaveBeenCalled();

    flush.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(app.quitCompleted).toBe(true);
    expect(host.flush).toHaveBeenCalledTimes(1);
    expect(host.close).toHaveBeenCalledTimes(1);
  });

  it('flushes once even when quit is requested again while flushing', async () => {
    const flush = deferred();
    const host = { flush: vi.fn(() => flush.promise), close: vi.fn(async () => {}), unsavedCopy: () => null };
    installQuitFlow(host, 5_000);

    app.quit();
    app.quit();
    app.quit();
    expect(host.flush).toHaveBeenCalledTimes(1);
    expect(app.quitCompleted).toBe(false);

    flush.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(app.quitCompleted).toBe(true);
  });

  it('asks, and quits when told to, when the flush hangs past the timeout', async () => {
    const host = { flush: vi.fn(() => new Promise<void>(() => {})), close: vi.fn(async () => {}), unsavedCopy: () => null };
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
    installQuitFlow({ flush: () => flush.promise, close: async () => {}, unsavedCopy: () => null }, 5_000);
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
    installQuitFlow({ flush: () => flush.promise, close: async () => {}, unsavedCopy: () => null }, 5_000);
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
      const copy = { title: 'Kestrel day', fileName: 'kestrel-day.accord', text: '{"setup":{"title":"Kestrel day"}}\n' };
      installQuitFlow({ flush: () => flush.promise, close: async () => {}, unsavedCopy: () => copy }, 5_000, ['/proc/no-such-folder', folder]);
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
    const copy = { title: 'Kestrel day', fileName: 'kestrel-day.accord', text: '{}\n' };
    installQuitFlow({ flush: () => flush.promise, close: async () => {}, unsavedCopy: () => copy }, 5_000, ['/proc/no-such-folder']);
    // "Write an emergency copy and quit", then "Keep Accord open" when the copy fails too.
    dialog.answers.push(1, 0);
    app.quit();
    flush.reject(new Error('The disk is full.'));
    await vi.waitFor(() => expect(dialog.messageBoxes.at(-1)).toMatchObject({ message: 'No folder would take an emergency copy either.' }));
    expect(app.quitCompleted).toBe(false);
  });

  it('leaves the host fully working when a slow save outlasts the quit and the facilitator keeps Accord open', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'accord-quit-'));
    // The disk answers only when the test says so, once the workshop has been opened.
    let slowDisk: ReturnType<typeof deferred> | null = null;
    const slowWrite: WriteAndSync = async (path, data) => {
      if (slowDisk) await slowDisk.promise;
      await writeAndSync(path, data);
    };
    let host: AccordHost | null = await createAccordHost({ dataDir, writeFile: slowWrite });
    try {
      const events: SessionEvent['kind'][] = [];
      host.onDidChangeSession((event) => events.push(event.kind));
      slowDisk = deferred();
      expect(await host.call('dispatch', [{ type: 'updateSetup', patch: { venue: 'Harbour room' } }])).toMatchObject({ ok: true });
      installQuitFlow(host, 5_000);
      dialog.answer = 0; // "Keep Accord open"

      app.quit();
      await vi.advanceTimersByTimeAsync(5_000);
      expect(dialog.messageBoxes.at(-1)).toMatchObject({ message: 'Accord could not save your latest changes.', detail: expect.stringContaining('did not finish within 5 seconds') });
      expect(app.quitCompleted).toBe(false);

      // The slow save finally lands, long after the quit stopped waiting for it.
      slowDisk.resolve();
      slowDisk = null;
      await host.flush();

      const snapshot = (await host.call('getSession', [])) as SessionSnapshot | null;
      expect(snapshot?.workshop.setup.venue).toBe('Harbour room');
      events.length = 0;
      expect(await host.call('dispatch', [{ type: 'updateSetup', patch: { venue: 'Still editing' } }])).toMatchObject({ ok: true });
      expect(events).toContain('patch');
      await expect(createAccordHost({ dataDir })).rejects.toThrow(/already using/);
      expect(app.quitCompleted).toBe(false);

      // Quitting again now saves and closes for real.
      app.quit();
      await vi.waitFor(() => expect(app.quitCompleted).toBe(true));
      await expect(createAccordHost({ dataDir }).then((reopened) => reopened.close())).resolves.toBeUndefined();
      host = null;
    } finally {
      slowDisk?.resolve();
      await host?.close().catch(() => undefined);
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
