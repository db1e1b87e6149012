/** Wiring of the shell entry point, with Electron, the host and window-state replaced by recorders. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { channelFor, MENU_ACTION_CHANNEL, REQUEST_METHODS } from '../../src/shared/accordApi';
import { app, BrowserWindow, dialog, fakeEvent, fakeMenuState, FakeWebFrameMain, ipcMain, protocol, screen, session, shell, aDisplay } from '../fakes/electron';

const host = vi.hoisted(() => ({
  options: [] as unknown[],
  calls: [] as Array<{ method: string; args: unknown[] }>,
  flushes: 0,
}));
vi.mock('../../electron/host/accordHost', () => ({
  createAccordHost: async (options: unknown) => {
    host.options.push(options);
    const sessionListeners: Array<(event: unknown) => void> = [];
    return {
      call: async (method: string, args: unknown[]) => {
        host.calls.push({ method, args });
        if (method === 'importWorkshop') return { ok: true, summary: { id: `imported-${String(args[0]).replace(/\W+/g, '-')}` } };
        // The host broadcasts the session it opened, as the real one does.
        if (method === 'openWorkshop') for (const listener of sessionListeners) listener({ kind: 'snapshot', snapshot: { workshop: { id: args[0] } } });
        return method === 'exportCharter' ? { ok: true, fileName: 'Kestrel charter v1.pdf', fingerprint: 'f', pdfBase64: 'JVBERi0=' } : undefined;
      },
      onDidChangeSession: (listener: (event: unknown) => void) => {
        sessionListeners.push(listener);
        return () => undefined;
      },
      flush: async () => {},
      close: async () => {
        host.flushes += 1;
      },
    };
  },
}));
vi.mock('electron-window-state', () => ({
  default: () => ({ x: 10, y: 10, width: 1300, height: 800, manage: () => {} }),
}));

const consoleWindow = () => BrowserWindow.instances[0];
/** Waits for the shell's async start-up or shutdown to reach a state; the bound is generous because a busy machine can take seconds to load a module. */
const until = (condition: () => boolean) => vi.waitFor(() => expect(condition()).toBe(true), { timeout: 15_000, interval: 5 });

const signalHandlers = new Map<string, () => void>();
/** Workshop files double-clicked in the OS, and what the host was asked while Accord started. */
const files = { dir: '', startupCalls: [] as Array<{ method: string; args: unknown[] }> };
const opened = () => host.calls.filter((c) => c.method === 'openWorkshop').map((c) => String(c.args[0]));

beforeAll(async () => {
  // Keep the shell's SIGINT/SIGTERM handlers off the test worker process, but record them.
  const realOn = process.on.bind(process);
  const spy = vi.spyOn(process, 'on').mockImplementation(((event: string, listener: () => void) => {
    if (event === 'SIGINT' || event === 'SIGTERM') signalHandlers.set(event, listener);
    else realOn(event, listener);
    return process;
  }) as typeof process.on);
  screen.displays = [aDisplay(1, 0, { width: 1440, height: 900 }, true), aDisplay(2, 1440)];
  // As if `npm start` ran in a shell that still had a dev server's URL: not development, so ignored.
  vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
  vi.stubEnv('NODE_ENV_ELECTRON_VITE', undefined);
  // Accord started by double-clicking a workshop file: on Windows/Linux it is an argument…
  files.dir = await mkdtemp(join(tmpdir(), 'accord-open-'));
  for (const name of ['From argv.accord.json', 'From Finder.accord.json', 'From second launch.accord.json']) await writeFile(join(files.dir, name), `{"name":"${name}"}`);
  const argv = process.argv;
  process.argv = [argv[0] ?? 'electron', join(files.dir, 'From argv.accord.json')];
  try {
    await import('../../electron/main/index');
  } finally {
    process.argv = argv;
  }
  vi.unstubAllEnvs();
  // …on macOS an 'open-file' event, which can come before 'ready'.
  const openFile = fakeEvent({});
  app.emit('open-file', openFile, join(files.dir, 'From Finder.accord.json'));
  expect(openFile.defaultPrevented).toBe(true);
  expect(BrowserWindow.instances).toHaveLength(0); // nothing before 'ready'
  app.emitReady();
  await until(() => BrowserWindow.instances.length === 1);
  await until(() => opened().length === 2);
  files.startupCalls = host.calls.splice(0);
  spy.mockRestore();
});

