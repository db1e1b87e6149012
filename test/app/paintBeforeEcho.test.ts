import { produceWithPatches, enablePatches } from 'immer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterLocalPaint, ECHO_HOLD_LIMIT_MS, paintBeforeEcho } from '../../src/app/stores/paintBeforeEcho';
import { setHostApi } from '../../src/app/bridge/hostApi';
import { useConnectionStore } from '../../src/app/stores/connectionStore';
import { applySessionEvent, dispatchCommand, undo, useSessionStore } from '../../src/app/stores/sessionStore';
import { aSnapshot, fakeHostApi } from './fakeHostApi';

enablePatches();

/** Frames are drawn only when the test says so: `drawFrame` runs the frame callbacks, as the browser does before it paints. */
let frameCallbacks: FrameRequestCallback[] = [];
function drawFrame() {
  for (const callback of frameCallbacks.splice(0)) callback(performance.now());
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  frameCallbacks = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frameCallbacks.push(callback));
});
afterEach(() => {
  vi.runOnlyPendingTimers(); // no hold outlives its test
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('paint before the echo', () => {
  it('applies at once when no local change waits for a paint', () => {
    const applied: number[] = [];
    afterLocalPaint(() => applied.push(1));
    expect(applied).toEqual([1]);
  });

  it('holds what arrives while a local change waits, and applies it in order once that frame has been drawn', () => {
    const applied: number[] = [];
    paintBeforeEcho();
    afterLocalPaint(() => applied.push(1));
    paintBeforeEcho(); // a second key in the same frame joins the same hold
    afterLocalPaint(() => applied.push(2));
    expect(applied).toEqual([]);
    drawFrame();
    expect(applied).toEqual([]); // the frame callback runs before the paint
    vi.advanceTimersByTime(0); // the task queued from it runs after
    expect(applied).toEqual([1, 2]);
    afterLocalPaint(() => applied.push(3));
    expect(applied).toEqual([1, 2, 3]);
  });

  it('never holds longer than its limit, since a hidden window draws no frames', () => {
    const applied: number[] = [];
    paintBeforeEcho();
    afterLocalPaint(() => applied.push(1));
    vi.advanceTimersByTime(ECHO_HOLD_LIMIT_MS - 1);
    expect(applied).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(applied).toEqual([1]);
  });

  it('does not let an earlier hold end a later one early', () => {
    const applied: number[] = [];
    paintBeforeEcho();
    drawFrame();
    vi.advanceTimersByTime(10); // the first hold ends after its paint
    paintBeforeEcho();
    afterLocalPaint(() => applied.push(1));
    vi.advanceTimersByTime(ECHO_HOLD_LIMIT_MS - 5); // the first hold's limit passes, not the second's
    expect(applied).toEqual([]);
    drawFrame();
    vi.advanceTimersByTime(0);
    expect(applied).toEqual([1]);
  });

  it('applies the rest when one of them throws', () => {
    const reported = vi.fn();
    vi.stubGlobal('reportError', reported);
    const applied: number[] = [];
    paintBeforeEcho();
    afterLocalPaint(() => {
      throw new Error('broken event');
    });
    afterLocalPaint(() => applied.push(2));
    drawFrame();
    vi.advanceTimersByTime(0);
    expect(applied).toEqual([2]);
    expect(reported).toHaveBeenCalledWith(new Error('broken event'));
  });

  it('holds the host’s session events the same way, in revision order', () => {
    const snapshot = aSnapshot({ revision: 4 });
    applySessionEvent({ kind: 'snapshot', snapshot });
    const [afterFirst, first] = produceWithPatches(structuredClone(snapshot.workshop), (draft) => void (draft.setup.venue = 'Room B'));
    const second = produceWithPatches(afterFirst, (draft) => void (draft.setup.venue = 'Room C'))[1];
    paintBeforeEcho();
    applySessionEvent({ kind: 'patch', revision: 5, patches: first, canUndo: true, canRedo: false, undoDepth: 1 });
    applySessionEvent({ kind: 'patch', revision: 6, patches: second, canUndo: true, canRedo: false, undoDepth: 2 });
    expect(useSessionStore.getState().snapshot!.revision).toBe(4);
    drawFrame();
    vi.advanceTimersByTime(0);
    const now = useSessionStore.getState().snapshot!;
    expect(now.revision).toBe(6);
    expect(now.workshop.setup.venue).toBe('Room C');
  });

  it('resolves an edit only once its patch, held meanwhile, is in the store, and undoes an edit whose patch was held', async () => {
    const host = fakeHostApi();
    setHostApi(host.api);
    useConnectionStore.setState({ hostKind: 'web', state: { status: 'connected' } });
    const snapshot = aSnapshot({ revision: 4, canUndo: false });
    applySessionEvent({ kind: 'snapshot', snapshot });
    const patches = produceWithPatches(structuredClone(snapshot.workshop), (draft) => void (draft.setup.venue = 'Room B'))[1];
    paintBeforeEcho();
    // The host sends the patch, then the answer: the answer arrives while the patch is held.
    applySessionEvent({ kind: 'patch', revision: 5, patches, canUndo: true, canRedo: false, undoDepth: 1 });
    let venueWhenAnswered: string | null = null;
    const answered = dispatchCommand({ type: 'updateSetup', patch: { venue: 'Room B' } }).then(() => (venueWhenAnswered = useSessionStore.getState().snapshot!.workshop.setup.venue));
    const undone = undo();
    await Promise.resolve();
    expect(venueWhenAnswered).toBeNull();
    drawFrame();
    await vi.advanceTimersByTimeAsync(0);
    await answered;
    expect(venueWhenAnswered).toBe('Room B');
    expect(await undone).toBe(true);
    expect(host.api.undo).toHaveBeenCalledTimes(1);
  });
});
