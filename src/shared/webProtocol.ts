/**
 * The browser mode's wire format: the renderer talks to the Node host over one WebSocket at
 * `/api` on the same loopback origin. The access token is handed over once in the launch URL
 * (`/?token=…`), then kept in an HttpOnly, SameSite=Strict cookie for assets and the socket.
 */
import type { AccordRequestMethod, SessionEvent } from './accordApi';

export const WEB_API_PATH = '/api';
/** The cookie is named per port: cookies ignore ports, and two instances must not overwrite each other's. */
export const webTokenCookie = (port: number) => `accord_token_${port}`;
export const WEB_TOKEN_QUERY = 'token';

export interface WebRequest {
  id: number;
  method: AccordRequestMethod;
  args: unknown[];
}

export type WebMessage =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: string }
  | { event: 'session'; payload: SessionEvent };
