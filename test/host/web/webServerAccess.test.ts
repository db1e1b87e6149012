/**
 * The access credentials: bound to one server, so what a browser hands to every service on
 * 127.0.0.1 (the cookie) or what another Accord handed out opens nothing here; and kept per
 * data folder, so a restarted host lets the open tabs back in.
 */
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAccordHost } from '../../../electron/host/accordHost';
import type { AccordHost } from '../../../electron/host/accordHost.types';
import { ACCESS_SECRET_FILE, loadAccessSecret } from '../../../electron/host/web/accessCredentials';
import { startWebServer, type RunningWebServer } from '../../../electron/host/web/startWebServer';
import { call, httpGet, launch, openSocket, proof } from './webTestClient';

let dir: string;
let rendererDir: string;
const running: { server: RunningWebServer; host: AccordHost }[] = [];

async function start(dataDir: string, port = 0) {
  const host = await createAccordHost({ dataDir });
  const server = await startWebServer({ host, rendererDir, port, secret: await loadAccessSecret(dataDir) });
  const entry = { server, host };
  running.push(entry);
  return {
    ...entry,
    async stop() {
      running.splice(running.indexOf(entry), 1);
      await server.close();
      await host.close();
    },
  };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'accord-access-'));
  rendererDir = join(dir, 'renderer');
  await mkdir(rendererDir, { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Accord</title>');
});
afterEach(async () => {
  for (const { server, host } of running.splice(0)) {
    await server.close();
    await host.close();
  }
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('browser-mode access', () => {
  it('keeps the secret in the data folder, readable by its owner only, and reuses it', async () => {
    const dataDir = join(dir, 'secret-only');
    await mkdir(dataDir);
    const first = await loadAccessSecret(dataDir);
    expect((await stat(join(dataDir, ACCESS_SECRET_FILE))).mode & 0o777).toBe(0o600);
    expect(first.length).toBe(32);
    expect((await loadAccessSecret(dataDir)).equals(first)).toBe(true);
  });

  it('says what to do when the secret file is damaged', async () => {
    const dataDir = join(dir, 'damaged');
    await mkdir(dataDir);
    await writeFile(join(dataDir, ACCESS_SECRET_FILE), 'short');
    await expect(loadAccessSecret(dataDir)).rejects.toThrow(/is damaged\. Delete it and start Accord again/);
  });

  it('says plainly when the data folder will not take the secret', async () => {
    const missing = join(dir, 'no-such-folder', 'deeper');
    await expect(loadAccessSecret(missing)).rejects.toThrow(/could not create its browser access file .* \(ENOENT\)\. Check that the data folder exists/);
  });

  it('opens no workshop to a program that replays the cookie without the page’s access key', async () => {
    const a = await start(join(dir, 'replay'));
    const page = await launch(a.server.port, a.server.token);
    // The cookie is all another service on 127.0.0.1 receives from the browser.
    const replay = await openSocket(a.server.port, page.cookie, 'a guessed key');
    expect(replay.outcome).toBe('refused');
    expect(await call(replay, 1, 'listWorkshops', [])).toBeNull();
    // Nor does the cookie stand in for the key, nor an old answer for a new challenge.
    expect((await openSocket(a.server.port, page.cookie, page.cookie.split('=')[1]!)).outcome).toBe('refused');
    const stale = proof(page.key, 'an earlier nonce');
    expect((await openSocket(a.server.port, page.cookie, page.key, () => stale)).outcome).toBe('refused');
    expect((await openSocket(a.server.port, page.cookie, page.key)).outcome).toBe('ready');
  });

  it('refuses the cookie and the key of one server at another', async () => {
    const a = await start(join(dir, 'server-a'));
    const b = await start(join(dir, 'server-b'));
    const fromA = await launch(a.server.port, a.server.token);
    const cookieValue = fromA.cookie.split('=')[1]!;
    const asIfForB = `accord_token_${b.server.port}=${cookieValue}`;
    expect((await httpGet(b.server.port, '/', { Cookie: asIfForB })).status).toBe(403);
    expect((await httpGet(b.server.port, `/?token=${a.server.token}`)).status).toBe(403);
    await expect(openSocket(b.server.port, asIfForB, fromA.key)).rejects.toThrow(/403/);
    const fromB = await launch(b.server.port, b.server.token);
    expect((await openSocket(b.server.port, fromB.cookie, fromA.key)).outcome).toBe('refused');
  });

  it('binds the credentials to the port: the same data folder on another port hands out others', async () => {
    const dataDir = join(dir, 'ports');
    const first = await start(dataDir);
    const page = await launch(first.server.port, first.server.token);
    await first.stop();
    const second = await start(dataDir);
    expect(second.server.port).not.toBe(first.server.port);
    expect(second.server.token).not.toBe(first.server.token);
    const moved = `accord_token_${second.server.port}=${page.cookie.split('=')[1]}`;
    expect((await httpGet(second.server.port, '/', { Cookie: moved })).status).toBe(403);
  });

  it('lets an open tab back in after a restart on the same data folder and port, without a new address', async () => {
    const dataDir = join(dir, 'restart');
    const first = await start(dataDir);
    const port = first.server.port;
    const page = await launch(port, first.server.token);
    const before = await openSocket(port, page.cookie, page.key);
    expect(await call(before, 1, 'dispatch', [{ type: 'updateSetup', patch: { venue: 'Room Atlas' } }])).toMatchObject({ ok: true });
    const closed = new Promise((resolve) => before.ws.once('close', resolve));
    await first.stop();
    await closed;
    const secretBefore = await readFile(join(dataDir, ACCESS_SECRET_FILE), 'utf8');

    const second = await start(dataDir, port);
    // The printed address of the earlier launch stops working: it lives on in scrollback and history.
    expect(second.server.token).not.toBe(first.server.token);
    expect((await httpGet(port, `/?token=${first.server.token}`)).status).toBe(403);
    expect(await readFile(join(dataDir, ACCESS_SECRET_FILE), 'utf8')).toBe(secretBefore);
    // The tab still holds its cookie and key: both work on the restarted host.
    expect((await httpGet(port, '/', { Cookie: page.cookie })).status).toBe(200);
    const after = await openSocket(port, page.cookie, page.key);
    expect(after.outcome).toBe('ready');
    const session = await call(after, 2, 'getSession', []);
    expect(session).toMatchObject({ ok: true, result: { workshop: { setup: { venue: 'Room Atlas' } } } });
    after.ws.close();
  });
});
