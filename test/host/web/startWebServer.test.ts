import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createAccordHost } from '../../../electron/host/accordHost';
import type { AccordHost } from '../../../electron/host/accordHost.types';
import { startWebServer, type RunningWebServer } from '../../../electron/host/web/startWebServer';
import type { WebMessage } from '../../../src/shared/webProtocol';

let dir: string;
let host: AccordHost;
let server: RunningWebServer;
let cookie: string;

function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, headers: { Host: `127.0.0.1:${server.port}`, ...headers } }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function connect(headers: Record<string, string>): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}/api`, { headers });
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`refused with ${res.statusCode}`)));
  });
}

function call(ws: WebSocket, id: number, method: string, args: unknown[]): Promise<WebMessage> {
  return new Promise((resolve) => {
    const onMessage = (data: WebSocket.RawData) => {
      const message = JSON.parse(data.toString()) as WebMessage;
      if ('id' in message && message.id === id) {
        ws.off('message', onMessage);
        resolve(message);
      }
    };
    ws.on('message', onMessage);
    ws.send(JSON.stringify({ id, method, args }));
  });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'accord-web-'));
  const rendererDir = join(dir, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Accord</title>');
  await writeFile(join(dir, 'secret.txt'), 'not for you');
  host = await createAccordHost({ dataDir: join(dir, 'data') });
  server = await startWebServer({ host, rendererDir, port: 0 });
  const exchange = await get(`/?token=${server.token}`);
  cookie = String(exchange.headers['set-cookie']).split(';')[0]!;
});
afterAll(async () => {
  await server.close();
  await host.close();
  await rm(dir, { recursive: true, force: true });
});

describe('browser-mode server', () => {
  it('prints a loopback URL carrying the token', () => {
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?token=[A-Za-z0-9_-]{20,}$`));
  });

  it('refuses pages without the token, or with a wrong one', async () => {
    expect((await get('/')).status).toBe(403);
    expect((await get('/?token=wrong')).status).toBe(403);
  });

  it('trades the token for an HttpOnly SameSite=Strict cookie and drops it from the address', async () => {
    const res = await get(`/?token=${server.token}`);
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/');
    expect(String(res.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
  });

  it('serves the app with the cookie, under a strict CSP', async () => {
    const res = await get('/', { Cookie: cookie });
    expect(res.status).toBe(200);
    expect(res.body).toContain('<title>Accord</title>');
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(res.headers['content-security-policy']).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('refuses a foreign Host (DNS rebinding) or Origin even with the cookie', async () => {
    expect((await get('/', { Cookie: cookie, Host: `evil.example:${server.port}` })).status).toBe(403);
    expect((await get('/', { Cookie: cookie, Origin: 'http://evil.example' })).status).toBe(403);
  });

  it('never serves files outside the renderer folder', async () => {
    const res = await get('/../secret.txt', { Cookie: cookie });
    expect(res.body).not.toContain('not for you');
    const encoded = await get('/%2e%2e/secret.txt', { Cookie: cookie });
    expect(encoded.body).not.toContain('not for you');
  });

  it('answers API calls on a trusted socket', async () => {
    const ws = await connect({ Cookie: cookie, Origin: `http://127.0.0.1:${server.port}` });
    const reply = await call(ws, 1, 'listWorkshops', []);
    expect(reply).toMatchObject({ id: 1, ok: true });
    expect((reply as { result: { title: string }[] }).result.map((w) => w.title)).toContain('Kestrel sales & marketing alignment day');
    ws.close();
  });

  it('refuses sockets without the cookie, with a foreign Origin, or with no Origin', async () => {
    await expect(connect({ Origin: `http://127.0.0.1:${server.port}` })).rejects.toThrow(/403|refused|Unexpected/);
    await expect(connect({ Cookie: cookie, Origin: 'http://evil.example' })).rejects.toThrow();
    await expect(connect({ Cookie: cookie })).rejects.toThrow();
  });

  it('answers malformed requests with an error and keeps serving', async () => {
    const ws = await connect({ Cookie: cookie, Origin: `http://127.0.0.1:${server.port}` });
    expect(await call(ws, 2, 'rm -rf', [])).toMatchObject({ ok: false, error: 'Unknown request.' });
    expect(await call(ws, 3, 'openWorkshop', ['../../etc/passwd'])).toMatchObject({ ok: false, error: expect.stringMatching(/refused/) });
    expect(await call(ws, 4, 'listWorkshops', [])).toMatchObject({ ok: true });
    ws.close();
  });

  it('broadcasts a change to every connected window', async () => {
    const headers = { Cookie: cookie, Origin: `http://127.0.0.1:${server.port}` };
    const [a, b] = await Promise.all([connect(headers), connect(headers)]);
    const seen = new Promise<WebMessage>((resolve) => b.on('message', (d) => {
      const m = JSON.parse(d.toString()) as WebMessage;
      if ('event' in m && m.payload.kind === 'patch') resolve(m);
    }));
    expect(await call(a, 5, 'dispatch', [{ type: 'updateSetup', patch: { venue: 'Room Atlas' } }])).toMatchObject({ ok: true });
    expect(await seen).toMatchObject({ event: 'session', payload: { kind: 'patch' } });
    a.close();
    b.close();
  });
});
