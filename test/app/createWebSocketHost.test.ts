import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONNECTION_LOST_MESSAGE, createWebSocketHost } from '../../src/app/bridge/createWebSocketHost';
import type { ConnectionState } from '../../src/app/bridge/connectionState';

/** Just enough of a browser WebSocket to drive the bridge by hand. */
class FakeSocket {
  static readonly OPEN = 1;
  static instances: FakeSocket[] = [];
  readyState = 0;
  sent: { id: number; method: string; args: unknown[] }[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((message: { data: unknown }) => void) | null = null;
  onclose: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly url: string) {
    FakeSocket.instances.push(this);
  }
  send(text: string) {
    this.sent.push(JSON.parse(text));
  }
  close() {
    this.drop();
  }
  open() {
    this.readyState = 1;
    this.onopen?.();
  }
  drop() {
    this.readyState = 3;
    this.onclose?.();
  }
  reply(message: unknown) {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
}

describe('createWebSocketHost', () => {
  let states: ConnectionState[];
  let host: ReturnType<typeof createWebSocketHost>;

  beforeEach(() => {
    vi.useFakeTimers();
    FakeSocket.instances = [];
    states = [];
    host = createWebSocketHost({
      url: 'ws://127.0.0.1:1/api',
      WebSocketImpl: FakeSocket as unknown as typeof WebSocket,
      onConnectionChange: (state) => states.push(state),
      connectWaitMs: 1000,
    });
  });
  afterEach(() => {
    host.dispose();
    vi.useRealTimers();
  });

  const socket = () => FakeSocket.instances.at(-1)!;

  it('sends requests with ids and resolves each with its own answer', async () => {
    socket().open();
    const list = host.api.listWorkshops();
    const session = host.api.getSession();
    await vi.advanceTimersByTimeAsync(0);
    const [a, b] = socket().sent;
    expect(a).toMatchObject({ method: 'listWorkshops', args: [] });
    expect(b).toMatchObject({ method: 'getSession', args: [] });
    socket().reply({ id: b!.id, ok: true, result: null });
    socket().reply({ id: a!.id, ok: true, result: [] });
    await expect(list).resolves.toEqual([]);
    await expect(session).resolves.toBeNull();
  });

  it('rejects with the host’s message when a request fails', async () => {
    socket().open();
    const call = host.api.deleteWorkshop('w1');
    await vi.advanceTimersByTimeAsync(0);
    socket().reply({ id: socket().sent[0]!.id, ok: false, error: 'That workshop no longer exists.' });
    await expect(call).rejects.toThrow('That workshop no longer exists.');
  });

  it('waits for the first connection before sending', async () => {
    const call = host.api.listWorkshops();
    await vi.advanceTimersByTimeAsync(10);
    socket().open();
    await vi.advanceTimersByTimeAsync(0);
    expect(socket().sent).toHaveLength(1);
    socket().reply({ id: socket().sent[0]!.id, ok: true, result: [] });
    await expect(call).resolves.toEqual([]);
  });

  it('fans session events out to every listener', () => {
    socket().open();
    const seen: string[] = [];
    host.api.onDidChangeSession((event) => seen.push(`a:${event.kind}`));
    const unsubscribe = host.api.onDidChangeSession((event) => seen.push(`b:${event.kind}`));
    socket().reply({ event: 'session', payload: { kind: 'notices', notices: [] } });
    unsubscribe();
    socket().reply({ event: 'session', payload: { kind: 'snapshot', snapshot: null } });
    expect(seen).toEqual(['a:notices', 'b:notices', 'a:snapshot']);
  });

  it('rejects calls in flight when the socket drops, then reconnects with growing waits', async () => {
    socket().open();
    const call = host.api.dispatch({ type: 'goToPhase', phase: 'pulse' });
    await vi.advanceTimersByTimeAsync(0);
    socket().drop();
    await expect(call).rejects.toThrow(CONNECTION_LOST_MESSAGE);
    expect(states.at(-1)).toMatchObject({ status: 'reconnecting', attempt: 1 });

    await vi.advanceTimersByTimeAsync(400);
    expect(FakeSocket.instances).toHaveLength(2);
    socket().drop();
    expect(states.at(-1)).toMatchObject({ status: 'reconnecting', attempt: 2 });
    const second = (states.at(-1) as { retryInMs: number }).retryInMs;
    expect(second).toBeGreaterThanOrEqual(500);

    await vi.advanceTimersByTimeAsync(second + 1);
    expect(FakeSocket.instances).toHaveLength(3);
    socket().open();
    expect(states.at(-1)).toEqual({ status: 'connected' });
  });

  it('gives up on a call when the host stays unreachable', async () => {
    const call = host.api.getSession();
    const outcome = expect(call).rejects.toThrow(/not reachable/);
    await vi.advanceTimersByTimeAsync(1001);
    await outcome;
  });

  it('says so when a restarted host refuses this window, instead of reconnecting forever', async () => {
    host.dispose();
    const probed: string[] = [];
    host = createWebSocketHost({
      url: 'ws://127.0.0.1:1/api',
      WebSocketImpl: FakeSocket as unknown as typeof WebSocket,
      onConnectionChange: (state) => states.push(state),
      probeHost: async () => {
        probed.push('probe');
        return 'refused';
      },
    });
    for (let i = 0; i < 3; i++) {
      socket().drop();
      await vi.advanceTimersByTimeAsync(6000);
    }
    expect(probed.length).toBeGreaterThan(0);
    expect(states.some((s) => s.status === 'reconnecting' && s.refusedByHost === true)).toBe(true);
  });
});
