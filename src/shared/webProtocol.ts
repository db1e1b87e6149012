/**
 * The browser mode's wire format: the renderer talks to the Node host over one WebSocket at
 * `/api` on the same loopback origin.
 *
 * Access: the launch URL (`/?token=…`) is traded once for two credentials, both derived by the
 * host from a secret kept in the data folder and bound to this port. An HttpOnly cookie gates
 * the page's files; but cookies ignore ports, so a browser also sends it to every other
 * service on 127.0.0.1. The workshops are therefore only reachable with the second one: an
 * access key handed to the page in the address's fragment and kept in the origin's
 * localStorage (which is per port), never sent as such. Each socket proves it holds the key by
 * answering a fresh challenge with HMAC-SHA256(key, nonce).
 */
import { MAX_IMPORT_BYTES, type AccordRequestMethod, type SessionEvent } from './accordApi';
import type { WindowRole } from './projectorView';

/** Where `npm run web` listens unless told otherwise. */
export const DEFAULT_WEB_PORT = 4780;

export const WEB_API_PATH = '/api';
/** The cookie is named per port: cookies ignore ports, and two instances must not overwrite each other's. */
export const webTokenCookie = (port: number) => `accord_token_${port}`;
export const WEB_TOKEN_QUERY = 'token';
/** Name of the access key in the address's fragment (`/#key=…`), which browsers never send to a server. */
export const WEB_ACCESS_KEY_PARAM = 'key';

/** The host sends a heartbeat this often, so a window notices a host that stopped answering. */
export const WEB_HEARTBEAT_MS = 5_000;
/** A window that hears nothing for this long treats the connection as lost. */
export const WEB_SILENCE_LIMIT_MS = 3 * WEB_HEARTBEAT_MS;
/** Close code for a socket that failed the access check (4000–4999 are free for applications). */
export const WEB_REFUSED_CLOSE_CODE = 4401;

/**
 * The largest message the socket takes. An import travels as a binary frame (a short JSON
 * header and the file's bytes, never re-encoded), so the limit the facilitator is told plus a
 * small allowance for the header is exactly what the transport accepts.
 */
export const WEB_ENVELOPE_ALLOWANCE_BYTES = 64 * 1024;
export const WEB_MAX_PAYLOAD_BYTES = MAX_IMPORT_BYTES + WEB_ENVELOPE_ALLOWANCE_BYTES;

export interface WebRequest {
  id: number;
  method: AccordRequestMethod;
  args: unknown[];
}

/** The JSON header of a binary import frame: `[u32 header length][header][file bytes]`. */
export interface WebImportHeader {
  id: number;
  method: 'importWorkshop';
  fileName: string;
}

/** The first message a window sends on a new socket: its answer to the host's challenge, and which window it is. */
export interface WebAuth {
  auth: string;
  /** A projector window gets the projector's share of the session (see projectorView); a console, everything. */
  role?: WindowRole;
}

export type WebMessage =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: string }
  | { event: 'session'; payload: SessionEvent }
  | { event: 'challenge'; nonce: string }
  | { event: 'ready' }
  | { event: 'heartbeat' }
  | { event: 'refused'; reason: string };
