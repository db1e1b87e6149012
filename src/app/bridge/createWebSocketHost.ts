/**
 * AccordApi over the browser mode's WebSocket (see src/shared/webProtocol.ts). A new socket
 * first answers the host's challenge with the access key; only then is it "connected".
 * Requests carry an id and wait in a pending map; session events fan out to listeners. When
 * the socket drops, or the host falls silent past its heartbeat, calls in flight are rejected
 * with a sentence a facilitator can read, and the socket is reopened with backoff.
 */
import type { WindowRole } from '../../shared/projectorView';
import { importTooLargeMessage, MAX_IMPORT_BYTES, type AccordApi, type AccordRequestMethod, type MenuAction, type SessionEvent } from '../../shared/accordApi';
import {
  WEB_REFUSED_CLOSE_CODE,
  WEB_SILENCE_LIMIT_MS,
  type WebAuth,
  type WebMessage,
  type WebRequest,
} from '../../shared/webProtocol';
import { proveAccessKey, readAccessKey } from './accessKey';
import type { ConnectionState } from './connectionState';
import { encodeImportFrame } from './encodeImportFrame';
import { adoptEarlySocket, webSocketUrlOf } from './earlySocket';

export interface WebSocketHostOptions {
  /** Defaults to ws://<this page's host>/api. */
  url?: string;
  onConnectionChange?: (state: ConnectionState) => void;
  /** How long a call made while disconnected waits for the connection before failing. */
  connectWaitMs?: number;
  /** Which window this is: a projector gets only the projector's share of the session. Defaults to the console. */
  role?: WindowRole;
  /** Injected by tests. */
  WebSocketImpl?: typeof WebSocket;
  /** The access key; defaults to the one this page keeps (see accessKey.ts). */
  accessKey?: () => string | null;
  /** Answers a challenge; defaults to HMAC-SHA256 with WebCrypto. */
  prove?: (key: string, nonce: string) => Promise<string>;
  /**
   * Asks the page's origin whether a host answers and accepts this window's cookie; injected by
   * tests. Defaults to a GET of the page itself (403 means a host with other credentials).
   */
  probeHost?: () => Promise<'accepted' | 'refused' | 'unreachable'>;
  /** A socket to `url` already connecting, for the first connection (see earlySocket.ts); injected by tests. */
  adoptSocket?: (url: string) => WebSocket | null;
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
const NOT_CONNECTED_MESSAGE = 'Accord is not reachable right now. It keeps trying to reconnect; try again in a moment.';

const BACKOFF_MS = [250, 500, 1000, 2000, 4000];
const MAX_BACKOFF_MS = 5000;
/** Failed attempts after which the window asks what is wrong, so the banner can say it. */
const PROBE_AFTER_ATTEMPTS = 3;

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

export function createWebSocketHost(options: WebSocketHostOptions = {}) {
  const url = options.url ?? webSocketUrlOf(window.location);
  const Impl = options.WebSocketImpl ?? WebSocket;
  const connectWaitMs = options.connectWaitMs ?? 8000;
  const accessKey = options.accessKey ?? readAccessKey;
  const prove = options.prove ?? proveAccessKey;
  const pending = new Map<number, Pending>();
  const sessionListeners = new Set<(event: SessionEvent) => void>();
  const waitingForOpen = new Set<() => void>();
  let nextId = 1;
  let socket: WebSocket | null = null;
  /** True once the current socket has passed the access check. */
  let ready = false;
  /** What the last look at the host found; kept until the window is connected again, so the banner holds still. */
  let diagnosis: 'refused' | 'unreachable' | null = null;
  let attempt = 0;
  let disposed = false;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let silenceTimer: ReturnType<typeof setTimeout> | null = null;

  const setState = (state: ConnectionState) => options.onConnectionChange?.(state);
  const setReconnecting = (retryInMs: number) =>
    setState({
      status: 'reconnecting',
      attempt,
      retryInMs,
      ...(diagnosis === 'refused' ? { refusedByHost: true } : diagnosis === 'unreachable' ? { hostUnreachable: true } : {}),
    });

  /** Any message proves the host is alive; silence past the limit means it is not. */
  const heardFromHost = (ws: WebSocket) => {
    if (silenceTimer) clearTimeout(silenceTimer);
    silenceTimer = setTimeout(() => {
      ws.close();
      lost(ws);
    }, WEB_SILENCE_LIMIT_MS);
  };

  const connect = () => {
    if (disposed) return;
    ready = false;
    if (attempt === 0) setState({ status: 'connecting' });
    else setReconnecting(0);
    const adopted = attempt === 0 ? (options.adoptSocket ?? adoptEarlySocket)(url) : null;
    const ws = adopted ?? new Impl(url);
    socket = ws;
    ws.onopen = () => heardFromHost(ws);
    ws.onmessage = (message) => {
      if (socket !== ws) return;
      heardFromHost(ws);
      if (typeof message.data === 'string') receive(ws, message.data);
    };
    ws.onclose = (event?: CloseEvent) => {
      if (event?.code === WEB_REFUSED_CLOSE_CODE) diagnosis = 'refused';
      lost(ws);
    };
    // An error is always followed by a close event; the close handler does the work.
    ws.onerror = () => undefined;
  };

  /** The socket is gone (closed, refused, or silent): fail what was in flight and try again. */
  const lost = (ws: WebSocket) => {
    if (socket !== ws) return;
    socket = null;
    ready = false;
    if (silenceTimer) clearTimeout(silenceTimer);
    for (const [id, call] of pending) {
      pending.delete(id);
      call.reject(new Error(CONNECTION_LOST_MESSAGE));
    }
    if (disposed) return;
    const retryInMs = Math.min(BACKOFF_MS[attempt] ?? MAX_BACKOFF_MS, MAX_BACKOFF_MS);
    attempt += 1;
    // Jitter keeps several windows from reconnecting in lockstep.
    const delay = retryInMs + Math.round(Math.random() * retryInMs * 0.2);
    setReconnecting(delay);
    retryTimer = setTimeout(connect, delay);
    // After a few failures, find out whether the host is down or refuses this window, so the
    // banner can say what happened and what to do instead of "reconnecting" forever.
    if (attempt >= PROBE_AFTER_ATTEMPTS) {
      void (options.probeHost ?? probeOwnOrigin)().then((answer) => {
        if (disposed || ready) return;
        diagnosis = answer === 'accepted' ? null : answer;
        setReconnecting(delay);
      });
    }
  };

  const answerChallenge = async (ws: WebSocket, nonce: string) => {
    const key = accessKey();
    let proof = '';
    try {
      proof = key ? await prove(key, nonce) : '';
    } catch {
      // No WebCrypto or a broken key: an empty answer is refused and the banner says what to do.
    }
    if (socket !== ws || ws.readyState !== Impl.OPEN) return;
    ws.send(JSON.stringify({ auth: proof, role: options.role ?? 'console' } satisfies WebAuth));
  };

  const receive = (ws: WebSocket, data: string) => {
    let message: WebMessage;
    try {
      message = JSON.parse(data) as WebMessage;
    } catch {
      return;
    }
    if (typeof message !== 'object' || message === null) return;
    if ('event' in message) {
      switch (message.event) {
        case 'challenge':
          return void answerChallenge(ws, message.nonce);
        case 'ready':
          ready = true;
          attempt = 0;
          diagnosis = null;
          setState({ status: 'connected' });
          for (const wake of [...waitingForOpen]) wake();
          return;
        case 'refused':
          diagnosis = 'refused';
          return;
        case 'session':
          for (const listener of [...sessionListeners]) listener(message.payload);
          return;
        default:
          return; // Heartbeats only keep the silence timer quiet.
      }
    }
    const call = pending.get(message.id);
    if (!call) return;
    pending.delete(message.id);
    if (message.ok) call.resolve(message.result);
    else call.reject(new Error(message.error));
  };

  const isReady = () => ready && socket !== null && socket.readyState === Impl.OPEN;

  const whenReady = (): Promise<WebSocket> => {
    if (isReady()) return Promise.resolve(socket!);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        waitingForOpen.delete(wake);
        reject(new Error(NOT_CONNECTED_MESSAGE));
      }, connectWaitMs);
      const wake = () => {
        waitingForOpen.delete(wake);
        clearTimeout(timer);
        if (isReady()) resolve(socket!);
        else reject(new Error(NOT_CONNECTED_MESSAGE));
      };
      waitingForOpen.add(wake);
    });
  };

  const request = async <T>(send: (ws: WebSocket, id: number) => void): Promise<T> => {
    const ws = await whenReady();
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      try {
        send(ws, id);
      } catch {
        pending.delete(id);
        reject(new Error(CONNECTION_LOST_MESSAGE));
      }
    });
  };

  const call = <T>(method: AccordRequestMethod, args: unknown[]): Promise<T> =>
    request((ws, id) => ws.send(JSON.stringify({ id, method, args } satisfies WebRequest)));

  /**
   * An import travels as the file's bytes in a binary frame: JSON-escaping the text could make
   * it several times larger than the file, and larger than the transport takes.
   */
  const importWorkshop: AccordApi['importWorkshop'] = async (fileName, text) => {
    const bytes = new TextEncoder().encode(text);
    if (bytes.length > MAX_IMPORT_BYTES) throw new Error(importTooLargeMessage(bytes.length));
    return request((ws, id) => ws.send(encodeImportFrame({ id, method: 'importWorkshop', fileName }, bytes)));
  };

  connect();

  const api = {
    listWorkshops: () => call('listWorkshops', []),
    createWorkshop: (request) => call('createWorkshop', [request]),
    renameWorkshop: (id, title) => call('renameWorkshop', [id, title]),
    duplicateWorkshop: (id) => call('duplicateWorkshop', [id]),
    deleteWorkshop: (id) => call('deleteWorkshop', [id]),
    importWorkshop,
    exportWorkshop: (id) => call('exportWorkshop', [id]),
    createCheckIn: (workshopId) => call('createCheckIn', [workshopId]),
    openWorkshop: (id) => call('openWorkshop', [id]),
    closeWorkshop: () => call('closeWorkshop', []),
    getSession: () => call('getSession', []),
    resumeSession: (since) => call('resumeSession', [since]),
    dispatch: (command) => call('dispatch', [command]),
    undo: () => call('undo', []),
    redo: () => call('redo', []),
    dismissNotice: (id) => call('dismissNotice', [id]),
    getCharterFingerprint: () => call('getCharterFingerprint', []),
    exportCharter: (request) => call('exportCharter', [request]),
    exportWorkshopAs: (request) => call('exportWorkshopAs', [request]),
    verifyCharter: (fileName, pdfBase64) => call('verifyCharter', [fileName, pdfBase64]),
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
      if (silenceTimer) clearTimeout(silenceTimer);
      socket?.close();
    },
  };
}
