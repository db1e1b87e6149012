/**
 * A client of the browser-mode server for host tests, doing what the page does: trade the
 * launch token for the cookie and the access key, then open sockets that answer the
 * challenge. Also raw upgrades and hand-built frames, for what no well-behaved client sends.
 */
import { createHmac } from 'node:crypto';
import { request } from 'node:http';
import { connect as connectTcp, type Socket } from 'node:net';
import WebSocket from 'ws';
import { WEB_ACCESS_KEY_PARAM, webTokenCookie, type WebMessage } from '../../../src/shared/webProtocol';

export interface HttpAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export function httpGet(port: number, path: string, headers: Record<string, string> = {}): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { Host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

export interface PageCredentials {
  /** `accord_token_<port>=…`, as the browser sends it. */
  cookie: string;
  /** The access key from the redirect's fragment. */
  key: string;
}

/** Follows the launch URL like a browser: 303 with a cookie and `#key=…`. */
export async function launch(port: number, token: string): Promise<PageCredentials> {
  const answer = await httpGet(port, `/?token=${token}`);
  if (answer.status !== 303) throw new Error(`launch answered ${answer.status}`);
  const cookie = String(answer.headers['set-cookie']).split(';')[0]!;
  if (!cookie.startsWith(`${webTokenCookie(port)}=`)) throw new Error(`unexpected cookie ${cookie}`);
  const key = new URLSearchParams(String(answer.headers.location).split('#')[1]).get(WEB_ACCESS_KEY_PARAM);
  if (!key) throw new Error('no access key in the redirect');
  return { cookie, key };
}

export const proof = (key: string, nonce: string) => createHmac('sha256', Buffer.from(key)).update(nonce).digest('base64url');

/** Collects every message of a socket, so a test can wait for one that matches. */
class Inbox {
  readonly messages: WebMessage[] = [];
  /** How many answers to requests (messages with an id) arrived. */
  replies = 0;
  private waiters: (() => void)[] = [];
  constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const message = JSON.parse(data.toString()) as WebMessage;
      this.messages.push(message);
      if ('id' in message) this.replies += 1;
      for (const wake of this.waiters.splice(0)) wake();
    });
    ws.on('close', () => {
      for (const wake of this.waiters.splice(0)) wake();
    });
  }
  /** Resolves once at least `count` answers have arrived (false if the socket closed first). */
  async repliesReach(count: number): Promise<boolean> {
    for (;;) {
      if (this.replies >= count) return true;
      if (this.ws.readyState === WebSocket.CLOSED) return false;
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }
  /** Resolves with the first message that matches, or null once the socket has closed without one. */
  async next(match: (message: WebMessage) => boolean): Promise<WebMessage | null> {
    for (;;) {
      const found = this.messages.find(match);
      if (found) return found;
      if (this.ws.readyState === WebSocket.CLOSED) return null;
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }
}

export interface OpenedSocket {
  ws: WebSocket;
  inbox: Inbox;
}

/** Opens a socket and answers the challenge with `key` (or with `answer` if given), as the console unless `role` says otherwise. */
export function openSocket(port: number, cookie: string, key: string, answer?: (nonce: string) => string, role: 'console' | 'projector' = 'console'): Promise<OpenedSocket & { outcome: 'ready' | 'refused' }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/api`, { headers: { Cookie: cookie, Origin: `http://127.0.0.1:${port}` } });
    const inbox = new Inbox(ws);
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`refused with ${res.statusCode}`)));
    void (async () => {
      const challenge = await inbox.next((m) => 'event' in m && m.event === 'challenge');
      if (!challenge || !('nonce' in challenge)) return reject(new Error('no challenge'));
      ws.send(JSON.stringify({ auth: (answer ?? ((nonce) => proof(key, nonce)))(challenge.nonce), role }));
      const outcome = await inbox.next((m) => 'event' in m && (m.event === 'ready' || m.event === 'refused'));
      resolve({ ws, inbox, outcome: outcome && 'event' in outcome && outcome.event === 'ready' ? 'ready' : 'refused' });
    })();
  });
}

export async function call({ ws, inbox }: OpenedSocket, id: number, method: string, args: unknown[]): Promise<WebMessage | null> {
  ws.send(JSON.stringify({ id, method, args }));
  return inbox.next((m) => 'id' in m && m.id === id);
}

/** A completed WebSocket handshake on a bare TCP socket, for writing raw frames. */
export function rawUpgrade(port: number, cookie: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connectTcp(port, '127.0.0.1', () => {
      socket.write(
        [
          'GET /api HTTP/1.1',
          `Host: 127.0.0.1:${port}`,
          `Origin: http://127.0.0.1:${port}`,
          `Cookie: ${cookie}`,
          'Upgrade: websocket',
          'Connection: Upgrade',
          'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
          'Sec-WebSocket-Version: 13',
          '',
          '',
        ].join('\r\n'),
      );
    });
    let received = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      const end = received.indexOf('\r\n\r\n');
      if (end < 0) return;
      socket.off('data', onData);
      const head = received.subarray(0, end).toString();
      if (!head.startsWith('HTTP/1.1 101')) return reject(new Error(`handshake answered: ${head.split('\r\n')[0]}`));
      resolve(socket);
    };
    socket.on('data', onData);
    socket.once('error', reject);
  });
}

/** Resolves once the server has closed (or reset) a raw socket. */
export function closedByServer(socket: Socket): Promise<void> {
  return new Promise((resolve) => {
    if (socket.destroyed || socket.readableEnded) return resolve();
    socket.on('error', () => undefined);
    socket.once('close', () => resolve());
    socket.resume();
  });
}

export interface FrameOptions {
  opcode: number;
  payload: Buffer;
  fin?: boolean;
  rsv?: number;
  /** Clients must mask; false builds the forbidden unmasked frame. */
  mask?: boolean;
  /** Claims this length in the header instead of the payload's. */
  declaredLength?: number;
}

/** Builds one WebSocket frame byte by byte (RFC 6455 §5.2). */
export function frame({ opcode, payload, fin = true, rsv = 0, mask = true, declaredLength }: FrameOptions): Buffer {
  const length = declaredLength ?? payload.length;
  const head: number[] = [(fin ? 0x80 : 0) | ((rsv & 7) << 4) | (opcode & 0x0f)];
  const maskBit = mask ? 0x80 : 0;
  if (length < 126) head.push(maskBit | length);
  else if (length < 65536) head.push(maskBit | 126, length >> 8, length & 0xff);
  else {
    head.push(maskBit | 127);
    const big = Buffer.alloc(8);
    big.writeBigUInt64BE(BigInt(length));
    head.push(...big);
  }
  if (!mask) return Buffer.concat([Buffer.from(head), payload]);
  const key = Buffer.from([0x12, 0x34, 0x56, 0x78]);
  const masked = Buffer.from(payload.map((byte, i) => byte ^ key[i % 4]!));
  return Buffer.concat([Buffer.from(head), key, masked]);
}
