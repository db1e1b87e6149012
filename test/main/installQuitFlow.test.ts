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
    const host = { close: vi.fn(() => flush.promise) };
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
    const host = { close: vi.fn(() => flush.promise) };
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
    const host = { close: vi.fn(() => new Promise<void>(() => {})) };
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
    installQuitFlow({ close: () => flush.promise }, 5_000);
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
    installQuitFlow({ close: () => flush.promise }, 5_000);
    dialog.answer = 1;

    app.quit();
    flush.reject(new Error('disk full'));
    await vi.advanceTimersByTimeAsync(0);
    expect(app.quitCompleted).toBe(true);
  });
});
