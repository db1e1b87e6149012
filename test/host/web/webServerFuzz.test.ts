/**
 * Whatever a window sends, the server answers or refuses, and goes on answering: thousands
 * of generated messages (any JSON value, wrong types, huge ids, unknown methods, bad arguments
 * for every request method, binary frames) and raw bytes after a handshake, on loopback.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccordHost } from '../../../electron/host/accordHost';
import type { AccordHost } from '../../../electron/host/accordHost.types';
import { startWebServer, type RunningWebServer } from '../../../electron/host/web/startWebServer';
import { REQUEST_METHODS } from '../../../src/shared/accordApi';
import { encodeImportFrame } from '../../../src/app/bridge/encodeImportFrame';
import { call, closedByServer, launch, openSocket, rawUpgrade, type OpenedSocket, type PageCredentials } from './webTestClient';

let dir: string;
let host: AccordHost;
let server: RunningWebServer;
let page: PageCredentials;
/** Seeded, so a failure can be replayed; fast-check prints the seed and the counterexample. */
const SEED = 20261202;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'accord-fuzz-'));
  await mkdir(join(dir, 'renderer'), { recursive: true });
  await writeFile(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Accord</title>');
  host = await createAccordHost({ dataDir: join(dir, 'data') });
  server = await startWebServer({ host, rendererDir: join(dir, 'renderer'), port: 0, authTimeoutMs: 2000 });
  page = await launch(server.port, server.token);
});
afterAll(async () => {
  await server.close();
  await host.close();
  await rm(dir, { recursive: true, force: true });
});

/** Sends one message and waits for the one answer every message gets. */
async function sendAndAwaitAnswer(socket: OpenedSocket, data: string | Uint8Array) {
  const expected = socket.inbox.replies + 1;
  socket.ws.send(data);
  expect(await socket.inbox.repliesReach(expected), 'the server answered').toBe(true);
}

async function expectServerAnswers(id: number) {
  const socket = await openSocket(server.port, page.cookie, page.key);
  expect(await call(socket, id, 'listWorkshops', [])).toMatchObject({ id, ok: true });
  socket.ws.close();
}

const anyId = fc.oneof(fc.integer(), fc.double(), fc.bigInt().map(String), fc.string(), fc.constant(null), fc.constant(Number.MAX_SAFE_INTEGER + 2), fc.jsonValue());
const anyMethod = fc.oneof(fc.constantFrom(...REQUEST_METHODS), fc.string(), fc.constantFrom('__proto__', 'constructor', 'toString', 'call'), fc.jsonValue());
const anyArgs = fc.oneof(fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 4 }), fc.jsonValue({ maxDepth: 2 }));
/** Messages shaped like requests, with something wrong in them (or, rarely, nothing). */
const requestLike = fc.record({ id: anyId, method: anyMethod, args: anyArgs }, { requiredKeys: [] }).map((r) => JSON.stringify(r));
/** Every request method, with arguments of the wrong shape. */
const badArgs = fc.record({
  id: fc.nat(),
  method: fc.constantFrom(...REQUEST_METHODS),
  args: fc.array(fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.string({ maxLength: 2000 }), fc.object({ maxDepth: 2 })), { minLength: 0, maxLength: 3 }),
}).map((r) => JSON.stringify(r));
const anyJson = fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v));
const anyText = fc.string({ unit: 'grapheme', maxLength: 200 });
const binary = fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  fc.tuple(fc.jsonValue({ maxDepth: 2 }), fc.uint8Array({ maxLength: 200 })).map(([header, body]) => encodeImportFrame(header as never, body)),
  fc.tuple(fc.nat(), fc.string({ maxLength: 600 }), fc.uint8Array({ maxLength: 200 })).map(([id, fileName, body]) => encodeImportFrame({ id, method: 'importWorkshop', fileName }, body)),
);
const anyMessage = fc.oneof(requestLike, badArgs, anyJson, anyText, binary);

describe('browser-mode server under generated input', () => {
  it('answers the four-byte message null, and the next request too', async () => {
    const socket = await openSocket(server.port, page.cookie, page.key);
    for (const text of ['null', '0', '"x"', '[]', '{}', 'true', '{"id":1}', '{"id":1,"method":"dispatch"}', '{"id":1,"method":"dispatch","args":null}']) {
      await sendAndAwaitAnswer(socket, text);
    }
    expect(await call(socket, 7, 'listWorkshops', [])).toMatchObject({ id: 7, ok: true });
    socket.ws.close();
  });

  it('answers 3,000 generated messages one by one, and still answers afterwards', async () => {
    const socket = await openSocket(server.port, page.cookie, page.key);
    await fc.assert(
      fc.asyncProperty(anyMessage, async (message) => {
        await sendAndAwaitAnswer(socket, message);
      }),
      { numRuns: 3000, seed: SEED },
    );
    expect(socket.ws.readyState).toBe(socket.ws.OPEN);
    socket.ws.close();
    await expectServerAnswers(1);
  });

  it('refuses any generated first message that is not the answer to the challenge', async () => {
    await fc.assert(
      fc.asyncProperty(anyMessage, async (message) => {
        const opened = await openSocket(server.port, page.cookie, page.key, () => 'wrong');
        expect(opened.outcome).toBe('refused');
        opened.ws.close();
        const fresh = await openSocket(server.port, page.cookie, page.key, () => message as string);
        expect(fresh.outcome).toBe('refused');
        fresh.ws.close();
      }),
      { numRuns: 60, seed: SEED },
    );
    await expectServerAnswers(2);
  });

  it('outlives 300 connections that send random bytes after the handshake', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 512 }), async (bytes) => {
        const raw = await rawUpgrade(server.port, page.cookie);
        const closed = closedByServer(raw);
        raw.end(Buffer.from(bytes));
        await closed;
      }),
      { numRuns: 300, seed: SEED },
    );
    await expectServerAnswers(3);
  });
});
