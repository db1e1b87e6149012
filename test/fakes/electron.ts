/**
 * A stand-in for the `electron` module in Node tests (vitest aliases `electron` to this file;
 * the real module would try to download the Electron binary). It records what the code under
 * test asks of Electron and lets a test play Electron's part (emit events, call the handlers
 * that were registered). It returns no canned answers a test could then "verify": constructors
 * keep their options, handlers are stored as given, events carry a real preventDefault flag.
 */
import { EventEmitter } from 'node:events';

// ---------------------------------------------------------------------------------------------
// Events

/** Mirrors Electron's event objects: preventDefault is recorded, nothing else happens. */
export class FakeEvent<Params extends object = object> {
  defaultPrevented = false;
  constructor(params?: Params) {
    Object.assign(this, params);
  }
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export function fakeEvent<Params extends object>(params: Params): FakeEvent<Params> & Params {
  return new FakeEvent(params) as FakeEvent<Params> & Params;
}

// ---------------------------------------------------------------------------------------------
// app

class FakeApp extends EventEmitter {
  isPackaged = false;
  singleInstanceLock = true;
  readonly calls = { quit: 0, exit: [] as number[], requestSingleInstanceLock: 0 };
  /** Set once a quit got past every before-quit listener, as Electron would then close the app. */
  quitCompleted = false;
  aboutPanelOptions: unknown = null;
  sandboxEnabled = false;
  private ready = false;
  private readonly readyWaiters: Array<() => void> = [];

  getPath(name: string): string {
    return `/fake-electron/${name}`;
  }
  getVersion(): string {
    return '0.0.0-fake';
  }
  requestSingleInstanceLock(): boolean {
    this.calls.requestSingleInstanceLock += 1;
    return this.singleInstanceLock;
  }
  isReady(): boolean {
    return this.ready;
  }
  whenReady(): Promise<void> {
    if (this.ready) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }
  /** Test side: fire 'ready' the way Electron does once it has started. */
  emitReady(): void {
    this.ready = true;
    this.emit('ready');
    for (const resolve of this.readyWaiters.splice(0)) resolve();
  }
  /** Like Electron: emits 'before-quit'; the quit goes ahead only if no listener prevented it. */
  quit(): void {
    this.calls.quit += 1;
    const event = new FakeEvent();
    this.emit('before-quit', event);
    if (!event.defaultPrevented) this.quitCompleted = true;
  }
  /** Electron only allows this before 'ready'. */
  enableSandbox(): void {
    if (this.ready) throw new Error('app.enableSandbox() can only be called before app is ready');
    this.sandboxEnabled = true;
  }
  exit(code = 0): void {
    this.calls.exit.push(code);
  }
  setAboutPanelOptions(options: unknown): void {
    this.aboutPanelOptions = options;
  }
  /** The OS's recent documents, most recent last. */
  readonly recentDocuments: string[] = [];
  addRecentDocument(path: string): void {
    this.recentDocuments.push(path);
  }
  clearRecentDocuments(): void {
    this.recentDocuments.length = 0;
  }
  /** The last jump list set (Windows), or null. */
  jumpList: unknown[] | null = null;
  setJumpList(categories: unknown[] | null): string {
    this.jumpList = categories;
    return 'ok';
  }
}

// ---------------------------------------------------------------------------------------------
// Web contents, frames, windows

export class FakeWebFrameMain {
  constructor(
    public url: string,
    public parent: FakeWebFrameMain | null = null,
  ) {}
  get top(): FakeWebFrameMain {
    return this.parent ? this.parent.top : this;
  }
}

export class FakeWebContents extends EventEmitter {
  private static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  readonly sent: Array<{ channel: string; args: unknown[] }> = [];
  windowOpenHandler: ((details: { url: string; frameName: string; features: string; disposition: string }) => unknown) | null = null;
  url = '';
  destroyed = false;
  readonly mainFrame = new FakeWebFrameMain('');

