/** Debian's Chromium driven by playwright-core; never downloads a browser. CHROMIUM_PATH overrides the binary. */
import { chromium, type Browser, type BrowserContextOptions } from 'playwright-core';
import { DISABLE_FEATURES_SWITCH } from '../../../electron/host/charter/chromiumFeatureSwitch';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // The pages of one site in one context share a renderer process (see openApp's kept contexts):
  // a console's start in a warm process costs about half the CPU of one in a new process.
  '--process-per-site',
  // No renderer for the address bar's popup in each window: ~0.7 s of CPU per window saved.
  DISABLE_FEATURES_SWITCH,
  // Not '--disable-frame-rate-limit': headless Chromium draws a window other than the last one
  // activated at one frame a second, and the flag lifts that, but unthrottled frames cost the
  // other worker as much CPU as they save here (the two sign-off files: 124 s without the flag,
  // 111–127 s with it, on 2 cores). The app does not depend on frame timing either way.
];

/**
 * Options every browser context of the specs starts from. Reduced motion: the app then shows
 * every state at once (no fades), so a check never reads a half-drawn element; the app's own
 * reduced-motion rule is exercised on every run.
 */
export const E2E_CONTEXT_OPTIONS = { reducedMotion: 'reduce' } as const satisfies BrowserContextOptions;

function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** A browser of its own, for a script that runs alone (the screenshot tours); it closes it. */
export function launchOwnBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}

let shared: Promise<Browser> | undefined;

/**
 * The browser of this test worker, launched on first use and shared by every spec file the
 * worker runs (the e2e project shares one module graph per worker, so this module's state
 * outlives a file). Launching and closing Chromium costs about 0.8 s of CPU, which each of the
 * 35 files paid. Tests never share pages: each opens its own context (own cookies, storage and
 * pages), and a file ends with `releaseBrowser`, which closes every context still open. A
 * browser that crashed or disconnected is replaced; Chromium ends with the worker, whose exit
 * closes the pipe it is driven through.
 */
export async function launchBrowser(): Promise<Browser> {
  if (shared) {
    const browser = await shared.catch(() => undefined);
    if (browser?.isConnected()) return browser;
  }
  shared = launchOwnBrowser();
  return shared;
}

/** Ends a spec file's use of the shared browser: closes the contexts (and pages) it left open. */
export async function releaseBrowser(browser: Browser | undefined): Promise<void> {
  if (!browser?.isConnected()) return;
  await Promise.all(browser.contexts().map((context) => context.close()));
}
