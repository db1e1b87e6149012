/**
 * A window that lost its connection catches up with only the changes it missed, over the real
 * browser-mode server: the 5 MB workshop is not sent again for a short drop. Anything the host
 * cannot replay (another run, a revision it never reached, too far behind) gets the session.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyPatches, enablePatches } from 'immer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccordHost } from '../../../electron/host/accordHost';
import type { AccordHost } from '../../../electron/host/accordHost.types';
import { RECENT_CHANGES_KEPT } from '../../../electron/host/workshopSession';
import { startWebServer, type RunningWebServer } from '../../../electron/host/web/startWebServer';
import { SAMPLE_WORKSHOP_ID } from '../../../src/domain/sampleWorkshop';
import type { Workshop } from '../../../src/domain/workshopSchema';
import type { SessionResume, SessionSnapshot } from '../../../src/shared/accordApi';
import { call, launch, openSocket, type OpenedSocket, type PageCredentials } from './webTestClient';

enablePatches();

const SECRET_NOTE = 'Private: the CFO may cut the events budget';

let dir: string;
let host: AccordHost;
let server: RunningWebServer;
let page: PageCredentials;
let requestId = 100;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'accord-resume-'));
  await mkdir(join(dir, 'renderer'), { recursive: true });
  await writeFile(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Accord</title>');
  host = await createAccordHost({ dataDir: join(dir, 'data') });
  server = await startWebServer({ host, rendererDir: join(dir, 'renderer'), port: 0 });
  page = await launch(server.port, server.token);
});
afterAll(async () => {
  await server.close();
  await host.close();
  await rm(dir, { recursive: true, force: true });
});

/** A socket that says it is the projector. */
const projectorSocket = () => openSocket(server.port, page.cookie, page.key, undefined, 'projector');

/** Sends a request and returns its answer, failing the test on an error answer. */
async function ask<T>(socket: OpenedSocket, method: string, args: unknown[]): Promise<{ result: T; frameBytes: number }> {
  const id = ++requestId;
  const answer = (await call(socket, id, method, args)) as { ok: boolean; result?: T; error?: string } | null;
  if (!answer?.ok) throw new Error(`${method} failed: ${answer?.error}`);
  return { result: answer.result as T, frameBytes: JSON.stringify(answer).length };
}

const venue = (text: string) => ({ type: 'updateSetup', patch: { venue: text } });

