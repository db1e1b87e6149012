/** Debian's Chromium driven by playwright-core; never downloads a browser. CHROMIUM_PATH overrides the binary. */
import { chromium, type Browser, type BrowserContextOptions } from 'playwright-core';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Headless Chromium draws a window that is not the last one activated (the console once the
  // projector opened, or the projector after a click on the console) at one frame a second.
  // Every click waits two frames for the target to be still, so each took 1–2 s. Without the
  // limit both windows draw at the usual rate (only when something changed, as before).
  '--disable-frame-rate-limit',
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

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}
