import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  channelFor,
  MENU_ACTION_CHANNEL,
  REQUEST_METHODS,
  SESSION_EVENT_CHANNEL,
  type AccordApi,
  type AccordRequestMethod,
  type SessionEvent,
} from '../../src/shared/accordApi';
import { contextBridge, ipcRenderer } from '../fakes/electron';

/** Arguments a renderer might pass to each method; the preload must forward exactly these. */
const sampleArgs = {
  listWorkshops: [],
  createWorkshop: [{ title: 'Kick-off', templateId: 'b2b-considered' }],
  renameWorkshop: ['w-1', 'New title'],
  duplicateWorkshop: ['w-1'],
  deleteWorkshop: ['w-1'],
  importWorkshop: ['a.accord.json', '{"schemaVersion":1}'],
  exportWorkshop: ['w-1'],
  createCheckIn: ['w-1'],
  openWorkshop: ['w-1'],
  closeWorkshop: [],
  getSession: [],
  resumeSession: [{ sessionRunId: 'run-1', revision: 7 }],
  dispatch: [{ type: 'advancePhase' }],
  undo: [],
  redo: [],
  dismissNotice: ['n-1'],
  getCharterFingerprint: [],
  exportCharter: [{ workshopId: 'w1', version: null, paperSize: 'a4' }],
  exportWorkshopAs: [{ workshopId: 'w1', format: 'actions-csv' }],
  verifyCharter: ['charter.pdf', 'JVBERi0='],
} satisfies Record<AccordRequestMethod, unknown[]>;

let api: AccordApi;

beforeAll(async () => {
  await import('../../electron/preload/index');
  expect([...contextBridge.exposed.keys()]).toEqual(['accord']);
  api = contextBridge.exposed.get('accord') as AccordApi;
});

describe('the preload', () => {
  beforeEach(() => {
    ipcRenderer.invocations.length = 0;
  });

  it('exposes one function per contract member and nothing else', () => {
    const expected = [...REQUEST_METHODS, 'onDidChangeSession', 'onDidRequestMenuAction'].sort();
    expect(Object.keys(api).sort()).toEqual(expected);
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('exposes no generic messaging', () => {
    for (const generic of ['invoke', 'send', 'sendSync', 'on', 'once', 'removeListener', 'ipcRenderer', 'postMessage']) {
      expect(api).not.toHaveProperty(generic);
    }
  });

  it.each(REQUEST_METHODS)('%s invokes its own channel with the caller’s arguments', (method) => {
    const args = sampleArgs[method];
    (api[method] as (...a: unknown[]) => unknown)(...args);
    expect(ipcRenderer.invocations).toEqual([{ channel: channelFor(method), args }]);
  });

  it('drops arguments a method does not declare', () => {
    (api.listWorkshops as (...a: unknown[]) => unknown)('smuggled');
    (api.undo as (...a: unknown[]) => unknown)({ evil: true });
    expect(ipcRenderer.invocations.map((i) => i.args)).toEqual([[], []]);
  });

  it('delivers session events as the payload only, never the IPC event', () => {
    const received: unknown[][] = [];
    const unsubscribe = api.onDidChangeSession((...args) => received.push(args));
    const event: SessionEvent = { kind: 'notices', notices: [] };
    ipcRenderer.receive(SESSION_EVENT_CHANNEL, event);
    unsubscribe();
    expect(received).toEqual([[event]]);
  });

  it('unsubscribes exactly the listener it subscribed', () => {
    const first: string[] = [];
    const second: string[] = [];
    const before = ipcRenderer.listenerCount(MENU_ACTION_CHANNEL);
    const stopFirst = api.onDidRequestMenuAction((action) => first.push(action));
    const stopSecond = api.onDidRequestMenuAction((action) => second.push(action));
    ipcRenderer.receive(MENU_ACTION_CHANNEL, 'undo');

    stopFirst();
    expect(ipcRenderer.listenerCount(MENU_ACTION_CHANNEL)).toBe(before + 1);
    ipcRenderer.receive(MENU_ACTION_CHANNEL, 'redo');
    stopFirst(); // a second call removes nothing else
    ipcRenderer.receive(MENU_ACTION_CHANNEL, 'saveCopy');
    stopSecond();

    expect(first).toEqual(['undo']);
    expect(second).toEqual(['undo', 'redo', 'saveCopy']);
    expect(ipcRenderer.listenerCount(MENU_ACTION_CHANNEL)).toBe(before);
  });

  it('keeps session and menu subscriptions on their own channels', () => {
    const sessions: unknown[] = [];
    const actions: unknown[] = [];
    const stopSessions = api.onDidChangeSession((e) => sessions.push(e));
    const stopActions = api.onDidRequestMenuAction((a) => actions.push(a));
    ipcRenderer.receive(MENU_ACTION_CHANNEL, 'newWorkshop');
    stopSessions();
    stopActions();
    expect(sessions).toEqual([]);
    expect(actions).toEqual(['newWorkshop']);
  });
});