afterEach(() => {
  host.calls.length = 0;
});

afterAll(async () => {
  await rm(files.dir, { recursive: true, force: true });
});

describe('the shell entry point', () => {
  it('sandboxes every renderer, takes the single-instance lock and keeps workshops under userData', () => {
    expect(app.sandboxEnabled).toBe(true);
    expect(app.calls.requestSingleInstanceLock).toBe(1);
    expect([...signalHandlers.keys()].sort()).toEqual(['SIGINT', 'SIGTERM']);
    expect(host.options).toEqual([{ dataDir: expect.stringMatching(/^\/fake-electron\/userData[\\/]workshops-data$/), printCharter: expect.any(Function) }]);
  });

  it('opens the console on the built renderer page with the CommonJS preload, never on a dev server outside development', () => {
    const window = consoleWindow();
    expect(window?.loadedURLs[0]).toBe('app://accord/index.html');
    // The scheme was made standard and secure before 'ready' (the fake throws otherwise), and is served.
    expect(protocol.privilegedSchemes.map((s) => s.scheme)).toEqual(['app']);
    expect(protocol.handlers.has('app')).toBe(true);
    expect(String((window?.options.webPreferences as { preload: string }).preload)).toMatch(/[\\/]preload[\\/]index\.cjs$/);
  });

  it('hardens the default session and registers every request handler', async () => {
    expect(session.defaultSession.permissionRequestHandler).not.toBeNull();
    expect(session.defaultSession.webRequest.onHeadersReceivedListener).not.toBeNull();
    expect(ipcMain.handlers.size).toBe(REQUEST_METHODS.length);
    const page = consoleWindow()?.loadedURLs[0] ?? '';
    await ipcMain.invokeFrom(new FakeWebFrameMain(page), channelFor('listWorkshops'));
    expect(host.calls).toEqual([{ method: 'listWorkshops', args: [] }]);
  });

  it('exports the charter through a save dialog that opens in Documents', async () => {
    const page = consoleWindow()?.loadedURLs[0] ?? '';
    const answer = await ipcMain.invokeFrom(new FakeWebFrameMain(page), channelFor('exportCharter'), { workshopId: 'w', version: null, paperSize: 'a4' });
    expect(host.calls).toEqual([{ method: 'exportCharter', args: [{ workshopId: 'w', version: null, paperSize: 'a4' }] }]);
    expect(dialog.saveDialogs.map((d) => d.options.defaultPath)).toEqual([join('/fake-electron/documents', 'Kestrel charter v1.pdf')]);
    expect(answer).toEqual({ ok: false, canceled: true, message: 'The charter was not saved.' });
  });

  it('sends menu commands to the console and toggles the projector from the menu', () => {
    const menu = fakeMenuState.applicationMenu;
    const find = (label: string) =>
      menu?.template.flatMap((top) => top.submenu ?? []).find((item) => item.label === label) as { click: () => void };
    find('New workshop').click();
    expect(consoleWindow()?.webContents.sent).toContainEqual({ channel: MENU_ACTION_CHANNEL, args: ['newWorkshop'] });

    find('Projector window').click();
    const projector = BrowserWindow.instances[1];
    expect(projector?.loadedURLs[0]).toMatch(/\?view=projector$/);
    expect(fakeMenuState.applicationMenu?.getMenuItemById('projectorWindow')?.checked).toBe(true);
  });

  it('sets the About panel, keeps the spell checker offline, and wires Help to the workshops folder', async () => {
    expect(app.aboutPanelOptions).toMatchObject({ applicationName: 'Accord', applicationVersion: '0.0.0-fake' });
    expect(session.defaultSession.spellCheckerEnabled).toBe(process.platform === 'darwin');
    const find = (label: string) => fakeMenuState.applicationMenu?.template.flatMap((top) => top.submenu ?? []).find((item) => item.label === label) as { click: () => void };
    find('Show workshops folder').click();
    await until(() => shell.openedPaths.length === 1);
    expect(shell.openedPaths[0]).toMatch(/^\/fake-electron\/userData[\\/]workshops-data[\\/]workshops$/);
  });

  it('brings a crashed console back: a message that the workshop is safe, then a reload', async () => {
    const window = consoleWindow();
    window?.webContents.crash('oom', -1);
    await until(() => window?.webContents.reloads === 1);
    expect(String(dialog.asyncMessageBoxes.at(-1)?.options.message)).toBe('This Accord window stopped unexpectedly.');
  });

  it('offers no Reload or developer tools outside development', () => {
    const roles = JSON.stringify(fakeMenuState.applicationMenu?.template);
    expect(roles).not.toContain('"reload"');
    expect(roles).not.toContain('"toggleDevTools"');
  });

  it('opens the workshop files Accord was started with, once the host is ready (argument and macOS open-file)', () => {
    expect(files.startupCalls).toEqual([
      { method: 'importWorkshop', args: ['From argv.accord.json', '{"name":"From argv.accord.json"}'] },
      { method: 'openWorkshop', args: ['imported-From-argv-accord-json'] },
      { method: 'importWorkshop', args: ['From Finder.accord.json', '{"name":"From Finder.accord.json"}'] },
      { method: 'openWorkshop', args: ['imported-From-Finder-accord-json'] },
    ]);
    // The OS's recent documents list the library's copies, which open in place from there.
    const libraryFile = (id: string) => join('/fake-electron/userData', 'workshops-data', 'workshops', `${id}.accord.json`);
    expect(app.recentDocuments).toEqual([libraryFile('imported-From-argv-accord-json'), libraryFile('imported-From-Finder-accord-json')]);
  });

  it('opens a recent workshop chosen in the OS in place, without importing a copy', async () => {
    app.emit('open-file', fakeEvent({}), join('/fake-electron/userData', 'workshops-data', 'workshops', 'imported-From-argv-accord-json.accord.json'));
    await until(() => opened().length === 1);
    expect(host.calls.splice(0)).toEqual([{ method: 'openWorkshop', args: ['imported-From-argv-accord-json'] }]);
  });

  it('opens a file double-clicked while Accord runs: macOS open-file, or a second launch forwarded to this instance', async () => {
    app.emit('open-file', fakeEvent({}), join(files.dir, 'From Finder.accord.json'));
    await until(() => opened().length === 1);
    consoleWindow()?.calls.splice(0);
    app.emit('second-instance', fakeEvent({}), ['C:\\Accord\\Accord.exe', '--allow-file-access-from-files', 'From second launch.accord.json'], files.dir);
    await until(() => opened().length === 2);
    expect(opened()).toEqual(['imported-From-Finder-accord-json', 'imported-From-second-launch-accord-json']);
    // The running console comes forward.
    expect(consoleWindow()?.calls).toEqual(expect.arrayContaining(['show', 'focus']));
  });

  it('closes the projector with the console, then flushes the host before quitting', async () => {
    consoleWindow()?.close();
    expect(BrowserWindow.getAllWindows()).toHaveLength(0);
    // window-all-closed quits on Windows/Linux; on macOS the test quits like Cmd+Q would.
    if (process.platform === 'darwin') app.quit();
    else app.emit('window-all-closed');
    await until(() => app.quitCompleted);
    expect(host.flushes).toBe(1);
  });
});
