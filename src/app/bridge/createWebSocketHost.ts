/**
 * AccordApi over the browser mode's WebSocket (see src/shared/webProtocol.ts). Requests carry
 * an id and wait in a pending map; session events fan out to listeners. When the socket drops,
 * calls in flight are rejected with a sentence a facilitator can read, and the socket is
 * reopened with backoff. The HttpOnly cookie set by the launch URL authenticates the socket.
 */
import type { AccordApi, AccordRequestMethod, MenuAction, SessionEvent } from '../../shared/accordApi';
import { WEB_API_PATH, type WebMessage, type WebRequest } from '../../shared/webProtocol';
import type { ConnectionState } from './connectionState';

export interface WebSocketHostOptions {
  /** Defaults to ws://<this page's host>/api. */
  url?: string;
  onConnectionChange?: (state: ConnectionState) => void;
  /** How long a call made while disconnected waits for the connection before failing. */
  connectWaitMs?: number;
  /** Injected by tests. */
  WebSocketImpl?: typeof WebSocket;
  /**
   * Asks the page's origin whether a host answers and accepts this window's cookie; injected by
   * tests. Defaults to a GET of the page itself (403 means a restarted host with a new token).
   */
  probeHost?: () => Promise<'accepted' | 'refused' | 'unreachable'>;
}

async function probeOwnOrigin(): Promise<'accepted' | 'refused' | 'unreachable'> {
  try {
    const response = await fetch('/', { cache: 'no-store', credentials: 'same-origin' });
    return response.status === 403 ? 'refused' : 'accepted';
  } catch {
    return 'unreachable';
  }
}

export const CONNECTION_LOST_MESSAGE =
  'The connection to Accord was lost before this finished, so it may not have been applied. Accord is reconnecting; check the result once it is back.';
export const NOT_CONNECTED_MESSAGE = 'Accord is not reachable right now. It keeps trying to reconnect; try again in a moment.';

const BACKOFF_MS = [250, 500, 1000, 2000, 4000];
const MAX_BACKOFF_MS = 5000;

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

export function defaultWebSocketUrl(location: Location): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${WEB_API_PATH}`;
}

export function createWebSocketHost(options: WebSocketHostOptions = {}) {
  const url = options.url ?? defaultWebSocketUrl(window.location);
  const Impl = options.WebSocketImpl ?? WebSocket;
  const connectWaitMs = options.connectWaitMs ?? 8000;
  const pending = new Map<number, Pending>();
  const sessionListeners = new Set<(event: SessionEvent) => void>();
  const waitingForOpen = new Set<() => void>();
  let nextId = 1;
  let socket: WebSocket | null = null;
  let attempt = 0;
  let disposed = false;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;

  const setState = (state: ConnectionState) => options.onConnectionChange?.(state);

  const connect = () => {
    if (disposed) return;
    setState(attempt === 0 ? { status: 'connecting' } : { status: 'reconnecting', attempt, retryInMs: 0 });
    const ws = new Impl(url);
    socket = ws;
    ws.onopen = () => {
      attempt = 0;
      setState({ status: 'connected' });
      for (const wake of [...waitingForOpen]) wake();
    };
    ws.onmessage = (message) => {
      if (typeof message.data === 'string') receive(message.data);
    };
    ws.onclose = () => {
      if (socket !== ws) return;
      socket = null;
      for (const [id, call] of pending) {
        pending.delete(id);
        call.reject(new Error(CONNECTION_LOST_MESSAGE));
      }
      if (disposed) return;
      const retryInMs = Math.min(BACKOFF_MS[attempt] ?? MAX_BACKOFF_MS, MAX_BACKOFF_MS);
      attempt += 1;
      // Jitter keeps several windows from reconnecting in lockstep.
      const delay = retryInMs + Math.round(Math.random() * retryInMs * 0.2);
      setState({ status: 'reconnecting', attempt, retryInMs: delay });
      retryTimer = setTimeout(connect, delay);
      // After a few failures, find out whether the host is down or was restarted with a new token,
      // so the banner can say what to do instead of "reconnecting" forever.
      if (attempt >= 3) {
        void (options.probeHost ?? probeOwnOrigin)().then((answer) => {
          if (answer === 'refused' && !disposed && socket === null) setState({ status: 'reconnecting', attempt, retryInMs: delay, refusedByHost: true });
        });
      }
    };
    // An error is always followed by a close event; the close handler does the work.
    ws.onerror = () => undefined;
  };

  const receive = (data: string) => {
    let message: WebMessage;
    try {
      message = JSON.parse(data) as WebMessage;
    } catch {
      return;
    }
    if ('event' in message) {
      if (message.event === 'session') for (const listener of [...sessionListeners]) listener(message.payload);
      return;
    }
    const call = pending.get(message.id);
    if (!call) return;
    pending.delete(message.id);
    if (message.ok) call.resolve(message.result);
    else call.reject(new Error(message.error));
  };

  const whenOpen = (): Promise<WebSocket> => {
    if (socket && socket.readyState === Impl.OPEN) return Promise.resolve(socket);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        waitingForOpen.delete(wake);
        reject(new Error(NOT_CONNECTED_MESSAGE));
      }, connectWaitMs);
      const wake = () => {
        waitingForOpen.delete(wake);
        clearTimeout(timer);
        if (socket && socket.readyState === Impl.OPEN) resolve(socket);
        else reject(new Error(NOT_CONNECTED_MESSAGE));
      };
      waitingForOpen.add(wake);
    });
  };

  const call = async <T>(method: AccordRequestMethod, args: unknown[]): Promise<T> => {
    const ws = await whenOpen();
    const id = nextId++;
    const request: WebRequest = { id, method, args };
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      try {
        ws.send(JSON.stringify(request));
      } catch {
        pending.delete(id);
        reject(new Error(CONNECTION_LOST_MESSAGE));
      }
    });
  };

  connect();

  const api = {
    listWorkshops: () => call('listWorkshops', []),
    createWorkshop: (request) => call('createWorkshop', [request]),
    renameWorkshop: (id, title) => call('renameWorkshop', [id, title]),
    duplicateWorkshop: (id) => call('duplicateWorkshop', [id]),
    deleteWorkshop: (id) => call('deleteWorkshop', [id]),
    importWorkshop: (fileName, text) => call('importWorkshop', [fileName, text]),
    exportWorkshop: (id) => call('exportWorkshop', [id]),
    openWorkshop: (id) => call('openWorkshop', [id]),
    closeWorkshop: () => call('closeWorkshop', []),
    getSession: () => call('getSession', []),
    dispatch: (command) => call('dispatch', [command]),
    undo: () => call('undo', []),
    redo: () => call('redo', []),
    dismissNotice: (id) => call('dismissNotice', [id]),
    onDidChangeSession(listener: (event: SessionEvent) => void) {
      sessionListeners.add(listener);
      return () => {
        sessionListeners.delete(listener);
      };
    },
    // Native menus exist only in Electron; the browser never sends menu actions.
    onDidRequestMenuAction(_listener: (action: MenuAction) => void) {
      return () => undefined;
    },
  } satisfies AccordApi;

  return {
    api,
    /** Closes the socket for good (tests, page unload). */
    dispose() {
      disposed = true;
      if (retryTimer) clearTimeout(retryTimer);
      socket?.close();
    },
  };
}
