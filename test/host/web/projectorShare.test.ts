import { noFacilitatorNotes } from '../../../src/domain/workshopSchema';
/**
 * The projector window gets the projector's share of the session over the real browser-mode
 * server: the facilitator's private notes and notices never reach it (not in its first
 * snapshot, not in any patch, not in an answer), it cannot change the workshop, and it still
 * follows every change the room should see.
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
import { SAMPLE_WORKSHOP_ID } from '../../../src/domain/sampleWorkshop';
import type { SessionEvent } from '../../../src/shared/accordApi';
import type { WindowRole } from '../../../src/shared/projectorView';
import { call, launch, openSocket, proof, type PageCredentials } from './webTestClient';

const SECRET_NOTE = 'Private: ask Dana about the Q3 quota dispute';

let dir: string;
let host: AccordHost;
let server: RunningWebServer;
let page: PageCredentials;
const bridges: ReturnType<typeof createWebSocketHost>[] = [];

function bridgeAs(role: WindowRole) {
  const headers = { Cookie: page.cookie, Origin: `http://127.0.0.1:${server.port}` };
  class PageWebSocket extends WebSocket {
    constructor(url: string) {
      super(url, { headers });
    }
  }
  const bridge = createWebSocketHost({ url: `ws://127.0.0.1:${server.port}/api`, role, WebSocketImpl: PageWebSocket as unknown as typeof globalThis.WebSocket, accessKey: () => page.key });
  bridges.push(bridge);
  const events: SessionEvent[] = [];
  bridge.api.onDidChangeSession((event) => events.push(event));
  return { api: bridge.api, events };
}

/** Resolves once `events` holds one that matches (the bridges deliver in order). */
async function eventuallyReceived(events: SessionEvent[], match: (event: SessionEvent) => boolean): Promise<SessionEvent> {
  for (;;) {
    const found = events.find(match);
    if (found) return found;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'accord-projector-share-'));
  await mkdir(join(dir, 'renderer'), { recursive: true });
  await writeFile(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Accord</title>');
  host = await createAccordHost({ dataDir: join(dir, 'data') });
  server = await startWebServer({ host, rendererDir: join(dir, 'renderer'), port: 0 });
  page = await launch(server.port, server.token);
});
afterAll(async () => {
  for (const bridge of bridges) bridge.dispose();
  await server.close();
  await host.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the projector’s share of the session', () => {
  it('never carries the facilitator’s notes, yet follows what the room should see', async () => {
    const consoleWindow = bridgeAs('console');
    const projector = bridgeAs('projector');
    // The host opens the sample at start; both windows are connected before anything changes.
    await consoleWindow.api.openWorkshop(SAMPLE_WORKSHOP_ID);
    expect((await projector.api.getSession())!.workshop.id).toBe(SAMPLE_WORKSHOP_ID);

    expect(await consoleWindow.api.dispatch({ type: 'setFacilitatorNote', phase: 'pulse', text: SECRET_NOTE })).toMatchObject({ ok: true });
    expect(await consoleWindow.api.dispatch({ type: 'showRoomScreen', screen: 'blank' })).toMatchObject({ ok: true });
    const blanked = await eventuallyReceived(projector.events, (e) => e.kind === 'patch' && e.patches.some((p) => p.path[0] === 'room'));

    // The console has the note; the projector's copy never had any note, and still counts every revision.
    expect((await consoleWindow.api.getSession())!.workshop.facilitatorNotes.pulse).toBe(SECRET_NOTE);
    const projected = (await projector.api.getSession())!;
    expect(projected.workshop.facilitatorNotes).toEqual(noFacilitatorNotes());
    expect(projected.workshop.room.screen).toBe('blank');
    expect(blanked.kind === 'patch' && blanked.revision).toBe(projected.revision);
    const everythingTheProjectorGot = JSON.stringify(projector.events) + JSON.stringify(projected);
    expect(everythingTheProjectorGot).not.toContain(SECRET_NOTE);
    expect(everythingTheProjectorGot).not.toContain('biggest gap');
    expect(JSON.stringify(consoleWindow.events)).toContain(SECRET_NOTE);
  });

  it('answers a projector only what it needs: no edits, no library, no exports', async () => {
    const projector = bridgeAs('projector');
    await expect(projector.api.dispatch({ type: 'goToPhase', phase: 'pulse' })).rejects.toThrow(/projector window cannot dispatch/);
    await expect(projector.api.listWorkshops()).rejects.toThrow(/projector window cannot listWorkshops/);
    await expect(projector.api.undo()).rejects.toThrow(/only the facilitator's console/);
    await expect(projector.api.getCharterFingerprint()).resolves.toMatchObject({ ok: true });
  });

  it('serves as the console only a socket that says so: one naming no window, or something else, gets the projector’s share', async () => {
    const asConsole = await openSocket(server.port, page.cookie, page.key);
    expect(await call(asConsole, 1, 'listWorkshops', [])).toMatchObject({ id: 1, ok: true });
    asConsole.ws.close();
    for (const role of [undefined, { toString: 'console' }, 'Console', 42]) {
      const ws = await new Promise<WebSocket>((resolve, reject) => {
        const socket = new WebSocket(`ws://127.0.0.1:${server.port}/api`, { headers: { Cookie: page.cookie, Origin: `http://127.0.0.1:${server.port}` } });
        socket.once('error', reject);
        socket.on('message', (data) => {
          const message = JSON.parse(data.toString()) as { event?: string; nonce?: string };
          if (message.event === 'challenge') socket.send(JSON.stringify({ auth: proof(page.key, message.nonce!), role }));
          if (message.event === 'ready') resolve(socket);
        });
      });
      const answer = await new Promise<{ ok: boolean; error?: string }>((resolve) => {
        ws.on('message', (data) => {
          const message = JSON.parse(data.toString()) as { id?: number; ok: boolean; error?: string };
          if (message.id === 7) resolve(message);
        });
        ws.send(JSON.stringify({ id: 7, method: 'listWorkshops', args: [] }));
      });
      expect(answer, JSON.stringify(role) ?? 'no role').toMatchObject({ ok: false, error: expect.stringMatching(/projector window cannot listWorkshops/) });
      ws.close();
    }
  });
});
