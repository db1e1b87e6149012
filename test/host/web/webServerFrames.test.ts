/**
 * Protocol violations written as raw frames after a real handshake: each one must cost the
 * sender its connection, never the server its life.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccordHost } from '../../../electron/host/accordHost';
import type { AccordHost } from '../../../electron/host/accordHost.types';
import { startWebServer, type RunningWebServer } from '../../../electron/host/web/startWebServer';
import { WEB_MAX_PAYLOAD_BYTES } from '../../../src/shared/webProtocol';
import { call, closedByServer, frame, httpGet, launch, openSocket, rawUpgrade, type PageCredentials } from './webTestClient';

let dir: string;
let host: AccordHost;
let server: RunningWebServer;
let page: PageCredentials;
/** A second server on the same host whose heartbeat runs faster than the app's, for the
 * heartbeat's own tests only: on a busy machine a fast beat could also drop a healthy socket of
 * the frame tests. A second leaves a window in another process, and this test reading what the
 * window printed, ample time on a loaded two-core machine. */
let beatingServer: RunningWebServer;
let beatingPage: PageCredentials;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'accord-frames-'));
  await mkdir(join(dir, 'renderer'), { recursive: true });
  await writeFile(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Accord</title>');
  host = await createAccordHost({ dataDir: join(dir, 'data') });
  server = await startWebServer({ host, rendererDir: join(dir, 'renderer'), port: 0 });
  page = await launch(server.port, server.token);
  beatingServer = await startWebServer({ host, rendererDir: join(dir, 'renderer'), port: 0, heartbeatMs: HEARTBEAT_MS });
  beatingPage = await launch(beatingServer.port, beatingServer.token);
});
afterAll(async () => {
  await beatingServer.close();
  await server.close();
  await host.close();
  await rm(dir, { recursive: true, force: true });
});

const HEARTBEAT_MS = 1000;

/**
 * A window that answers its first ping only when told to (a line on its stdin), then asks for
 * the library once the next ping has come.
 */
const LATE_PONG_WINDOW = `
const WebSocket = require('ws');
const { createHmac } = require('node:crypto');
const { PORT, COOKIE, KEY } = process.env;
const ws = new WebSocket('ws://127.0.0.1:' + PORT + '/api', { autoPong: false, headers: { Cookie: COOKIE, Origin: 'http://127.0.0.1:' + PORT } });
let pings = 0;
ws.on('message', (data) => {
  const message = JSON.parse(String(data));
  if (message.event === 'challenge') ws.send(JSON.stringify({ auth: createHmac('sha256', Buffer.from(KEY)).update(message.nonce).digest('base64url'), role: 'console' }));
  if (message.id === 1) console.log('answered');
});
let firstPing = null;
require('node:readline').createInterface({ input: process.stdin }).on('line', () => firstPing && ws.pong(firstPing));
ws.on('ping', (data) => {
  pings += 1;
  if (pings === 1) {
    firstPing = data;
    console.log('ping');
  } else {
    ws.pong(data);
    if (pings === 2) ws.send(JSON.stringify({ id: 1, method: 'listWorkshops', args: [] }));
  }
});
ws.on('close', () => console.log('closed'));
`;

/** A new connection still gets an answer: the server outlived whatever came before. */
async function expectServerAnswers(id: number, on = { server, page }) {
  const socket = await openSocket(on.server.port, on.page.cookie, on.page.key);
  expect(await call(socket, id, 'listWorkshops', [])).toMatchObject({ id, ok: true });
  socket.ws.close();
}

