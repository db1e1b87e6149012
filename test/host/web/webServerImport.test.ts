/**
 * The import limit a facilitator is told is the one the transport enforces: a valid workshop
 * file just under 20 MB goes through the real bridge and the real server, whatever JSON-escaping
 * would have made of it; a larger one is refused with its size, by the page and by the host.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createAccordHost } from '../../../electron/host/accordHost';
import type { AccordHost } from '../../../electron/host/accordHost.types';
import { startWebServer, type RunningWebServer } from '../../../electron/host/web/startWebServer';
import { createWebSocketHost } from '../../../src/app/bridge/createWebSocketHost';
import { MAX_IMPORT_BYTES } from '../../../src/shared/accordApi';
import { encodeImportFrame } from '../../../src/app/bridge/encodeImportFrame';
import { WEB_MAX_PAYLOAD_BYTES } from '../../../src/shared/webProtocol';
import { buildLargeWorkshop } from '../../helpers/buildLargeWorkshop';
import { launch, openSocket, type PageCredentials } from './webTestClient';

let dir: string;
let host: AccordHost;
let server: RunningWebServer;
let page: PageCredentials;
let bridge: ReturnType<typeof createWebSocketHost>;

/** A valid workshop file of exactly `bytes` bytes: pretty JSON, padded with line breaks (each doubles when JSON-escaped). */
function workshopFileOf(bytes: number): string {
  const text = JSON.stringify(buildLargeWorkshop(), null, 2);
  const size = Buffer.byteLength(text);
  if (size > bytes) throw new Error(`the base workshop is already ${size} bytes`);
  return text + '\n'.repeat(bytes - size);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'accord-import-'));
  await mkdir(join(dir, 'renderer'), { recursive: true });
  await writeFile(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Accord</title>');
  host = await createAccordHost({ dataDir: join(dir, 'data'), seedSample: false });
  server = await startWebServer({ host, rendererDir: join(dir, 'renderer'), port: 0 });
  page = await launch(server.port, server.token);
  const headers = { Cookie: page.cookie, Origin: `http://127.0.0.1:${server.port}` };
  class PageWebSocket extends WebSocket {
    constructor(url: string) {
      super(url, { headers });
    }
  }
  // The page's own bridge, on Node's ws, proving the key with the same WebCrypto code.
  bridge = createWebSocketHost({ url: `ws://127.0.0.1:${server.port}/api`, WebSocketImpl: PageWebSocket as unknown as typeof globalThis.WebSocket, accessKey: () => page.key });
});
afterAll(async () => {
  bridge.dispose();
  await server.close();
  await host.close();
  await rm(dir, { recursive: true, force: true });
});

describe('importing through the browser mode', () => {
  it('imports a valid 19.9 MB workshop, which JSON-escaping would have pushed past the transport’s cap', async () => {
    const text = workshopFileOf(Math.floor(19.9 * 1024 * 1024));
    expect(JSON.stringify(text).length).toBeGreaterThan(WEB_MAX_PAYLOAD_BYTES);
    const result = await bridge.api.importWorkshop('large.accord.json', text);
    expect(result).toMatchObject({ ok: true, summary: { title: 'Large benchmark workshop' } });
    // The server is still there for the next request.
    expect((await bridge.api.listWorkshops()).map((w) => w.title)).toContain('Large benchmark workshop');
  });

  it('takes a file of exactly the stated limit', async () => {
    const result = await bridge.api.importWorkshop('limit.accord.json', workshopFileOf(MAX_IMPORT_BYTES));
    expect(result.ok).toBe(true);
  });

  it('refuses a file over the limit in the page, with its size, before sending anything', async () => {
    const text = workshopFileOf(MAX_IMPORT_BYTES) + ' '.repeat(200 * 1024);
    await expect(bridge.api.importWorkshop('big.accord.json', text)).rejects.toThrow('This file is 20.2 MB; Accord imports files up to 20 MB.');
  });

  it('refuses it in the host too, when a client skips the page’s check', async () => {
    const socket = await openSocket(server.port, page.cookie, page.key);
    const body = Buffer.alloc(MAX_IMPORT_BYTES + 1, 0x20);
    socket.ws.send(encodeImportFrame({ id: 9, method: 'importWorkshop', fileName: 'sneaky.accord.json' }, body));
    const answer = await socket.inbox.next((m) => 'id' in m && m.id === 9);
    // The transport carries it (so the sender learns why), and the host refuses it by its size.
    expect(answer).toMatchObject({ id: 9, ok: false, error: expect.stringMatching(/larger than the 20 MB import limit/) });
    socket.ws.close();
  });
});
