/**
 * The `--disable-features` switch Accord launches Chromium with: it keeps every feature
 * playwright-core turns off (Chromium reads only the last such switch, so ours replaces theirs),
 * and it stops the address bar's popup renderer that new headless Chromium starts per window.
 * Real Chromium; the processes are read from /proc.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { DISABLE_FEATURES_SWITCH } from '../../../electron/host/charter/chromiumFeatureSwitch';
import { chromiumMissing } from '../../helpers/charterPrinting';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The command lines of this process's descendants, each as its list of arguments. Chromium's
 * zygote children rewrite theirs as one space-separated string, so both separators count
 * (a value with spaces in it comes apart; the switches read here have none).
 */
function descendantCommandLines(): string[][] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended while we listed it.
    }
  }
  const descends = (pid: number): boolean => {
    for (let at = parents.get(pid); at !== undefined && at > 1; at = parents.get(at)) if (at === process.pid) return true;
    return false;
  };
  const lines: string[][] = [];
  for (const pid of parents.keys()) {
    if (!descends(pid)) continue;
    try {
      lines.push(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/).filter(Boolean));
    } catch {
      // Ended meanwhile.
    }
  }
  return lines;
}

const featuresIn = (args: string[]) => args.filter((arg) => arg.startsWith('--disable-features=')).map((arg) => arg.slice('--disable-features='.length).split(','));

let browser: Browser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

async function openAPage(args: string[]): Promise<string[][]> {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', ...args] });
  const page = await browser.newPage();
  await page.goto('data:text/html,<p>A page</p>');
  // The popup's renderer starts with the window; a round trip through the page lets it show up.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  return descendantCommandLines();
}

describe.skipIf(chromiumMissing !== null || process.platform !== 'linux')('the --disable-features switch Chromium is launched with', () => {
  it('keeps every feature playwright-core disables, since Chromium reads only the last such switch', async () => {
    const lines = await openAPage([]);
    const browserLine = lines.find((args) => args.includes('--remote-debugging-pipe') && !args.some((arg) => arg.startsWith('--type=')));
    const playwrights = featuresIn(browserLine ?? []);
    expect(playwrights).toHaveLength(1);
    expect(playwrights[0]!.length).toBeGreaterThan(0);
    const ours = DISABLE_FEATURES_SWITCH.slice('--disable-features='.length).split(',');
    expect(playwrights[0]!.filter((feature) => !ours.includes(feature))).toEqual([]);
  });

  it('starts no renderer for the address bar’s popup', async () => {
    const lines = await openAPage([DISABLE_FEATURES_SWITCH]);
    const renderers = lines.filter((args) => args.includes('--type=renderer'));
    expect(renderers.length).toBeGreaterThan(0); // the page's own
    expect(renderers.filter((args) => args.includes('--top-chrome-webui'))).toEqual([]);
  });
});
