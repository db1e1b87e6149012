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

const page = (href: string, extra: object = {}) => ({ location: new URL(href) as unknown as Location, ...extra });
/** The task that opened the socket is over: its microtasks have run. */
const afterTheTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

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

  it('is handed over once, while it is still connecting', () => {
    vi.stubGlobal('window', page('http://127.0.0.1:4173/'));
    vi.stubGlobal('WebSocket', FakeSocket);
    openEarlySocket();
    const [opened] = FakeSocket.instances;
    expect(adoptEarlySocket('ws://127.0.0.1:4173/api')).toBe(opened);
    expect(adoptEarlySocket('ws://127.0.0.1:4173/api')).toBeNull();
    expect(opened!.closed).toBe(false);
  });

  it('is closed, not handed over, when the bridge wants another address, or it has opened (its challenge may be gone) or failed', () => {
    vi.stubGlobal('window', page('http://127.0.0.1:4173/'));
    vi.stubGlobal('WebSocket', FakeSocket);
    openEarlySocket();
    expect(adoptEarlySocket('ws://elsewhere:1/api')).toBeNull();
    expect(FakeSocket.instances[0]!.closed).toBe(true);
    openEarlySocket();
    FakeSocket.instances[1]!.readyState = FakeSocket.OPEN;
    expect(adoptEarlySocket('ws://127.0.0.1:4173/api')).toBeNull();
    expect(FakeSocket.instances[1]!.closed).toBe(true);
    openEarlySocket();
    FakeSocket.instances[2]!.readyState = 3;
    expect(adoptEarlySocket('ws://127.0.0.1:4173/api')).toBeNull();
  });

  it('is closed once the task that opened it is over, if no bridge adopted it', async () => {
    vi.stubGlobal('window', page('http://127.0.0.1:4173/'));
    vi.stubGlobal('WebSocket', FakeSocket);
    openEarlySocket();
    await afterTheTask();
    expect(FakeSocket.instances[0]!.closed).toBe(true);
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

  describe('opened first by the window (openHostSocketFirst)', () => {
    const importedIn = async (window: object) => {
      vi.resetModules();
      vi.stubGlobal('window', window);
      vi.stubGlobal('WebSocket', FakeSocket);
      await import('../../src/app/bridge/openHostSocketFirst');
      return FakeSocket.instances.map((socket) => socket.url);
    };

    it('opens one in the browser mode’s console and projector', async () => {
      expect(await importedIn(page('http://127.0.0.1:4173/'))).toEqual(['ws://127.0.0.1:4173/api']);
      FakeSocket.instances = [];
      expect(await importedIn(page('http://127.0.0.1:4173/?view=projector'))).toEqual(['ws://127.0.0.1:4173/api']);
    });

    it('opens none in Electron, whose preload is the bridge, nor in the charter’s print view', async () => {
      expect(await importedIn(page('app://accord/index.html', { accord: {} }))).toEqual([]);
      expect(await importedIn(page('http://127.0.0.1:4173/?view=charter-print'))).toEqual([]);
    });
  });
});
