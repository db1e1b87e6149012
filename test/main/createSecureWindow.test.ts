import { join, sep } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSecureWindow } from '../../electron/main/createSecureWindow';
import { resolveAppPaths } from '../../electron/main/resolveAppPaths';
import { BrowserWindow, resetFakeElectron } from '../fakes/electron';

const paths = resolveAppPaths(join('/opt/Accord/out', 'main'));

function webPreferencesOfNewWindow(options = {}) {
  createSecureWindow(options, paths.preloadFile);
  const window = BrowserWindow.instances.at(-1);
  if (!window) throw new Error('no window was created');
  return window.options.webPreferences as Record<string, unknown>;
}

describe('createSecureWindow', () => {
  beforeEach(resetFakeElectron);

  it('isolates and sandboxes the renderer without Node', () => {
    const prefs = webPreferencesOfNewWindow();
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('keeps web security on and experimental surfaces off', () => {
    expect(webPreferencesOfNewWindow()).toMatchObject({
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
  });

  it('checks spelling only where the OS provides the dictionaries (macOS); elsewhere Chromium would download them', () => {
    expect(webPreferencesOfNewWindow().spellcheck).toBe(process.platform === 'darwin');
  });

  it('sets nothing that loosens Electron defaults', () => {
    const prefs = webPreferencesOfNewWindow();
    for (const loosening of ['enableBlinkFeatures', 'additionalArguments', 'partition', 'session', 'enableWebSQL', 'devTools']) {
      expect(prefs).not.toHaveProperty(loosening);
    }
  });

  it('loads the CommonJS preload built next to the main bundle', () => {
    const prefs = webPreferencesOfNewWindow();
    expect(prefs.preload).toBe(paths.preloadFile);
    expect(paths.preloadFile.endsWith(`${sep}preload${sep}index.cjs`)).toBe(true);
    expect(paths.rendererDir).toBe(join('/opt/Accord/out', 'renderer'));
  });

  it('makes a window without a preload, still sandboxed, for a page that must not reach the host', () => {
    createSecureWindow({ show: false }, null, { backgroundThrottling: false });
    const prefs = BrowserWindow.instances.at(-1)?.options.webPreferences as Record<string, unknown>;
    expect(prefs.preload).toBeUndefined();
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, backgroundThrottling: false });
    expect(webPreferencesOfNewWindow().backgroundThrottling).toBe(true);
  });

  it('cannot be talked out of its webPreferences by the caller', () => {
    const sneaky = { title: 'x', webPreferences: { nodeIntegration: true, sandbox: false } } as Parameters<typeof createSecureWindow>[0];
    const prefs = webPreferencesOfNewWindow(sneaky);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.sandbox).toBe(true);
    expect(BrowserWindow.instances.at(-1)?.options.title).toBe('x');
  });
});
