/** How the window is connected to its host; only the browser mode can lose the connection. */
export type ConnectionState =
  | { status: 'connecting' }
  | { status: 'connected' }
  /**
   * The socket dropped; `retryInMs` is the wait before the next attempt. `refusedByHost` is set
   * when a host answers but refuses this window: it was restarted with a new access token.
   */
  | { status: 'reconnecting'; attempt: number; retryInMs: number; refusedByHost?: boolean };
