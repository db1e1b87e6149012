/**
 * The browser mode's socket to its host, when it is opened before the app's own code is
 * evaluated (see openSocketEarly.ts), kept here until the host's bridge (createWebSocketHost)
 * adopts it as its first connection.
 */
import { WEB_API_PATH } from '../../shared/webProtocol';

export function webSocketUrlOf(location: Location): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${WEB_API_PATH}`;
}

let early: WebSocket | null = null;

/** Opens the socket to this page's host, for the bridge to adopt. */
export function openEarlySocket(): void {
  try {
    early = new WebSocket(webSocketUrlOf(window.location));
  } catch {
    // Refused by the page (an unusual host): the bridge opens its own and reports what happens.
  }
}

/**
 * The socket opened early, once, if it is to `url` and still opening or open; otherwise null
 * (one to another address is closed), and the bridge opens its own.
 */
export function adoptEarlySocket(url: string): WebSocket | null {
  const socket = early;
  early = null;
  if (!socket) return null;
  if (socket.url === url && (socket.readyState === WebSocket.CONNECTING || socket.readyState === WebSocket.OPEN)) return socket;
  socket.close();
  return null;
}
