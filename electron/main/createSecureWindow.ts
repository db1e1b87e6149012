/**
 * The only place a BrowserWindow is constructed, so every window (console, projector, and any
 * later one) gets the same locked-down webPreferences. The preferences are a literal inside
 * `new BrowserWindow(...)` on purpose: electronegativity only checks options written there.
 */
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';

export type SecureWindowOptions = Omit<BrowserWindowConstructorOptions, 'webPreferences'>;

export function createSecureWindow(options: SecureWindowOptions, preloadPath: string): BrowserWindow {
  return new BrowserWindow({
    ...options,
    webPreferences: {
      // The renderer is plain web code: no Node, its own JS world, the OS sandbox.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click would otherwise ask for a new window (denied anyway by hardenWebContents).
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      spellcheck: true,
      // Sandboxed preloads must be CommonJS (out/preload/index.cjs).
      // electronegativity-justified: PRELOAD_JS_CHECK: reviewed; one explicit method per message, no generic IPC (test/main/preload.test.ts)
      preload: preloadPath,
    },
  });
}
