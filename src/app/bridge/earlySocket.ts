/**
 * The browser mode's socket to its host, when it is opened before the app's own code is
 * evaluated (see openHostSocketFirst.ts), kept here until the host's bridge (createWebSocketHost)
 * adopts it as its first connection.
 */
import { WEB_API_PATH } from '../../shared/webProtocol';

export function webSocketUrlOf(location: Location): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${WEB_API_PATH}`;
}

let early: WebSocket | null = null;

/**
 * Opens the socket to this page's host, for the bridge to adopt while the app's code is evaluated
 * (one task: no event of the socket can have been dispatched by then). One left unadopted when
 * that task is over is closed, so it never lingers beside the bridge's own.
 */
export function openEarlySocket(): void {
  try {
    early = new WebSocket(webSocketUrlOf(window.location));
  } catch {
    // Refused by the page (an unusual host): the bridge opens its own and reports what happens.
    return;
  }
  queueMicrotask(() => {
    early?.close();
    early = null;
  });
}

/**
 * The socket opened early, once, if it is to `url` and still connecting, so that no event of it
 * (the host's challenge comes as soon as it opens) can have gone unheard; otherwise null (one to
 * another address, or already open or closed, is closed), and the bridge opens its own.
 */
export function adoptEarlySocket(url: string): WebSocket | null {
  const socket = early;
  early = null;
  if (!socket) return null;
  if (socket.url === url && socket.readyState === WebSocket.CONNECTING) return socket;
  socket.close();
  return null;
}
