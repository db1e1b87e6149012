/**
 * The browser mode: serves the built renderer and the host API over one WebSocket, on
 * loopback only. Every request must carry the per-launch access token (in the launch URL
 * once, then an HttpOnly SameSite=Strict cookie) and a Host/Origin of this server, so
 * neither other web pages nor DNS-rebinding sites can reach a facilitator's workshops.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import { MAX_IMPORT_BYTES, REQUEST_METHODS, type AccordRequestMethod } from '../../../src/shared/accordApi';
import { WEB_API_PATH, WEB_TOKEN_QUERY, webTokenCookie, type WebMessage } from '../../../src/shared/webProtocol';
import type { AccordHost } from '../accordHost.types';
import { CONTENT_SECURITY_POLICY } from '../../../src/shared/contentSecurityPolicy';

export interface WebServerOptions {
  host: AccordHost;
  rendererDir: string;
  /** 0 picks a free port. */
  port: number;
  /** Fixed token for tests; a fresh random one otherwise. */
  token?: string;
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
  const token = options.token ?? randomBytes(24).toString('base64url');
  const tokenBytes = Buffer.from(token);
  let port = 0;
  const cookieName = () => webTokenCookie(port);

  const tokenMatches = (candidate: string | null | undefined) => {
    if (!candidate) return false;
    const bytes = Buffer.from(candidate);
    return bytes.length === tokenBytes.length && timingSafeEqual(bytes, tokenBytes);
  };
  const cookieToken = (req: IncomingMessage) => {
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
        if (!tokenMatches(queryToken)) return refuse(res, 403, 'Refused: the access token is wrong. Open the address printed by `npm run web`.');
        // Trade the token in the address for a cookie, and drop it from the address bar.
        url.searchParams.delete(WEB_TOKEN_QUERY);
        res.writeHead(303, {
          Location: url.pathname + url.search,
          'Set-Cookie': `${cookieName()}=${token}; HttpOnly; SameSite=Strict; Path=/`,
          ...SECURITY_HEADERS,
        });
        return res.end();
      }
      if (!tokenMatches(cookieToken(req))) {
        return refuse(res, 403, 'Refused: open Accord with the address printed by `npm run web` (it carries an access token).');
      }
      await serveFile(url.pathname, res);
    } catch {
      if (!res.headersSent) refuse(res, 500, 'Internal error.');
      else res.destroy();
    }
  });

  async function serveFile(pathname: string, res: ServerResponse) {
    const relative = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
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
    createReadStream(full).pipe(res);
  }

  const sockets = new Set<WebSocket>();
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_IMPORT_BYTES + 1024 * 1024 });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const trusted = url.pathname === WEB_API_PATH && headersTrusted(req, true) && tokenMatches(cookieToken(req));
    if (!trusted) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws));
  });

  const send = (ws: WebSocket, message: WebMessage) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
  };
  const unsubscribe = options.host.onDidChangeSession((payload) => {
    const text = JSON.stringify({ event: 'session', payload } satisfies WebMessage);
    for (const ws of sockets) if (ws.readyState === ws.OPEN) ws.send(text);
  });

  wss.on('connection', (ws) => {
    sockets.add(ws);
    ws.on('close', () => sockets.delete(ws));
    ws.on('message', async (data) => {
      let request: { id?: unknown; method?: unknown; args?: unknown };
      try {
        request = JSON.parse(data.toString()) as typeof request;
      } catch {
        return; // Not a request of ours; nothing to answer.
      }
      const id = typeof request.id === 'number' ? request.id : -1;
      if (!REQUEST_METHODS.includes(request.method as AccordRequestMethod) || !Array.isArray(request.args)) {
        return send(ws, { id, ok: false, error: 'Unknown request.' });
      }
      try {
        const result = await options.host.call(request.method as AccordRequestMethod, request.args);
        send(ws, { id, ok: true, result: result ?? null });
      } catch (error) {
        send(ws, { id, ok: false, error: (error as Error).message });
      }
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?${WEB_TOKEN_QUERY}=${token}`,
    port,
    token,
    async close() {
      unsubscribe();
      for (const ws of sockets) ws.terminate();
      wss.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