const BAD_FRAMES: [name: string, bytes: () => Buffer][] = [
  ['a text frame of invalid UTF-8', () => frame({ opcode: 0x1, payload: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]) })],
  ['an unknown opcode', () => frame({ opcode: 0x3, payload: Buffer.from('hi') })],
  ['a reserved bit set', () => frame({ opcode: 0x1, rsv: 0b100, payload: Buffer.from('{}') })],
  ['a frame larger than the transport takes', () => frame({ opcode: 0x2, payload: Buffer.alloc(0), declaredLength: WEB_MAX_PAYLOAD_BYTES + 1 })],
  ['an unmasked client frame', () => frame({ opcode: 0x1, mask: false, payload: Buffer.from('{"id":1}') })],
  ['a fragmented control frame', () => frame({ opcode: 0x9, fin: false, payload: Buffer.from('x') })],
  ['a control frame over 125 bytes', () => frame({ opcode: 0x9, payload: Buffer.alloc(126) })],
  ['a close frame with an invalid code', () => frame({ opcode: 0x8, payload: Buffer.from([0x03, 0xe7]) })],
  ['a continuation with nothing to continue', () => frame({ opcode: 0x0, payload: Buffer.from('x') })],
];

describe('browser-mode server and raw frames', () => {
  it.each(BAD_FRAMES.map(([name, bytes], index) => [name, bytes, index] as const))('drops the sender of %s and keeps answering others', async (_name, bytes, index) => {
    const raw = await rawUpgrade(server.port, page.cookie);
    const closed = closedByServer(raw);
    raw.write(bytes());
    await closed;
    await expectServerAnswers(100 + index);
  });

  it('survives a malformed HTTP request and a broken upgrade', async () => {
    const { connect } = await import('node:net');
    for (const text of ['GARBAGE\r\n\r\n', 'GET / HTTP/1.1\r\nHost: \x00\r\n\r\n', 'GET /api HTTP/1.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n']) {
      const socket = connect(server.port, '127.0.0.1');
      const closed = closedByServer(socket);
      socket.write(text);
      await closed;
    }
    expect((await httpGet(server.port, '/', { Cookie: page.cookie })).status).toBe(200);
    await expectServerAnswers(200);
  });

  it('sends a heartbeat that lets the page notice a host that stopped answering', async () => {
    const socket = await openSocket(beatingServer.port, beatingPage.cookie, beatingPage.key);
    expect(await socket.inbox.next((m) => 'event' in m && m.event === 'heartbeat')).toEqual({ event: 'heartbeat' });
    socket.ws.close();
  });

  it('keeps a window whose pong came in while the host was busy', async () => {
    // The window runs in its own process, as a browser does, and answers the first ping once the
    // host is stuck in work longer than a heartbeat: the pong arrives while the host is busy, and
    // the beat that comes due meanwhile must not judge the window before reading it.
    const window = spawn(process.execPath, ['-e', LATE_PONG_WINDOW], {
      cwd: process.cwd(),
      env: { ...process.env, PORT: String(beatingServer.port), COOKIE: beatingPage.cookie, KEY: beatingPage.key },
    });
    window.stdin.on('error', () => undefined); // a window that already ended: its outcome says so
    const said = createInterface({ input: window.stdout });
    const lines: string[] = [];
    const outcome = new Promise<string>((resolve) => {
      said.on('line', (line) => {
        lines.push(line);
        if (line === 'ping') {
          window.stdin.write('pong now\n');
          // Longer than a beat: one comes due while the host is busy, with the pong unread.
          const busyUntil = performance.now() + HEARTBEAT_MS + 100;
          while (performance.now() < busyUntil);
        }
        if (line === 'answered' || line === 'closed') resolve(line);
      });
      window.on('exit', () => resolve('exited'));
    });
    try {
      expect(await outcome, lines.join(' / ')).toBe('answered');
    } finally {
      window.kill();
    }
  });

  it('frees the socket of a window that no longer answers pings', async () => {
    // A raw socket never answers the ping frames the server sends.
    const raw = await rawUpgrade(beatingServer.port, beatingPage.cookie);
    await closedByServer(raw);
    await expectServerAnswers(300, { server: beatingServer, page: beatingPage });
  });
});
