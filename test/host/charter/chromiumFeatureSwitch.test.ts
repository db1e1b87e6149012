/**
 * The `--disable-features` switch Accord launches Chromium with: it repeats playwright-core's
 * own list (Chromium reads only the last such switch, so ours replaces theirs), and it stops the
 * address bar's popup renderer that new headless Chromium starts in each window. Real Chromium;
 * a browser's processes are found by its profile folder, which each names on its command line.
 */
import { randomUUID } from 'node:crypto';
import { chromium, type Browser } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { DISABLE_FEATURES_SWITCH, PLAYWRIGHT_DISABLED_FEATURES } from '../../../electron/host/charter/chromiumFeatureSwitch';
import { chromiumMissing, processesOf } from '../../helpers/charterPrinting';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SWITCH_NAME = '--disable-features=';

let browser: Browser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

/** A browser with a page open, and the switches of its main process and of all its processes. */
async function launchWithAPage(args: string[]): Promise<{ mainSwitches: string[]; processes: () => Promise<string[][]> }> {
  const marker = `--accord-test-launch=${randomUUID()}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', ...args, marker] });
  const page = await browser.newPage();
  await page.goto('data:text/html,<p>A page</p>');
  const [main] = await processesOf(marker);
  const profile = /--user-data-dir=(\S+)/.exec(main ?? '')?.[1];
  if (!main || !profile) throw new Error(`No browser process found with ${marker}.`);
  return { mainSwitches: main.split(' '), processes: async () => (await processesOf(profile)).map((line) => line.split(' ')) };
}

const popupRenderers = (processes: string[][]) => processes.filter((args) => args.includes('--type=renderer') && args.includes('--top-chrome-webui'));

/** Polls until `found` holds or `limitMs` has passed; answers how long it took, or null. */
async function timeUntil(found: () => Promise<boolean>, limitMs: number): Promise<number | null> {
  const started = performance.now();
  for (;;) {
    if (await found()) return performance.now() - started;
    if (performance.now() - started > limitMs) return null;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.skipIf(chromiumMissing !== null || process.platform !== 'linux')('the --disable-features switch Chromium is launched with', () => {
  it('repeats the features playwright-core disables, since Chromium reads only the last such switch', async () => {
    const { mainSwitches } = await launchWithAPage([]);
    const playwrights = mainSwitches.filter((arg) => arg.startsWith(SWITCH_NAME)).map((arg) => arg.slice(SWITCH_NAME.length).split(','));
    expect(playwrights).toEqual([PLAYWRIGHT_DISABLED_FEATURES]);
    expect(DISABLE_FEATURES_SWITCH.slice(SWITCH_NAME.length).split(',').slice(0, PLAYWRIGHT_DISABLED_FEATURES.length)).toEqual(PLAYWRIGHT_DISABLED_FEATURES);
  });

  it('stops the renderer of the address bar’s popup, which starts in every window without it', { timeout: 60_000 }, async () => {
    const without = await launchWithAPage([]);
    // Proof that the popup's renderer exists and is recognised: else the check below proves nothing.
    const appearedAfter = await timeUntil(async () => popupRenderers(await without.processes()).length > 0, 15_000);
    expect(appearedAfter).not.toBeNull();
    await browser!.close();

    const withSwitch = await launchWithAPage([DISABLE_FEATURES_SWITCH]);
    expect((await withSwitch.processes()).some((args) => args.includes('--type=renderer'))).toBe(true); // the page's own
    // Watched for three times as long as the popup took to appear without the switch (at least 2 s).
    expect(await timeUntil(async () => popupRenderers(await withSwitch.processes()).length > 0, Math.max(2_000, 3 * appearedAfter!))).toBeNull();
  });
});
