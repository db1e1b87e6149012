import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from '../../src/app/afterNextPaint';
import { FRAME_LIMIT_MS, loadScriptFonts } from '../../src/app/theme/loadScriptFonts';

/** Frames are drawn only when the test says so: `drawFrame` runs the frame callbacks, as the browser does before it paints. */
let frameCallbacks: Map<number, FrameRequestCallback>;
let idleCallbacks: IdleRequestCallback[];
const drawFrame = () => {
  const callbacks = [...frameCallbacks.values()];
  frameCallbacks.clear();
  for (const callback of callbacks) callback(performance.now());
};
const beIdle = () => {
  for (const callback of idleCallbacks.splice(0)) callback({ didTimeout: false, timeRemaining: () => 50 });
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  frameCallbacks = new Map();
  idleCallbacks = [];
  let next = 0;
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    frameCallbacks.set(++next, callback);
    return next;
  });
  vi.stubGlobal('cancelAnimationFrame', (handle: number) => frameCallbacks.delete(handle));
  vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idleCallbacks.push(callback));
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('after the next paint', () => {
  it('runs once the frame has been drawn, not in its callback', () => {
    const run = vi.fn();
    afterNextPaint(run);
    drawFrame();
    expect(run).not.toHaveBeenCalled(); // the frame's own work is still to come
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs after its limit in a window that draws no frames, and only once when a frame comes later', () => {
    const run = vi.fn();
    afterNextPaint(run, 500);
    vi.advanceTimersByTime(499);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    drawFrame();
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs nothing once cancelled', () => {
    const run = vi.fn();
    const cancel = afterNextPaint(run, 500);
    drawFrame();
    cancel();
    vi.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled();
  });
});

describe('loading the script fonts', () => {
  it('waits for the first screen, then for its frame, then for an idle moment', async () => {
    const load = vi.fn(() => Promise.resolve());
    let firstScreen!: () => void;
    loadScriptFonts(new Promise<void>((resolve) => (firstScreen = resolve)), load);
    await Promise.resolve();
    expect(frameCallbacks.size).toBe(0); // nothing asked for while the first screen is still to come

    firstScreen();
    await vi.waitFor(() => expect(frameCallbacks.size).toBe(1));
    vi.advanceTimersByTime(0);
    expect(idleCallbacks).toHaveLength(0); // not between the render and the frame that shows it

    drawFrame();
    vi.advanceTimersByTime(0);
    expect(load).not.toHaveBeenCalled();
    beIdle();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('still loads them in a window that starts hidden and draws no frames', async () => {
    const load = vi.fn(() => Promise.resolve());
    loadScriptFonts(Promise.resolve(), load);
    await vi.waitFor(() => expect(frameCallbacks.size).toBe(1));
    vi.advanceTimersByTime(FRAME_LIMIT_MS);
    beIdle();
    expect(load).toHaveBeenCalledTimes(1);
  });
});
