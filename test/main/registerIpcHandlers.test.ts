import { noFacilitatorNotes } from '../../src/domain/workshopSchema';
import { beforeEach, describe, expect, it } from 'vitest';
import { registerIpcHandlers } from '../../electron/main/registerIpcHandlers';
import type { AccordHost } from '../../electron/host/accordHost.types';
import { channelFor, REQUEST_METHODS, SESSION_EVENT_CHANNEL, type AccordRequestMethod, type SessionEvent } from '../../src/shared/accordApi';
import { BrowserWindow, FakeWebFrameMain, ipcMain, resetFakeElectron } from '../fakes/electron';
import { appAssetUrl, appPageUrl, charterPrintPageUrl, pages, projectorPageUrl } from './appPagesFixture';

/** Records what reaches the host; answers each call with a fresh object so pass-through is observable. */
function recordingHost() {
  const calls: Array<{ method: AccordRequestMethod; args: unknown[]; answer: object }> = [];
  const listeners = new Set<(event: SessionEvent) => void>();
  const host: Pick<AccordHost, 'call' | 'onDidChangeSession'> = {
    call: async (method, args) => {
      // A session answer carries what the projector's share is cut from.
      const answer =
        method === 'getSession'
          ? { answeredBy: 'host', method, workshop: { facilitatorNotes: { pulse: 'private' } }, notices: [{ id: 'n', level: 'error', message: '/home/x' }], saveState: { status: 'failed', lastSavedAt: null, error: 'Could not write /home/x' } }
          : method === 'resumeSession'
            ? {
                kind: 'patches',
                events: [{ kind: 'patch', revision: 3, patches: [{ op: 'replace', path: ['facilitatorNotes', 'pulse'], value: 'private' }, { op: 'replace', path: ['setup', 'venue'], value: 'Room B' }], canUndo: true, canRedo: false, undoDepth: 1 }],
                notices: [{ id: 'n', level: 'error', message: '/home/x' }],
                saveState: { status: 'failed', lastSavedAt: null, error: 'Could not write /home/x' },
              }
            : { answeredBy: 'host', method };
      calls.push({ method, args, answer });
      return answer;
    },
    onDidChangeSession: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { host, calls, listeners, emit: (event: SessionEvent) => listeners.forEach((l) => l(event)) };
}

const appFrame = () => new FakeWebFrameMain(appPageUrl);

describe('registerIpcHandlers', () => {
  beforeEach(resetFakeElectron);

  it('registers exactly one handler per request method, on that method’s channel', () => {
    registerIpcHandlers(recordingHost().host, pages);
    expect([...ipcMain.handlers.keys()].sort()).toEqual(REQUEST_METHODS.map(channelFor).sort());
    expect(ipcMain.handlers.size).toBe(REQUEST_METHODS.length);
  });

  it('passes a trusted call’s arguments to the host as given and returns its answer', async () => {
    const { host, calls } = recordingHost();
    registerIpcHandlers(host, pages);

    const answer = await ipcMain.invokeFrom(appFrame(), channelFor('renameWorkshop'), 'w-1', 'Kick-off');

    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ method: 'renameWorkshop', args: ['w-1', 'Kick-off'] });
    expect(answer).toBe(calls[0]?.answer);
  });

  it('routes every channel to its own method', async () => {
    const { host, calls } = recordingHost();
    registerIpcHandlers(host, pages);
    for (const method of REQUEST_METHODS) await ipcMain.invokeFrom(appFrame(), channelFor(method), `arg-for-${method}`);
    expect(calls.map(({ method, args }) => [method, args])).toEqual(REQUEST_METHODS.map((m) => [m, [`arg-for-${m}`]]));
  });

  it('accepts the projector view of the app page', async () => {
    const { host, calls } = recordingHost();
    registerIpcHandlers(host, pages);
    await ipcMain.invokeFrom(new FakeWebFrameMain(projectorPageUrl), channelFor('getSession'));
    expect(calls.map((c) => c.method)).toEqual(['getSession']);
  });

  it('lets the projector ask only for the session and the charter’s fingerprint, and answers without the facilitator’s notes', async () => {
    const { host, calls } = recordingHost();
    registerIpcHandlers(host, pages);
    const projectorFrame = new FakeWebFrameMain(projectorPageUrl);
    for (const method of REQUEST_METHODS.filter((m) => m !== 'getSession' && m !== 'resumeSession' && m !== 'getCharterFingerprint')) {
      await expect(ipcMain.invokeFrom(projectorFrame, channelFor(method), 'x')).rejects.toThrow(/projector window cannot/);
    }
    expect(calls).toEqual([]);
    const answer = (await ipcMain.invokeFrom(projectorFrame, channelFor('getSession'))) as { workshop: { facilitatorNotes: unknown }; notices: unknown[]; saveState: { error: unknown } };
    expect(answer.workshop.facilitatorNotes).toEqual(noFacilitatorNotes());
    expect(answer.notices).toEqual([]);
    expect(answer.saveState.error).toBeNull();
    expect(JSON.stringify(answer)).not.toMatch(/private|\/home/);
    expect(await ipcMain.invokeFrom(projectorFrame, channelFor('getCharterFingerprint'))).toEqual({ answeredBy: 'host', method: 'getCharterFingerprint' });
    // Catching up after a reconnect: the missed changes as the projector got them live.
    const resumed = await ipcMain.invokeFrom(projectorFrame, channelFor('resumeSession'), { sessionRunId: 'run', revision: 2 });
    expect(resumed).toEqual({
      kind: 'patches',
      events: [{ kind: 'patch', revision: 3, patches: [{ op: 'replace', path: ['setup', 'venue'], value: 'Room B' }], canUndo: true, canRedo: false, undoDepth: 1 }],
      notices: [],
      saveState: { status: 'failed', lastSavedAt: null, error: null },
    });
  });

  it('sends the projector window a change of the facilitator’s notes as an empty step, and the console all of it', () => {
    const { host, emit } = recordingHost();
    registerIpcHandlers(host, pages);
    const console_ = new BrowserWindow();
    console_.webContents.commitNavigation(appPageUrl);
    const projector = new BrowserWindow();
    projector.webContents.commitNavigation(projectorPageUrl);
    const event: SessionEvent = { kind: 'patch', revision: 3, patches: [{ op: 'replace', path: ['facilitatorNotes', 'pulse'], value: 'private' }], canUndo: true, canRedo: false, undoDepth: 1 };
    emit(event);
    expect(console_.webContents.sent).toEqual([{ channel: SESSION_EVENT_CHANNEL, args: [event] }]);
    expect(projector.webContents.sent).toEqual([{ channel: SESSION_EVENT_CHANNEL, args: [{ ...event, patches: [] }] }]);
  });

  it.each([
    ['a foreign origin', new FakeWebFrameMain('https://evil.example/')],
    ['another local file', new FakeWebFrameMain('file:///tmp/evil.html')],
    ['a bundled asset that is not the page', new FakeWebFrameMain(appAssetUrl)],
    ['a subframe showing the app page', new FakeWebFrameMain(appPageUrl, new FakeWebFrameMain('https://evil.example/'))],
    ['a subframe of the app page', new FakeWebFrameMain(appPageUrl, new FakeWebFrameMain(appPageUrl))],
    ['a frame that is already gone', null],
    ['the hidden charter print page (it has no preload; were it ever to ask)', new FakeWebFrameMain(charterPrintPageUrl)],
  ])('refuses a call from %s and never reaches the host', async (_name, frame) => {
    const { host, calls } = recordingHost();
    registerIpcHandlers(host, pages);
    for (const method of REQUEST_METHODS) {
      await expect(ipcMain.invokeFrom(frame, channelFor(method), 'x')).rejects.toThrow(/untrusted frame/);
    }
    expect(calls).toEqual([]);
  });

  it('broadcasts session events to every app window and to nothing else', () => {
    const { host, emit } = recordingHost();
    registerIpcHandlers(host, pages);
    const console_ = new BrowserWindow();
    console_.webContents.commitNavigation(appPageUrl);
    const projector = new BrowserWindow();
    projector.webContents.commitNavigation(projectorPageUrl);
    const foreign = new BrowserWindow();
    foreign.webContents.commitNavigation('https://evil.example/');
    const closed = new BrowserWindow();
    closed.webContents.commitNavigation(appPageUrl);
    closed.close();
    const printing = new BrowserWindow();
    printing.webContents.commitNavigation(charterPrintPageUrl);

    const event: SessionEvent = { kind: 'notices', notices: [] };
    emit(event);

    expect(console_.webContents.sent).toEqual([{ channel: SESSION_EVENT_CHANNEL, args: [event] }]);
    expect(projector.webContents.sent).toEqual([{ channel: SESSION_EVENT_CHANNEL, args: [event] }]);
    expect(foreign.webContents.sent).toEqual([]);
    expect(closed.webContents.sent).toEqual([]);
    expect(printing.webContents.sent).toEqual([]);
  });

  it('hands a method to the shell’s own handler, after the same sender check, with the asking contents', async () => {
    const { host, calls } = recordingHost();
    const handled: Array<{ args: unknown[]; sender: unknown }> = [];
    registerIpcHandlers(host, pages, {
      exportCharter: async (args, sender) => {
        handled.push({ args, sender });
        return { savedBy: 'shell' };
      },
    });
    expect(await ipcMain.invokeFrom(appFrame(), channelFor('exportCharter'), { workshopId: 'w' })).toEqual({ savedBy: 'shell' });
    expect(handled).toEqual([{ args: [{ workshopId: 'w' }], sender: null }]);
    await expect(ipcMain.invokeFrom(new FakeWebFrameMain('https://evil.example/'), channelFor('exportCharter'), {})).rejects.toThrow(/untrusted frame/);
    expect(handled).toHaveLength(1);
    await ipcMain.invokeFrom(appFrame(), channelFor('verifyCharter'), 'a.pdf', 'JVBERi0=');
    expect(calls.map((c) => c.method)).toEqual(['verifyCharter']);
  });

  it('can be undone: handlers removed, session events no longer followed', () => {
    const { host, listeners } = recordingHost();
    const dispose = registerIpcHandlers(host, pages);
    expect(listeners.size).toBe(1);
    dispose();
    expect(ipcMain.handlers.size).toBe(0);
    expect(listeners.size).toBe(0);
  });
});