describe('resuming a session after a reconnect', () => {
  it('sends only the missed changes, which bring the old copy exactly to the host’s', async () => {
    const consoleSocket = await openSocket(server.port, page.cookie, page.key);
    await ask(consoleSocket, 'openWorkshop', [SAMPLE_WORKSHOP_ID]);
    const { result: before, frameBytes: snapshotBytes } = await ask<SessionSnapshot>(consoleSocket, 'getSession', []);
    // The window drops off; the facilitator keeps editing from another window meanwhile.
    consoleSocket.ws.close();
    const other = await openSocket(server.port, page.cookie, page.key);
    for (const text of ['Room B', 'Room C', 'Harbour hall']) await ask(other, 'dispatch', [venue(text)]);

    const back = await openSocket(server.port, page.cookie, page.key);
    const { result: resume, frameBytes } = await ask<SessionResume>(back, 'resumeSession', [{ sessionRunId: before.sessionRunId, revision: before.revision }]);
    expect(resume.kind).toBe('patches');
    if (resume.kind !== 'patches') return;
    expect(resume.events.map((e) => e.revision)).toEqual([before.revision + 1, before.revision + 2, before.revision + 3]);
    const caughtUp = resume.events.reduce<Workshop>((workshop, event) => applyPatches(workshop, event.patches), before.workshop);
    const { result: now } = await ask<SessionSnapshot>(back, 'getSession', []);
    expect(caughtUp).toEqual(now.workshop);
    expect(resume.saveState).toEqual(now.saveState);
    expect(frameBytes * 20).toBeLessThan(snapshotBytes);

    // Up to date: nothing to send.
    expect((await ask<SessionResume>(back, 'resumeSession', [{ sessionRunId: now.sessionRunId, revision: now.revision }])).result).toMatchObject({ kind: 'patches', events: [] });
    for (const socket of [other, back]) socket.ws.close();
  });

  it('gives a projector the missed changes as it would have had them live: never the facilitator’s notes', async () => {
    const consoleSocket = await openSocket(server.port, page.cookie, page.key);
    const projector = await projectorSocket();
    const { result: before } = await ask<SessionSnapshot>(projector, 'getSession', []);
    await ask(consoleSocket, 'dispatch', [{ type: 'setFacilitatorNote', phase: 'pulse', text: SECRET_NOTE }]);
    await ask(consoleSocket, 'dispatch', [venue('Projector room')]);
    const { result: resume, frameBytes } = await ask<SessionResume>(projector, 'resumeSession', [{ sessionRunId: before.sessionRunId, revision: before.revision }]);
    expect(resume.kind).toBe('patches');
    if (resume.kind !== 'patches') return;
    // Both revisions arrive (the room's copy counts every one), without the note's patch.
    expect(resume.events.map((e) => e.revision)).toEqual([before.revision + 1, before.revision + 2]);
    expect(resume.events[0]!.patches.map((patch) => patch.path[0])).not.toContain('facilitatorNotes');
    expect(resume.notices).toEqual([]);
    expect(JSON.stringify(resume)).not.toContain(SECRET_NOTE);
    expect(frameBytes).toBeLessThan(2_000);
    for (const socket of [consoleSocket, projector]) socket.ws.close();
  });

  it('sends the session instead for another run, a revision never reached, or a window too far behind', async () => {
    const socket = await openSocket(server.port, page.cookie, page.key);
    const { result: now } = await ask<SessionSnapshot>(socket, 'getSession', []);
    const snapshotFor = async (since: unknown) => (await ask<SessionResume>(socket, 'resumeSession', [since])).result;
    expect(await snapshotFor({ sessionRunId: 'a-host-that-restarted', revision: now.revision })).toMatchObject({ kind: 'snapshot', snapshot: { revision: now.revision } });
    expect(await snapshotFor({ sessionRunId: now.sessionRunId, revision: now.revision + 5 })).toMatchObject({ kind: 'snapshot' });
    for (let i = 0; i <= RECENT_CHANGES_KEPT; i++) await host.call('dispatch', [venue(`Room ${i}`)]);
    const farBehind = await snapshotFor({ sessionRunId: now.sessionRunId, revision: now.revision });
    expect(farBehind).toMatchObject({ kind: 'snapshot', snapshot: { revision: now.revision + RECENT_CHANGES_KEPT + 1 } });
    const justInReach = await snapshotFor({ sessionRunId: now.sessionRunId, revision: now.revision + 1 });
    expect(justInReach.kind === 'patches' && justInReach.events.length).toBe(RECENT_CHANGES_KEPT);
    socket.ws.close();
  });

  it('refuses a malformed position with a plain reason and keeps serving', async () => {
    const socket = await openSocket(server.port, page.cookie, page.key);
    for (const since of [null, {}, { sessionRunId: 'x' }, { sessionRunId: 'x', revision: -1 }, { sessionRunId: 'x', revision: 1.5 }, { sessionRunId: 'x'.repeat(101), revision: 1 }, { sessionRunId: 'x', revision: 1, extra: true }, 'revision 3']) {
      const answer = (await call(socket, ++requestId, 'resumeSession', [since])) as { ok: boolean; error?: string };
      expect(answer, JSON.stringify(since)).toMatchObject({ ok: false, error: expect.stringMatching(/^The request resumeSession was refused/) });
    }
    expect((await ask<SessionSnapshot>(socket, 'getSession', [])).result.workshop.id).toBe(SAMPLE_WORKSHOP_ID);
    socket.ws.close();
  });
});
