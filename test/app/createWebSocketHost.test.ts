import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONNECTION_LOST_MESSAGE, createWebSocketHost, type WebSocketHostOptions } from '../../src/app/bridge/createWebSocketHost';
import type { ConnectionState } from '../../src/app/bridge/connectionState';
import { MAX_IMPORT_BYTES } from '../../src/shared/accordApi';
import { decodeImportFrame } from '../../electron/host/web/decodeImportFrame';
import { WEB_REFUSED_CLOSE_CODE, WEB_SILENCE_LIMIT_MS } from '../../src/shared/webProtocol';

/** Just enough of a browser WebSocket to drive the bridge by hand. */
class FakeSocket {
  static readonly OPEN = 1;
  static instances: FakeSocket[] = [];
  readyState = 0;
  /** Requests sent after the access check (the answer to the challenge is kept apart). */
  sent: { id: number; method: string; args: unknown[] }[] = [];
  auth: string[] = [];
  roles: string[] = [];
  binary: Uint8Array[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((message: { data: unknown }) => void) | null = null;
  onclose: ((event: { code: number }) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly url: string) {
    FakeSocket.instances.push(this);
  }
  send(data: string | Uint8Array) {
    if (typeof data !== 'string') return void this.binary.push(data);
    const message = JSON.parse(data);
    if ('auth' in message) {
      this.auth.push(message.auth);
      this.roles.push(message.role);
    } else this.sent.push(message);
  }
  close() {
    this.drop();
  }
  /** Opens and sends the challenge, as the host does. */
  open(nonce = 'n1') {
    this.readyState = 1;
    this.onopen?.();
    this.reply({ event: 'challenge', nonce });
  }
  drop(code = 1006) {
    if (this.readyState === 3) return;
    this.readyState = 3;
    this.onclose?.({ code });
  }
  reply(message: unknown) {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
}

describe('createWebSocketHost', () => {
  let states: ConnectionState[];
  let host: ReturnType<typeof createWebSocketHost>;

  const options = (extra: Partial<WebSocketHostOptions> = {}): WebSocketHostOptions => ({
    url: 'ws://127.0.0.1:1/api',
    WebSocketImpl: FakeSocket as unknown as typeof WebSocket,
    onConnectionChange: (state) => states.push(state),
    connectWaitMs: 1000,
    accessKey: () => 'the-key',
    prove: async (key, nonce) => `${key}/${nonce}`,
    adoptSocket: () => null,
    ...extra,
  });

  beforeEach(() => {
    vi.useFakeTimers();
    FakeSocket.instances = [];
    states = [];
    host = createWebSocketHost(options());
  });
  afterEach(() => {
    host.dispose();
    vi.useRealTimers();
  });

  const socket = () => FakeSocket.instances.at(-1)!;
  /** Opens the socket, lets the bridge answer the challenge, and accepts it. */
  const connectAndAccept = async () => {
    socket().open();
    await vi.advanceTimersByTimeAsync(0);
    socket().reply({ event: 'ready' });
  };

  it('sends requests with ids and resolves each with its own answer', async () => {
    await connectAndAccept();
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
    await connectAndAccept();
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
    // Nothing goes out before the host has accepted the answer to its challenge.
    expect(socket().auth).toEqual(['the-key/n1']);
    expect(socket().sent).toHaveLength(0);
    socket().reply({ event: 'ready' });
    await vi.advanceTimersByTimeAsync(0);
    expect(socket().sent).toHaveLength(1);
    socket().reply({ id: socket().sent[0]!.id, ok: true, result: [] });
    await expect(call).resolves.toEqual([]);
  });

  it('fans session events out to every listener', async () => {
    await connectAndAccept();
    const seen: string[] = [];
    host.api.onDidChangeSession((event) => seen.push(`a:${event.kind}`));
    const unsubscribe = host.api.onDidChangeSession((event) => seen.push(`b:${event.kind}`));
    socket().reply({ event: 'session', payload: { kind: 'notices', notices: [] } });
    unsubscribe();
    socket().reply({ event: 'session', payload: { kind: 'snapshot', snapshot: null } });
    expect(seen).toEqual(['a:notices', 'b:notices', 'a:snapshot']);
  });

  it('rejects calls in flight when the socket drops, then reconnects with growing waits', async () => {
    await connectAndAccept();
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
    expect(states.at(-1)).toMatchObject({ status: 'reconnecting' });
    await connectAndAccept();
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
    host = createWebSocketHost(
      options({
        probeHost: async () => {
          probed.push('probe');
          return 'refused';
        },
      }),
    );
    for (let i = 0; i < 3; i++) {
      socket().drop();
      await vi.advanceTimersByTimeAsync(6000);
    }
    expect(probed.length).toBeGreaterThan(0);
    expect(states.some((s) => s.status === 'reconnecting' && s.refusedByHost === true)).toBe(true);
  });

  it('says Accord has stopped when nothing answers any more, instead of reconnecting forever', async () => {
    host.dispose();
    host = createWebSocketHost(options({ probeHost: async () => 'unreachable' }));
    await connectAndAccept();
    for (let i = 0; i < 3; i++) {
      socket().drop();
      await vi.advanceTimersByTimeAsync(6000);
    }
    expect(states.at(-1)).toMatchObject({ status: 'reconnecting', hostUnreachable: true });
  });

  it('notices a host that falls silent, though the socket never closed', async () => {
    await connectAndAccept();
    const call = host.api.getSession();
    const outcome = expect(call).rejects.toThrow(CONNECTION_LOST_MESSAGE);
    // Heartbeats keep it alive…
    for (let i = 0; i < 4; i++) {
      await vi.advanceTimersByTimeAsync(WEB_SILENCE_LIMIT_MS - 1000);
      socket().reply({ event: 'heartbeat' });
    }
    expect(states.at(-1)).toEqual({ status: 'connected' });
    // …and silence past the limit is a lost connection.
    await vi.advanceTimersByTimeAsync(WEB_SILENCE_LIMIT_MS + 1);
    await outcome;
    expect(states.at(-1)).toMatchObject({ status: 'reconnecting', attempt: 1 });
  });

  it('says the host refused this window when the access check fails', async () => {
    socket().open();
    await vi.advanceTimersByTimeAsync(0);
    socket().reply({ event: 'refused', reason: 'no' });
    socket().drop(WEB_REFUSED_CLOSE_CODE);
    expect(states.at(-1)).toMatchObject({ status: 'reconnecting', refusedByHost: true });
  });

  it('answers the challenge with an empty proof when the page holds no key, and is never "connected"', async () => {
    host.dispose();
    host = createWebSocketHost(options({ accessKey: () => null }));
    socket().open();
    await vi.advanceTimersByTimeAsync(0);
    expect(socket().auth).toEqual(['']);
    expect(states.some((s) => s.status === 'connected')).toBe(false);
  });

  it('sends an import as the file’s bytes, and refuses one over the limit before sending', async () => {
    await connectAndAccept();
    const text = '{"note":"a \\"quoted\\" line\\n"}\n';
    host.api.importWorkshop('a.accord.json', text).catch(() => undefined);
    await vi.advanceTimersByTimeAsync(0);
    const frame = decodeImportFrame(Buffer.from(socket().binary[0]!));
    expect(frame?.header).toMatchObject({ method: 'importWorkshop', fileName: 'a.accord.json' });
    expect(new TextDecoder().decode(frame!.body)).toBe(text);

    await expect(host.api.importWorkshop('big.accord.json', 'x'.repeat(MAX_IMPORT_BYTES + 1))).rejects.toThrow(/^This file is 20\.1 MB; Accord imports files up to 20 MB\./);
    // Multi-byte text is measured in bytes, as the file on disk is.
    await expect(host.api.importWorkshop('wide.accord.json', 'é'.repeat(MAX_IMPORT_BYTES / 2 + 1))).rejects.toThrow(/This file is 20\.1 MB/);
    expect(socket().binary).toHaveLength(1);
  });
  it('adopts the socket opened before the app was evaluated for its first connection only', async () => {
    host.dispose();
    FakeSocket.instances = [];
    const early = new FakeSocket('ws://127.0.0.1:1/api');
    const asked: string[] = [];
    host = createWebSocketHost(options({ role: 'projector', adoptSocket: (url) => (asked.push(url), early as unknown as WebSocket) }));
    expect(asked).toEqual(['ws://127.0.0.1:1/api']);
    // No second socket: the bridge answers the host on the one already opening.
    expect(FakeSocket.instances).toEqual([early]);
    await connectAndAccept();
    expect(early.auth).toEqual(['the-key/n1']);
    expect(early.roles).toEqual(['projector']);
    const list = host.api.listWorkshops();
    await vi.advanceTimersByTimeAsync(0);
    early.reply({ id: early.sent[0]!.id, ok: true, result: [] });
    await expect(list).resolves.toEqual([]);
    early.drop();
    await vi.advanceTimersByTimeAsync(1000);
    // A reconnection opens a socket of its own and asks for none.
    expect(FakeSocket.instances).toHaveLength(2);
    expect(asked).toHaveLength(1);
  });
});
