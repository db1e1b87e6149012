/** How the window is connected to its host; only the browser mode can lose the connection. */
export type ConnectionState =
  | { status: 'connecting' }
  | { status: 'connected' }
  /**
   * The socket dropped (or the host fell silent); `retryInMs` is the wait before the next
   * attempt. After a few attempts the window asks the page's origin what is wrong:
   * `refusedByHost` when a host answers but refuses this window's credentials,
   * `hostUnreachable` when nothing answers at all (Accord has stopped).
   */
  | { status: 'reconnecting'; attempt: number; retryInMs: number; refusedByHost?: boolean; hostUnreachable?: boolean };
