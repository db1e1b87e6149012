/**
 * createCheckIn over the browser mode's socket: a malformed message gets a plain refusal that
 * says what was wrong, creates nothing and leaves the server answering; a well-formed one
 * answers the refusal for an unsigned workshop, and creates the check-in once it is signed.
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccordHost } from '../../../electron/host/accordHost';
import type { AccordHost } from '../../../electron/host/accordHost.types';
import { fingerprintCharter } from '../../../electron/host/charter/fingerprintCharter';
import { startWebServer, type RunningWebServer } from '../../../electron/host/web/startWebServer';
import { encodeImportFrame } from '../../../src/app/bridge/encodeImportFrame';
import { SAMPLE_WORKSHOP_ID } from '../../../src/domain/sampleWorkshop';
import type { SessionSnapshot } from '../../../src/shared/accordApi';
import type { WebMessage } from '../../../src/shared/webProtocol';
import { acceptAllCommand } from '../../helpers/domainBuilders';
import { call, launch, openSocket, type OpenedSocket, type PageCredentials } from './webTestClient';

let dir: string;
let host: AccordHost;
let server: RunningWebServer;
let page: PageCredentials;
let socket: OpenedSocket;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'accord-web-check-in-'));
  await mkdir(join(dir, 'renderer'), { recursive: true });
  await writeFile(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Accord</title>');
  host = await createAccordHost({ dataDir: join(dir, 'data') });
  server = await startWebServer({ host, rendererDir: join(dir, 'renderer'), port: 0 });
  page = await launch(server.port, server.token);
  socket = await openSocket(server.port, page.cookie, page.key);
});
afterAll(async () => {
  socket.ws.close();
  await server.close();
  await host.close();
  await rm(dir, { recursive: true, force: true });
});

const workshopFiles = async () => (await readdir(join(dir, 'data', 'workshops'))).sort();
let nextId = 1;
const ask = (method: string, args: unknown[]) => call(socket, nextId++, method, args);
const result = <T>(message: WebMessage | null): T => {
  if (!message || !('ok' in message) || !message.ok) throw new Error(`not answered: ${JSON.stringify(message)}`);
  return message.result as T;
};

describe('createCheckIn over the socket', () => {
  it.each([
    ['no workshop id', [], /createCheckIn was refused: arguments?/],
    ['a number for the id', [42], /createCheckIn was refused: 0: /],
    ['an object for the id', [{ workshopId: SAMPLE_WORKSHOP_ID }], /createCheckIn was refused: 0: /],
    ['an empty id', [''], /createCheckIn was refused: 0: must not be empty/],
    ['a path for the id', ['../../settings'], /createCheckIn was refused: 0: /],
    ['an id of 10 000 characters', ['w'.repeat(10_000)], /createCheckIn was refused: 0: /],
    ['a second argument', [SAMPLE_WORKSHOP_ID, 'extra'], /createCheckIn was refused/],
  ])('refuses %s with a message that says so, creates nothing, and keeps answering', async (_what, args, error) => {
    const before = await workshopFiles();
    const answer = await ask('createCheckIn', args);
    expect(answer).toMatchObject({ ok: false, error: expect.stringMatching(error) });
    expect(await workshopFiles()).toEqual(before);
    expect(await ask('listWorkshops', [])).toMatchObject({ ok: true });
  });

  it('refuses a message that is not a request at all, or a binary frame that claims to be one', async () => {
    const id = nextId++;
    socket.ws.send(JSON.stringify({ id, method: 'createCheckIn', args: 'sample-kestrel' }));
    expect(await socket.inbox.next((m) => 'id' in m && m.id === id)).toMatchObject({ ok: false, error: expect.stringMatching(/could not read this request/) });
    const frameId = nextId++;
    socket.ws.send(encodeImportFrame({ id: frameId, method: 'createCheckIn' as 'importWorkshop', fileName: SAMPLE_WORKSHOP_ID }, new TextEncoder().encode('{}')));
    expect(await socket.inbox.next((m) => 'id' in m && m.id === frameId)).toMatchObject({ ok: false, error: expect.stringMatching(/could not read this request/) });
    expect(await ask('listWorkshops', [])).toMatchObject({ ok: true });
  });

  it('answers why an unsigned workshop has no check-in, then creates it once the room signed', async () => {
    const before = await workshopFiles();
    expect(result(await ask('createCheckIn', [SAMPLE_WORKSHOP_ID]))).toEqual({ ok: false, message: expect.stringMatching(/^Nobody has signed this workshop’s charter yet/) });
    expect(await workshopFiles()).toEqual(before);

    const { workshop } = result<SessionSnapshot>(await ask('getSession', []));
    result(await ask('dispatch', [acceptAllCommand(workshop)]));
    const ready = result<SessionSnapshot>(await ask('getSession', [])).workshop;
    const sign = { type: 'sign', participantId: 'p1', typedName: ready.participants[0]!.name, strokes: [[[1, 2, 0], [3, 4, 16]]], fingerprint: fingerprintCharter(ready) };
    expect(result(await ask('dispatch', [sign]))).toMatchObject({ ok: true });

    const created = result<{ ok: true; id: string; title: string }>(await ask('createCheckIn', [SAMPLE_WORKSHOP_ID]));
    expect(created).toMatchObject({ ok: true, title: 'Kestrel sales & marketing alignment day: check-in' });
    expect(await workshopFiles()).toContain(`${created.id}.accord.json`);
  });
});
