/** Debian's Chromium driven by playwright-core; never downloads a browser. CHROMIUM_PATH overrides the binary. */
import { chromium, type Browser, type BrowserContextOptions } from 'playwright-core';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
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

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}
