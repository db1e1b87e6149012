import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createAccordHost } from '../../../electron/host/accordHost';
import type { AccordHost } from '../../../electron/host/accordHost.types';
import { startWebServer, type RunningWebServer } from '../../../electron/host/web/startWebServer';
import { call, httpGet, launch, openSocket, type PageCredentials } from './webTestClient';

let dir: string;
let host: AccordHost;
let server: RunningWebServer;
let page: PageCredentials;

const get = (path: string, headers: Record<string, string> = {}) => httpGet(server.port, path, headers);

function connect(headers: Record<string, string>): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}/api`, { headers });
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`refused with ${res.statusCode}`)));
  });
}

const openPage = () => openSocket(server.port, page.cookie, page.key);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'accord-web-'));
  const rendererDir = join(dir, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Accord</title>');
  await writeFile(join(dir, 'secret.txt'), 'not for you');
  host = await createAccordHost({ dataDir: join(dir, 'data') });
  server = await startWebServer({ host, rendererDir, port: 0 });
  page = await launch(server.port, server.token);
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

  it('trades the token for an HttpOnly SameSite=Strict cookie and an access key in the fragment, and drops it from the address', async () => {
    const res = await get(`/?token=${server.token}`);
    expect(res.status).toBe(303);
    expect(res.headers.location).toMatch(/^\/#key=[A-Za-z0-9_-]{20,}$/);
    expect(String(res.headers.location)).not.toContain(server.token);
    expect(String(res.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
    // The cookie, which browsers send to every port, is not the key that opens the workshops.
    expect(page.cookie.split('=')[1]).not.toBe(page.key);
  });

  it('serves the app with the cookie, under a strict CSP', async () => {
    const res = await get('/', { Cookie: page.cookie });
    expect(res.status).toBe(200);
    expect(res.body).toContain('<title>Accord</title>');
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(res.headers['content-security-policy']).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('refuses a foreign Host (DNS rebinding) or Origin even with the cookie', async () => {
    expect((await get('/', { Cookie: page.cookie, Host: `evil.example:${server.port}` })).status).toBe(403);
    expect((await get('/', { Cookie: page.cookie, Origin: 'http://evil.example' })).status).toBe(403);
  });

  it('never serves files outside the renderer folder', async () => {
    const res = await get('/../secret.txt', { Cookie: page.cookie });
    expect(res.body).not.toContain('not for you');
    const encoded = await get('/%2e%2e/secret.txt', { Cookie: page.cookie });
    expect(encoded.body).not.toContain('not for you');
  });

  it('answers 400, not 500, for an address with broken percent-encoding, and keeps serving', async () => {
    for (const path of ['/%E0%A4%A', '/%', '/assets/%zz.js', '/%C0%80']) {
      const res = await get(path, { Cookie: page.cookie });
      expect(res.status, path).toBe(400);
      expect(res.body).toMatch(/not correctly encoded/);
    }
    expect((await get('/', { Cookie: page.cookie })).status).toBe(200);
  });

  it('answers API calls on a socket that proved the access key', async () => {
    const socket = await openPage();
    expect(socket.outcome).toBe('ready');
    const reply = await call(socket, 1, 'listWorkshops', []);
    expect(reply).toMatchObject({ id: 1, ok: true });
    expect((reply as { result: { title: string }[] }).result.map((w) => w.title)).toContain('Kestrel sales & marketing alignment day');
    socket.ws.close();
  });

  it('refuses sockets without the cookie, with a foreign Origin, or with no Origin', async () => {
    await expect(connect({ Origin: `http://127.0.0.1:${server.port}` })).rejects.toThrow(/403|refused|Unexpected/);
    await expect(connect({ Cookie: page.cookie, Origin: 'http://evil.example' })).rejects.toThrow();
    await expect(connect({ Cookie: page.cookie })).rejects.toThrow();
  });

  it('answers malformed requests with an error and keeps serving', async () => {
    const socket = await openPage();
    expect(await call(socket, 2, 'rm -rf', [])).toMatchObject({ ok: false, error: 'Unknown request.' });
    expect(await call(socket, 3, 'openWorkshop', ['../../etc/passwd'])).toMatchObject({ ok: false, error: expect.stringMatching(/refused/) });
    expect(await call(socket, 4, 'listWorkshops', [])).toMatchObject({ ok: true });
    socket.ws.close();
  });

  it('broadcasts a change to every connected window', async () => {
    const [a, b] = await Promise.all([openPage(), openPage()]);
    const seen = b.inbox.next((m) => 'event' in m && m.event === 'session' && m.payload.kind === 'patch');
    expect(await call(a, 5, 'dispatch', [{ type: 'updateSetup', patch: { venue: 'Room Atlas' } }])).toMatchObject({ ok: true });
    expect(await seen).toMatchObject({ event: 'session', payload: { kind: 'patch' } });
    a.ws.close();
    b.ws.close();
  });
});
