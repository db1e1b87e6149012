/**
 * The browser mode: serves the built renderer and the host API over one WebSocket, on
 * loopback only. The launch URL's token is traded for a page cookie and an access key (see
 * webProtocol.ts); a socket answers requests only after proving the key, and every request
 * needs a Host/Origin of this server, so neither other web pages, DNS-rebinding sites nor
 * another local service that was sent the cookie can reach a facilitator's workshops.
 * Nothing a client sends, however malformed, can stop the server.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import {
  WEB_ACCESS_KEY_PARAM,
  WEB_API_PATH,
  WEB_HEARTBEAT_MS,
  WEB_MAX_PAYLOAD_BYTES,
  WEB_REFUSED_CLOSE_CODE,
  WEB_TOKEN_QUERY,
  webTokenCookie,
  type WebMessage,
} from '../../../src/shared/webProtocol';
import type { SessionEvent } from '../../../src/shared/accordApi';
import type { AccordHost } from '../accordHost.types';
import { CONTENT_SECURITY_POLICY } from '../../../src/shared/contentSecurityPolicy';
import { eventForProjector, projectorMayCall, resultForProjector, type WindowRole } from '../../../src/shared/projectorView';
import { challengeProof, deriveCredentials, sameSecret, type AccessCredentials } from './accessCredentials';
import { parseWebRequest } from './parseWebRequest';

export interface WebServerOptions {
  host: AccordHost;
  rendererDir: string;
  /** 0 picks a free port. */
  port: number;
  /**
   * The data folder's access secret (see loadAccessSecret), so a restarted host on the same
   * port accepts the tabs already open. A fresh random one (valid for this launch only) otherwise.
   */
  secret?: Buffer;
  /** How long a new socket has to answer the challenge. */
  authTimeoutMs?: number;
  /** Heartbeat period; shortened by tests. */
  heartbeatMs?: number;
}

