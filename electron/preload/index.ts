/**
 * The sandboxed preload: exposes `window.accord`, one explicit method per message of the
 * contract and nothing else (no generic invoke/send), closed with `satisfies AccordApi` so a
 * method added to the contract breaks this file until it is wired. Bundled to CommonJS.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  channelFor,
  MENU_ACTION_CHANNEL,
  SESSION_EVENT_CHANNEL,
  type AccordApi,
  type MenuAction,
  type SessionEvent,
} from '../../src/shared/accordApi';

/** Subscribes to one push channel; the listener never sees the IPC event (it would leak ipcRenderer). */
function subscribe<T>(channel: string, listener: (payload: T) => void): () => void {
  const wrapper = (_event: IpcRendererEvent, payload: T) => listener(payload);
  ipcRenderer.on(channel, wrapper);
  return () => {
    ipcRenderer.removeListener(channel, wrapper);
  };
}

const api = {
  listWorkshops: () => ipcRenderer.invoke(channelFor('listWorkshops')),
  createWorkshop: (request) => ipcRenderer.invoke(channelFor('createWorkshop'), request),
  renameWorkshop: (id, title) => ipcRenderer.invoke(channelFor('renameWorkshop'), id, title),
  duplicateWorkshop: (id) => ipcRenderer.invoke(channelFor('duplicateWorkshop'), id),
  deleteWorkshop: (id) => ipcRenderer.invoke(channelFor('deleteWorkshop'), id),
  importWorkshop: (fileName, text) => ipcRenderer.invoke(channelFor('importWorkshop'), fileName, text),
  exportWorkshop: (id) => ipcRenderer.invoke(channelFor('exportWorkshop'), id),
  createCheckIn: (workshopId) => ipcRenderer.invoke(channelFor('createCheckIn'), workshopId),

  openWorkshop: (id) => ipcRenderer.invoke(channelFor('openWorkshop'), id),
  closeWorkshop: () => ipcRenderer.invoke(channelFor('closeWorkshop')),
  getSession: () => ipcRenderer.invoke(channelFor('getSession')),
  resumeSession: (since) => ipcRenderer.invoke(channelFor('resumeSession'), since),
  dispatch: (command) => ipcRenderer.invoke(channelFor('dispatch'), command),
  undo: () => ipcRenderer.invoke(channelFor('undo')),
  redo: () => ipcRenderer.invoke(channelFor('redo')),
  dismissNotice: (id) => ipcRenderer.invoke(channelFor('dismissNotice'), id),
  getCharterFingerprint: () => ipcRenderer.invoke(channelFor('getCharterFingerprint')),
  exportCharter: (request) => ipcRenderer.invoke(channelFor('exportCharter'), request),
  exportWorkshopAs: (request) => ipcRenderer.invoke(channelFor('exportWorkshopAs'), request),
  verifyCharter: (fileName, pdfBase64) => ipcRenderer.invoke(channelFor('verifyCharter'), fileName, pdfBase64),

  onDidChangeSession: (listener) => subscribe<SessionEvent>(SESSION_EVENT_CHANNEL, listener),
  onDidRequestMenuAction: (listener) => subscribe<MenuAction>(MENU_ACTION_CHANNEL, listener),
} satisfies AccordApi;

contextBridge.exposeInMainWorld('accord', api);