  /** Scripts run in the page, in order. */
  readonly executedScripts: string[] = [];
  /** The test plays the page: what each script evaluates to (Electron rejects when the page throws). Unset, the page runs nothing. */
  runScript: ((code: string) => Promise<unknown>) | null = null;
  /** printToPDF's options, one per call. */
  readonly printRequests: Array<Record<string, unknown>> = [];
  /** The test plays Chromium's printer. Unset, printing fails. */
  print: ((options: Record<string, unknown>) => Promise<Buffer>) | null = null;

  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.sent.push({ channel, args });
  }
  executeJavaScript(code: string): Promise<unknown> {
    if (this.destroyed) return Promise.reject(new Error('Object has been destroyed'));
    this.executedScripts.push(code);
    return this.runScript ? this.runScript(code) : Promise.reject(new Error('Script failed to execute: the fake page runs no scripts'));
  }
  printToPDF(options: Record<string, unknown>): Promise<Buffer> {
    if (this.destroyed) return Promise.reject(new Error('Object has been destroyed'));
    this.printRequests.push(options);
    return this.print ? this.print(options) : Promise.reject(new Error('Failed to generate PDF: the fake has no printer'));
  }
  setWindowOpenHandler(handler: NonNullable<FakeWebContents['windowOpenHandler']>): void {
    this.windowOpenHandler = handler;
  }
  getURL(): string {
    return this.url;
  }
  reloads = 0;
  reload(): void {
    this.reloads += 1;
  }
  /** Test side: the page's process died, as Electron reports it. */
  crash(reason = 'crashed', exitCode = 139): void {
    this.emit('render-process-gone', new FakeEvent(), { reason, exitCode });
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** Test side: what Electron does when the page has committed `url`. */
  commitNavigation(url: string): void {
    this.url = url;
    this.mainFrame.url = url;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static readonly instances: FakeBrowserWindow[] = [];
  static focused: FakeBrowserWindow | null = null;

  readonly webContents = new FakeWebContents();
  readonly loadedURLs: string[] = [];
  readonly calls: string[] = [];
  bounds: { x: number; y: number; width: number; height: number };
  fullScreen = false;
  destroyed = false;
  visible = false;

  constructor(readonly options: Record<string, unknown> = {}) {
    super();
    this.bounds = {
      x: typeof options.x === 'number' ? options.x : 0,
      y: typeof options.y === 'number' ? options.y : 0,
      width: typeof options.width === 'number' ? options.width : 800,
      height: typeof options.height === 'number' ? options.height : 600,
    };
    FakeBrowserWindow.instances.push(this);
  }

  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.instances.filter((window) => !window.destroyed);
  }
  static getFocusedWindow(): FakeBrowserWindow | null {
    return FakeBrowserWindow.focused;
  }
  static fromWebContents(contents: FakeWebContents | null): FakeBrowserWindow | null {
    return FakeBrowserWindow.instances.find((window) => window.webContents === contents) ?? null;
  }

  /** Like Electron, the page is committed once loading resolves. */
  loadURL(url: string): Promise<void> {
    this.loadedURLs.push(url);
    this.webContents.commitNavigation(url);
    return Promise.resolve();
  }
  loadFile(path: string): Promise<void> {
    this.loadedURLs.push(`loadFile:${path}`);
    return Promise.resolve();
  }
  getBounds() {
    return { ...this.bounds };
  }
  setBounds(bounds: { x: number; y: number; width: number; height: number }): void {
    this.calls.push('setBounds');
    this.bounds = { ...bounds };
  }
  /** Like Electron on Windows and Linux, the change is reported at once (macOS reports it after its animation). */
  setFullScreen(flag: boolean): void {
    this.calls.push(`setFullScreen(${flag})`);
    const changed = this.fullScreen !== flag;
    this.fullScreen = flag;
    if (changed) this.emit(flag ? 'enter-full-screen' : 'leave-full-screen');
  }
  isFullScreen(): boolean {
    return this.fullScreen;
  }
  show(): void {
    this.calls.push('show');
    this.visible = true;
  }
  showInactive(): void {
    this.calls.push('showInactive');
    this.visible = true;
  }
  focus(): void {
    this.calls.push('focus');
    FakeBrowserWindow.focused = this;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {
    this.calls.push('restore');
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** Like Electron: gone at once, without 'close' (which could be prevented); 'closed' fires. */
  destroy(): void {
    if (this.destroyed) return;
    this.calls.push('destroy');
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
  /** Like Electron: 'close', then the window is gone and 'closed' fires. */
  close(): void {
    if (this.destroyed) return;
    this.calls.push('close');
    const event = new FakeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
}

// ---------------------------------------------------------------------------------------------
// IPC

class FakeIpcMain extends EventEmitter {
  readonly handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();

  /** Like Electron, a second handler for the same channel is an error. */
  handle(channel: string, handler: (event: unknown, ...args: unknown[]) => unknown): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /** Test side: a renderer frame invoking `channel`, as `ipcRenderer.invoke` would. */
  async invokeFrom(frame: FakeWebFrameMain | null, channel: string, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    const event = { senderFrame: frame, sender: null, frameId: 0, processId: 0, type: 'frame' };
    return handler(event, ...args);
  }
}

class FakeIpcRenderer extends EventEmitter {
  readonly invocations: Array<{ channel: string; args: unknown[] }> = [];

  /** Records the call; the promise stays pending because no main process answers here. */
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invocations.push({ channel, args });
    return new Promise(() => {});
  }
  /** Test side: a message pushed by the main process via `webContents.send`. */
  receive(channel: string, ...args: unknown[]): void {
    this.emit(channel, { sender: this, senderId: 0, ports: [] }, ...args);
  }
}

class FakeContextBridge {
  readonly exposed = new Map<string, unknown>();
  exposeInMainWorld(key: string, api: unknown): void {
    if (this.exposed.has(key)) throw new Error(`Cannot bind an API on top of an existing property on the window object: ${key}`);
    this.exposed.set(key, api);
  }
}

// ---------------------------------------------------------------------------------------------
// session

type Listener = (details: Record<string, unknown>, callback: (response: Record<string, unknown>) => void) => void;

class FakeWebRequest {
  onBeforeRequestListener: Listener | null = null;
  onHeadersReceivedListener: Listener | null = null;
  onBeforeRequest(listener: Listener): void {
    this.onBeforeRequestListener = listener;
  }
  onHeadersReceived(listener: Listener): void {
    this.onHeadersReceivedListener = listener;
  }
}

export class FakeSession {
  permissionRequestHandler: ((...args: any[]) => void) | null = null;
  permissionCheckHandler: ((...args: any[]) => boolean) | null = null;
  devicePermissionHandler: ((...args: any[]) => boolean) | null = null;
  readonly webRequest = new FakeWebRequest();

  setPermissionRequestHandler(handler: FakeSession['permissionRequestHandler']): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: FakeSession['permissionCheckHandler']): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: FakeSession['devicePermissionHandler']): void {
    this.devicePermissionHandler = handler;
  }
  spellCheckerEnabled = true;
  spellCheckerLanguages: string[] = ['en-US'];
  setSpellCheckerEnabled(enabled: boolean): void {
    this.spellCheckerEnabled = enabled;
  }
  setSpellCheckerLanguages(languages: string[]): void {
    this.spellCheckerLanguages = [...languages];
  }
}

// ---------------------------------------------------------------------------------------------
// Menu, screen, shell, dialog

export type FakeMenuItem = Record<string, unknown> & { submenu?: FakeMenuItem[] };

export class FakeMenu {
  constructor(readonly template: FakeMenuItem[]) {}
  getMenuItemById(id: string): FakeMenuItem | null {
    const search = (items: FakeMenuItem[]): FakeMenuItem | null => {
      for (const item of items) {
        if (item.id === id) return item;
        const found = item.submenu ? search(item.submenu) : null;
        if (found) return found;
      }
      return null;
    };
    return search(this.template);
  }
}

const menuState = { applicationMenu: null as FakeMenu | null, built: [] as FakeMenu[] };

export const Menu = {
  buildFromTemplate(template: FakeMenuItem[]): FakeMenu {
    const menu = new FakeMenu(template);
    menuState.built.push(menu);
    return menu;
  },
  setApplicationMenu(menu: FakeMenu | null): void {
    menuState.applicationMenu = menu;
  },
  getApplicationMenu(): FakeMenu | null {
    return menuState.applicationMenu;
  },
};

export interface FakeDisplay {
  id: number;
  internal: boolean;
  bounds: { x: number; y: number; width: number; height: number };
  workArea: { x: number; y: number; width: number; height: number };
}

export function aDisplay(id: number, x: number, size = { width: 1920, height: 1080 }, internal = false): FakeDisplay {
  const bounds = { x, y: 0, ...size };
  return { id, internal, bounds, workArea: { ...bounds, y: 25, height: size.height - 25 } };
}

class FakeScreen extends EventEmitter {
  displays: FakeDisplay[] = [aDisplay(1, 0, { width: 1440, height: 900 }, true)];
  getAllDisplays(): FakeDisplay[] {
    return [...this.displays];
  }
  getPrimaryDisplay(): FakeDisplay {
    const primary = this.displays[0];
    if (!primary) throw new Error('the fake screen has no displays');
    return primary;
  }
  /** The display containing the rectangle's centre, else the primary (Electron picks the closest). */
  getDisplayMatching(rect: { x: number; y: number; width: number; height: number }): FakeDisplay {
    const cx = rect.x + rect.width / 2;
    const cy = rect.y + rect.height / 2;
    const inside = this.displays.find(({ bounds: b }) => cx >= b.x && cx < b.x + b.width && cy >= b.y && cy < b.y + b.height);
    return inside ?? this.getPrimaryDisplay();
  }
}

class FakeShell {
  readonly openedExternally: string[] = [];
  readonly shownInFolder: string[] = [];
  openExternal(url: string): Promise<void> {
    this.openedExternally.push(url);
    return Promise.resolve();
  }
  showItemInFolder(path: string): void {
    this.shownInFolder.push(path);
  }
  readonly openedPaths: string[] = [];
  /** What openPath answers: '' (opened) or the OS's error message (a test sets it). */
  openPathAnswer = '';
  openPath(path: string): Promise<string> {
    this.openedPaths.push(path);
    return Promise.resolve(this.openPathAnswer);
  }
}

class FakeDialog {
  readonly errorBoxes: Array<{ title: string; content: string }> = [];
  readonly messageBoxes: Array<Record<string, unknown>> = [];
  /** The button index the next message boxes answer with (a test sets it). */
  answer = 0;
  /** Answers used one per message box, before `answer` (a test that expects a sequence of boxes sets them). */
  readonly answers: number[] = [];
  showErrorBox(title: string, content: string): void {
    this.errorBoxes.push({ title, content });
  }
  showMessageBoxSync(options: Record<string, unknown>): number {
    this.messageBoxes.push(options);
    return this.answers.shift() ?? this.answer;
  }
  /** Asynchronous message boxes, with the window they were attached to; answered like the sync ones. */
  readonly asyncMessageBoxes: Array<{ window: FakeBrowserWindow | null; options: Record<string, unknown> }> = [];
  showMessageBox(windowOrOptions: FakeBrowserWindow | Record<string, unknown>, maybeOptions?: Record<string, unknown>): Promise<{ response: number; checkboxChecked: boolean }> {
    const [window, options] = windowOrOptions instanceof FakeBrowserWindow ? [windowOrOptions, maybeOptions ?? {}] : [null, windowOrOptions];
    this.asyncMessageBoxes.push({ window, options });
    return Promise.resolve({ response: this.answers.shift() ?? this.answer, checkboxChecked: false });
  }
  /** Open dialogs asked for, with the window they were attached to (null: none). */
  readonly openDialogs: Array<{ window: FakeBrowserWindow | null; options: Record<string, unknown> }> = [];
  /** What the facilitator picks in the next open dialog (a test sets it); by default they cancel. */
  openDialogAnswer: { canceled: boolean; filePaths: string[] } = { canceled: true, filePaths: [] };
  showOpenDialog(windowOrOptions: FakeBrowserWindow | Record<string, unknown>, maybeOptions?: Record<string, unknown>): Promise<{ canceled: boolean; filePaths: string[] }> {
    const [window, options] = windowOrOptions instanceof FakeBrowserWindow ? [windowOrOptions, maybeOptions ?? {}] : [null, windowOrOptions];
    this.openDialogs.push({ window, options });
    return Promise.resolve(this.openDialogAnswer);
  }
  /** Save dialogs asked for, with the window they were attached to (null: none). */
  readonly saveDialogs: Array<{ window: FakeBrowserWindow | null; options: Record<string, unknown> }> = [];
  /** What the facilitator does in the next save dialog (a test sets it); by default they cancel. */
  saveDialogAnswer: { canceled: boolean; filePath?: string } = { canceled: true, filePath: '' };
  showSaveDialog(windowOrOptions: FakeBrowserWindow | Record<string, unknown>, maybeOptions?: Record<string, unknown>): Promise<{ canceled: boolean; filePath?: string }> {
    const [window, options] = windowOrOptions instanceof FakeBrowserWindow ? [windowOrOptions, maybeOptions ?? {}] : [null, windowOrOptions];
    this.saveDialogs.push({ window, options });
    return Promise.resolve(this.saveDialogAnswer);
  }
}

// ---------------------------------------------------------------------------------------------
// protocol

class FakeProtocol {
  readonly privilegedSchemes: Array<{ scheme: string; privileges?: Record<string, boolean> }> = [];
  readonly handlers = new Map<string, (request: Request) => Promise<Response> | Response>();
  /** Like Electron: only before 'ready', and only once. */
  registerSchemesAsPrivileged(schemes: Array<{ scheme: string; privileges?: Record<string, boolean> }>): void {
    if (app.isReady()) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    this.privilegedSchemes.push(...schemes);
  }
  /** Like Electron, a second handler for the same scheme is an error. */
  handle(scheme: string, handler: (request: Request) => Promise<Response> | Response): void {
    if (this.handlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
    this.handlers.set(scheme, handler);
  }
  /** Test side: Chromium asking for `url` of a registered scheme. */
  async fetch(url: string, init?: RequestInit): Promise<Response> {
    const handler = this.handlers.get(new URL(url).protocol.slice(0, -1));
    if (!handler) throw new Error(`net::ERR_UNKNOWN_URL_SCHEME (${url})`);
    return handler(new Request(url, init));
  }
}

// ---------------------------------------------------------------------------------------------
// The module surface, and a reset for tests that share a module instance

export let app = new FakeApp();
export let ipcMain = new FakeIpcMain();
export let ipcRenderer = new FakeIpcRenderer();
export let contextBridge = new FakeContextBridge();
export let session = { defaultSession: new FakeSession() };
export let screen = new FakeScreen();
export let shell = new FakeShell();
export let dialog = new FakeDialog();
export let protocol = new FakeProtocol();
export const BrowserWindow = FakeBrowserWindow;

export const fakeMenuState = menuState;

/** Fresh fakes for the next test; modules that imported `electron` see them (live bindings). */
export function resetFakeElectron(): void {
  app = new FakeApp();
  ipcMain = new FakeIpcMain();
  ipcRenderer = new FakeIpcRenderer();
  contextBridge = new FakeContextBridge();
  session = { defaultSession: new FakeSession() };
  screen = new FakeScreen();
  shell = new FakeShell();
  dialog = new FakeDialog();
  protocol = new FakeProtocol();
  FakeBrowserWindow.instances.length = 0;
  FakeBrowserWindow.focused = null;
  menuState.applicationMenu = null;
  menuState.built.length = 0;
}

/** `import electron from 'electron'` sees the current fakes too. */
export default {
  get app() { return app; },
  get ipcMain() { return ipcMain; },
  get ipcRenderer() { return ipcRenderer; },
  get contextBridge() { return contextBridge; },
  get session() { return session; },
  get screen() { return screen; },
  get shell() { return shell; },
  get dialog() { return dialog; },
  get protocol() { return protocol; },
  BrowserWindow,
  Menu,
};
