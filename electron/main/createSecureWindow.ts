/**
 * The only place a BrowserWindow is constructed, so every window (console, projector, the hidden
 * charter print window, and any later one) gets the same locked-down webPreferences. The
 * preferences are a literal inside `new BrowserWindow(...)` on purpose: electronegativity only
 * checks options written there.
 */
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';

export type SecureWindowOptions = Omit<BrowserWindowConstructorOptions, 'webPreferences'>;

export interface SecureWindowBehaviour {
  /**
   * False keeps timers and animation frames running while the window is hidden: the charter
   * print window is never shown, and its page must still finish rendering.
   */
  backgroundThrottling?: boolean;
}

/** `preloadPath` null: a window that talks to nobody (the print window gets no bridge to the host). */
export function createSecureWindow(options: SecureWindowOptions, preloadPath: string | null, behaviour: SecureWindowBehaviour = {}): BrowserWindow {
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
      // macOS checks spelling with the system's own dictionaries; on Windows and Linux Chromium
      // would download Hunspell dictionaries from Google's servers, so there it stays off.
      spellcheck: process.platform === 'darwin',
      backgroundThrottling: behaviour.backgroundThrottling ?? true,
      // Sandboxed preloads must be CommonJS (out/preload/index.cjs).
      // electronegativity-justified: PRELOAD_JS_CHECK: reviewed; one explicit method per message, no generic IPC (test/main/preload.test.ts)
      preload: preloadPath ?? undefined,
    },
  });
}
