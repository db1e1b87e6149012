/**
 * When a console paints its first screen: once its content is in and what draws it has loaded,
 * once the connection runs into trouble, or once the grace for connecting has passed with the
 * host unheard, whichever comes first.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useConnectionStore } from '../../src/app/stores/connectionStore';
import { FIRST_SCREEN_FILES_LIMIT_MS, FIRST_SCREEN_GRACE_MS, whenFirstScreenCanShow } from '../../src/app/stores/firstScreen';
import { useLibraryStore } from '../../src/app/stores/libraryStore';
import { useSessionStore } from '../../src/app/stores/sessionStore';
import type { SessionSnapshot } from '../../src/shared/accordApi';

/** Whether the promise has settled, once the microtasks queued so far have run. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

describe('whenFirstScreenCanShow', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    useSessionStore.setState({ loaded: false, snapshot: null });
    useLibraryStore.setState({ loaded: false, summaries: [], error: null });
    useConnectionStore.setState({ state: { status: 'connecting' }, hostKind: 'web' });
  });
  afterEach(() => vi.useRealTimers());

  it('waits while the session and the library list are on their way, and shows once both are in', async () => {
    const canShow = whenFirstScreenCanShow();
    useSessionStore.setState({ loaded: true });
    expect(await settled(canShow)).toBe(false);
    useLibraryStore.setState({ loaded: true });
    expect(await settled(canShow)).toBe(true);
  });

  it('shows once the session has an open workshop, without the library', async () => {
    const canShow = whenFirstScreenCanShow();
    useSessionStore.setState({ loaded: true, snapshot: { revision: 1 } as unknown as SessionSnapshot });
    expect(await settled(canShow)).toBe(true);
  });

  it('shows at once when the content is already in', async () => {
    useSessionStore.setState({ loaded: true });
    useLibraryStore.setState({ loaded: true });
    expect(await settled(whenFirstScreenCanShow())).toBe(true);
  });

  it('shows when the grace has passed with nothing heard, so that "Connecting…" can say so', async () => {
    const canShow = whenFirstScreenCanShow();
    await vi.advanceTimersByTimeAsync(FIRST_SCREEN_GRACE_MS - 1);
    expect(await settled(canShow)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(canShow)).toBe(true);
  });

  it('shows as soon as the connection runs into trouble, so that the banner can say what', async () => {
    const canShow = whenFirstScreenCanShow();
    useConnectionStore.setState({ state: { status: 'connected' } });
    expect(await settled(canShow)).toBe(false);
    useConnectionStore.setState({ state: { status: 'reconnecting', attempt: 1, retryInMs: 500 } });
    expect(await settled(canShow)).toBe(true);
  });

  it('once the content is in, waits for what draws it, past the grace: the phase shows with no loading message before it', async () => {
    let loaded!: () => void;
    const canShow = whenFirstScreenCanShow(() => new Promise<void>((resolve) => (loaded = resolve)));
    useSessionStore.setState({ loaded: true, snapshot: { revision: 1 } as unknown as SessionSnapshot });
    await vi.advanceTimersByTimeAsync(FIRST_SCREEN_GRACE_MS * 3);
    expect(await settled(canShow)).toBe(false);
    loaded();
    expect(await settled(canShow)).toBe(true);
  });

  it('shows when what draws the first screen fails to load, so that rendering can ask for it again', async () => {
    const canShow = whenFirstScreenCanShow(() => Promise.reject(new Error('chunk missing')));
    useSessionStore.setState({ loaded: true, snapshot: { revision: 1 } as unknown as SessionSnapshot });
    expect(await settled(canShow)).toBe(true);
  });

  it('asks for the first screen\'s files once, and only when the content is in', async () => {
    const load = vi.fn(() => Promise.resolve());
    const canShow = whenFirstScreenCanShow(load);
    useSessionStore.setState({ loaded: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(load).not.toHaveBeenCalled();
    useSessionStore.setState({ loaded: true, snapshot: { revision: 1 } as unknown as SessionSnapshot });
    useSessionStore.setState({ loaded: true, snapshot: { revision: 2 } as unknown as SessionSnapshot });
    expect(await settled(canShow)).toBe(true);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('shows when the connection runs into trouble while the files load', async () => {
    const canShow = whenFirstScreenCanShow(() => new Promise(() => {}));
    useSessionStore.setState({ loaded: true, snapshot: { revision: 1 } as unknown as SessionSnapshot });
    expect(await settled(canShow)).toBe(false);
    useConnectionStore.setState({ state: { status: 'reconnecting', attempt: 1, retryInMs: 500 } });
    expect(await settled(canShow)).toBe(true);
  });

  it('renders anyway when the files never come, after a limit', async () => {
    const canShow = whenFirstScreenCanShow(() => new Promise(() => {}));
    useSessionStore.setState({ loaded: true, snapshot: { revision: 1 } as unknown as SessionSnapshot });
    await vi.advanceTimersByTimeAsync(FIRST_SCREEN_FILES_LIMIT_MS - 1);
    expect(await settled(canShow)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(canShow)).toBe(true);
  });

  it('once shown through the grace, leaves the loading to the console\'s own render', async () => {
    const load = vi.fn(() => Promise.resolve());
    const canShow = whenFirstScreenCanShow(load);
    await vi.advanceTimersByTimeAsync(FIRST_SCREEN_GRACE_MS);
    expect(await settled(canShow)).toBe(true);
    useSessionStore.setState({ loaded: true, snapshot: { revision: 1 } as unknown as SessionSnapshot });
    await vi.advanceTimersByTimeAsync(FIRST_SCREEN_FILES_LIMIT_MS);
    expect(load).not.toHaveBeenCalled();
  });
});