export interface RunningWebServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const secret = options.secret ?? randomBytes(32);
  let port = 0;
  // Bound to the port, which is only known once listening.
  const launchId = randomBytes(16).toString('hex');
  let credentials: AccessCredentials = deriveCredentials(secret, port, launchId);
  const cookieName = () => webTokenCookie(port);

  const cookieValue = (req: IncomingMessage) => {
    for (const part of (req.headers.cookie ?? '').split(';')) {
      const [name, ...value] = part.trim().split('=');
      if (name === cookieName()) return value.join('=');
    }
    return null;
  };
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
  /** Host must be ours (defeats DNS rebinding); Origin, when sent, must be ours too. */
  const headersTrusted = (req: IncomingMessage, requireOrigin: boolean) => {
    if (!allowedHosts().has(req.headers.host ?? '')) return false;
    const origin = req.headers.origin;
    if (origin === undefined) return !requireOrigin;
    return allowedOrigins().has(origin);
  };

  const refuse = (res: ServerResponse, status: number, message: string) => {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
    res.end(message);
  };

  const server = createServer(async (req, res) => {
    try {
      if (!headersTrusted(req, false)) return refuse(res, 403, 'Refused: this server only answers its own page on 127.0.0.1.');
      if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Method not allowed.');
      const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
      const queryToken = url.searchParams.get(WEB_TOKEN_QUERY);
      if (queryToken !== null) {
        if (!sameSecret(queryToken, credentials.launchToken)) {
          return refuse(res, 403, 'Refused: the access token is wrong. Open the address printed by `npm run web`.');
        }
        // Trade the token in the address for the cookie and the access key (in the fragment,
        // which the page moves to its own storage), and drop it from the address bar.
        url.searchParams.delete(WEB_TOKEN_QUERY);
        res.writeHead(303, {
          Location: `${url.pathname}${url.search}#${WEB_ACCESS_KEY_PARAM}=${credentials.accessKey}`,
          'Set-Cookie': `${cookieName()}=${credentials.cookieValue}; HttpOnly; SameSite=Strict; Path=/`,
          ...SECURITY_HEADERS,
        });
        return res.end();
      }
      if (!sameSecret(cookieValue(req), credentials.cookieValue)) {
        return refuse(res, 403, 'Refused: open Accord with the address printed by `npm run web` (it carries an access token).');
      }
      await serveFile(url.pathname, res);
    } catch {
      if (!res.headersSent) refuse(res, 500, 'Internal error.');
      else res.destroy();
    }
  });
  // A malformed HTTP request is answered and dropped; it never reaches the error handler of the process.
  server.on('clientError', (_error, socket: Socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  async function serveFile(pathname: string, res: ServerResponse) {
    let relative: string;
    try {
      relative = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
    } catch {
      return refuse(res, 400, 'Bad request: the address is not correctly encoded.');
    }
    const full = normalize(join(options.rendererDir, relative));
    if (!full.startsWith(normalize(options.rendererDir) + sep)) return refuse(res, 404, 'Not found.');
    const info = await stat(full).catch(() => null);
    if (!info?.isFile()) return refuse(res, 404, 'Not found.');
    const type = CONTENT_TYPES[extname(full)] ?? 'application/octet-stream';
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Length': info.size,
      // Hashed assets may be cached; the page itself is always fresh.
      'Cache-Control': full.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-store',
      ...SECURITY_HEADERS,
    });
    const stream = createReadStream(full);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }

  /** Sockets that proved the access key; only they get answers and broadcasts. */
  const sockets = new Set<WebSocket>();
  const everySocket = new Set<WebSocket>();
  const wss = new WebSocketServer({ noServer: true, maxPayload: WEB_MAX_PAYLOAD_BYTES });
  // Errors of the server itself (e.g. a failed handshake) are the client's problem, never ours.
  wss.on('error', () => undefined);
  server.on('upgrade', (req, socket: Socket, head) => {
    socket.on('error', () => socket.destroy());
    try {
      const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
      const trusted = url.pathname === WEB_API_PATH && headersTrusted(req, true) && sameSecret(cookieValue(req), credentials.cookieValue);
      if (!trusted) {
        socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
        return;
      }
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws));
    } catch {
      socket.destroy();
    }
  });

  const send = (ws: WebSocket, message: WebMessage) => {
    if (ws.readyState !== ws.OPEN) return;
    try {
      ws.send(JSON.stringify(message));
    } catch {
      ws.terminate();
    }
  };
  /** Which window each authenticated socket serves; a projector gets only its share of the session. */
  const roles = new WeakMap<WebSocket, WindowRole>();
  const unsubscribe = options.host.onDidChangeSession((payload) => {
    let projectorPayload: SessionEvent | null = null;
    for (const ws of sockets) {
      if (roles.get(ws) === 'projector') send(ws, { event: 'session', payload: (projectorPayload ??= eventForProjector(payload)) });
      else send(ws, { event: 'session', payload });
    }
  });

  // The heartbeat lets a window notice a host that hangs; an unanswered ping frees a dead window's socket.
  const alive = new WeakMap<WebSocket, boolean>();
  const beat = () => {
    for (const ws of everySocket) {
      if (alive.get(ws) === false) {
        ws.terminate();
        continue;
      }
      alive.set(ws, false);
      try {
        ws.ping();
      } catch {
        ws.terminate();
      }
      if (sockets.has(ws)) send(ws, { event: 'heartbeat' });
    }
  };
  // Timers run before the loop reads its sockets: after a busy stretch (opening a large workshop)
  // a pong may have arrived and not been read yet. setImmediate judges after that read.
  const heartbeat = setInterval(() => setImmediate(beat), options.heartbeatMs ?? WEB_HEARTBEAT_MS);
  heartbeat.unref();

  wss.on('connection', (ws) => {
    everySocket.add(ws);
    alive.set(ws, true);
    // ws reports protocol violations (invalid UTF-8, bad opcode, reserved bits, oversized or
    // unmasked frames) here and closes the socket; without a listener Node would exit.
    ws.on('error', () => ws.terminate());
    ws.on('pong', () => alive.set(ws, true));
    const nonce = randomBytes(24).toString('base64url');
    const authTimer = setTimeout(() => ws.close(WEB_REFUSED_CLOSE_CODE, 'No answer to the access check'), options.authTimeoutMs ?? 10_000);
    authTimer.unref();
    ws.on('close', () => {
      everySocket.delete(ws);
      sockets.delete(ws);
      clearTimeout(authTimer);
    });
    send(ws, { event: 'challenge', nonce });

    ws.on('message', (data: RawData, isBinary: boolean) => {
      const bytes = Buffer.isBuffer(data) ? data : Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data);
      if (!sockets.has(ws)) return void authenticate(ws, bytes, isBinary, nonce, authTimer);
      void answer(ws, bytes, isBinary);
    });
  });

  function authenticate(ws: WebSocket, bytes: Buffer, isBinary: boolean, nonce: string, authTimer: NodeJS.Timeout) {
    let proof: unknown;
    let role: unknown;
    try {
      const message = isBinary ? null : (JSON.parse(bytes.toString('utf8')) as { auth?: unknown; role?: unknown } | null);
      proof = message?.auth;
      role = message?.role;
    } catch {
      proof = null;
    }
    clearTimeout(authTimer);
    if (typeof proof === 'string' && sameSecret(proof, challengeProof(credentials.accessKey, nonce))) {
      // Only a window that says it is the console gets everything: the smaller share is the default.
      roles.set(ws, role === 'console' ? 'console' : 'projector');
      sockets.add(ws);
      send(ws, { event: 'ready' });
      return;
    }
    send(ws, { event: 'refused', reason: 'This window’s access key does not match this Accord. Open the address printed by `npm run web`.' });
    ws.close(WEB_REFUSED_CLOSE_CODE, 'Access refused');
  }

  async function answer(ws: WebSocket, bytes: Buffer, isBinary: boolean) {
    const request = parseWebRequest(bytes, isBinary);
    if (!request.ok) return send(ws, { id: request.id, ok: false, error: request.error });
    const projector = roles.get(ws) === 'projector';
    if (projector && !projectorMayCall(request.method)) return send(ws, { id: request.id, ok: false, error: `The projector window cannot ${request.method}: only the facilitator's console can.` });
    try {
      const result = await options.host.call(request.method, request.args);
      send(ws, { id: request.id, ok: true, result: (projector ? resultForProjector(request.method, result) : result) ?? null });
    } catch (error) {
      send(ws, { id: request.id, ok: false, error: error instanceof Error ? error.message : 'Accord could not carry out this request.' });
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  credentials = deriveCredentials(secret, port, launchId);

  return {
    url: `http://127.0.0.1:${port}/?${WEB_TOKEN_QUERY}=${credentials.launchToken}`,
    port,
    token: credentials.launchToken,
    async close() {
      unsubscribe();
      clearInterval(heartbeat);
      for (const ws of everySocket) ws.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
