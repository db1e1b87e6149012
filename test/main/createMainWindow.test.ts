import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainWindow } from '../../electron/main/createMainWindow';
import { BrowserWindow, resetFakeElectron } from '../fakes/electron';
import { appPageUrl, pages } from './appPagesFixture';

// electron-window-state require()s the real electron, so it is replaced with a recorder.
const windowState = vi.hoisted(() => ({
  options: [] as unknown[],
  managed: [] as unknown[],
  saved: { x: 40, y: 60, width: 1500, height: 900 } as { x?: number; y?: number; width: number; height: number },
}));
vi.mock('electron-window-state', () => ({
  default: (options: unknown) => {
    windowState.options.push(options);
    return { ...windowState.saved, manage: (window: unknown) => windowState.managed.push(window) };
  },
}));

describe('createMainWindow', () => {
  beforeEach(() => {
    resetFakeElectron();
    windowState.options.length = 0;
    windowState.managed.length = 0;
  });

  it('reopens where the facilitator left it and keeps tracking it', () => {
    const window = createMainWindow({ pages, preloadPath: '/p/index.cjs', stateDir: '/state' });
    const fake = BrowserWindow.instances[0];
    expect(fake?.options).toMatchObject({ x: 40, y: 60, width: 1500, height: 900, show: false });
    expect(windowState.options[0]).toMatchObject({ path: '/state' });
    expect(windowState.managed).toEqual([window]);
  });

  it('loads the console view with the secure preferences and shows once ready', () => {
    createMainWindow({ pages, preloadPath: '/p/index.cjs' });
    const fake = BrowserWindow.instances[0];
    if (!fake) throw new Error('no window');
    expect(fake.loadedURLs).toEqual([appPageUrl]);
    expect(fake.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, preload: '/p/index.cjs' });
    expect(fake.visible).toBe(false);
    fake.emit('ready-to-show');
    expect(fake.visible).toBe(true);
  });
});
