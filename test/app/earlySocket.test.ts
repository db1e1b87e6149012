import { afterEach, describe, expect, it, vi } from 'vitest';
import { adoptEarlySocket, openEarlySocket, webSocketUrlOf } from '../../src/app/bridge/earlySocket';

/** A browser WebSocket as far as the early socket looks at it. */
class FakeSocket {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static instances: FakeSocket[] = [];
  readyState = FakeSocket.CONNECTING;
  closed = false;
  constructor(readonly url: string) {
    FakeSocket.instances.push(this);
  }
  close() {
    this.closed = true;
    this.readyState = 3;
  }
}

const page = (href: string) => ({ location: new URL(href) as unknown as Location });

describe('the socket opened early', () => {
  afterEach(() => {
    adoptEarlySocket('');
    vi.unstubAllGlobals();
    FakeSocket.instances = [];
  });

  it('goes to the page’s own host, over TLS when the page is', () => {
    expect(webSocketUrlOf(new URL('http://127.0.0.1:4173/?view=projector') as unknown as Location)).toBe('ws://127.0.0.1:4173/api');
    expect(webSocketUrlOf(new URL('https://room.local:8443/') as unknown as Location)).toBe('wss://room.local:8443/api');
  });

  it('is handed over once, while it is opening or open', () => {
    vi.stubGlobal('window', page('http://127.0.0.1:4173/'));
    vi.stubGlobal('WebSocket', FakeSocket);
    openEarlySocket();
    const [opened] = FakeSocket.instances;
    expect(adoptEarlySocket('ws://127.0.0.1:4173/api')).toBe(opened);
    expect(adoptEarlySocket('ws://127.0.0.1:4173/api')).toBeNull();
  });

  it('is closed, not handed over, when the bridge wants another address or it has already failed', () => {
    vi.stubGlobal('window', page('http://127.0.0.1:4173/'));
    vi.stubGlobal('WebSocket', FakeSocket);
    openEarlySocket();
    expect(adoptEarlySocket('ws://elsewhere:1/api')).toBeNull();
    expect(FakeSocket.instances[0]!.closed).toBe(true);
    openEarlySocket();
    FakeSocket.instances[1]!.readyState = 3;
    expect(adoptEarlySocket('ws://127.0.0.1:4173/api')).toBeNull();
  });

  it('leaves the bridge to open its own when the page refuses a socket', () => {
    vi.stubGlobal('window', page('http://127.0.0.1:4173/'));
    vi.stubGlobal('WebSocket', class {
      constructor() {
        throw new DOMException('refused', 'SecurityError');
      }
    });
    expect(() => openEarlySocket()).not.toThrow();
    expect(adoptEarlySocket('ws://127.0.0.1:4173/api')).toBeNull();
  });
});
