/**
 * Input-to-paint on the large workshop (20 stages, 1,000 activities, 2,000 notes), in Chromium:
 * from the input event's timestamp to the first frame painted after the DOM shows the change,
 * measured inside the page. keystroke-p95 types into a stage field, raci-toggle-p95 toggles
 * RACI cells (a host round trip), phase-switch-p95 moves between phases. The floor is the same
 * measure for typing into a plain input on a bare page in the same browser.
 */
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { createAccordHost } from '../../electron/host/accordHost';
import { createWorkshopRepository } from '../../electron/host/storage/workshopRepository';
import { startWebServer } from '../../electron/host/web/startWebServer';
import { buildLargeWorkshop } from '../helpers/buildLargeWorkshop';
import { CHROMIUM_ARGS } from './measureRenderer';
import type { BenchResult } from './runBench';

const RENDERER_DIR = resolve(process.env.ACCORD_OUT_DIR ?? 'out', 'renderer');
const SAMPLES = 40;
const TARGET = '≤ 16 ms';

/**
 * Installed in every page: `__accordArm(kind)` arms a probe for the next input event of that
 * kind; once `__accordReady()` says the change is in the DOM, the probe records the time of
 * the next painted frame minus the event's timestamp.
 */
const PROBE = `
  (() => {
    const samples = [];
    let armed = null;
    const start = (event) => {
      if (!armed || armed.t0 !== null || event.type !== armed.kind) return;
      armed.t0 = event.timeStamp;
      const probe = armed;
      const settle = () => {
        if (!probe.ready()) { requestAnimationFrame(settle); return; }
        requestAnimationFrame(() => setTimeout(() => { samples.push(performance.now() - probe.t0); armed = null; }, 0));
      };
      // After every handler of this event has run (React's included).
      queueMicrotask(() => setTimeout(settle, 0));
    };
    for (const kind of ['keydown', 'click']) window.addEventListener(kind, start, true);
    // Conditions come as data, not code: the app's CSP rightly forbids eval.
    const readyFrom = (spec) => () => {
      const el = document.querySelector(spec.selector);
      if (!el) return false;
      if (spec.minLength !== undefined) return el.value.length >= spec.minLength;
      if (spec.attribute !== undefined) return el.getAttribute(spec.attribute) !== spec.notValue;
      return true;
    };
    window.__accordArm = (kind, spec) => { armed = { kind, t0: null, ready: readyFrom(spec) }; };
    window.__accordSamples = () => samples.slice();
    window.__accordIdle = () => armed === null;
  })();`;

/** When the change shows: `selector` exists, and its value reached `minLength` or its `attribute` left `notValue`. */
interface ReadySpec {
  selector: string;
  minLength?: number;
  attribute?: string;
  notValue?: string | null;
}

type ProbeWindow = { __accordArm(kind: string, ready: ReadySpec): void; __accordSamples(): number[]; __accordIdle(): boolean };

export async function measureInteractions(work: string): Promise<BenchResult[]> {
  const dataDir = join(work, 'interactions-data');
  const repository = await createWorkshopRepository({ dataDir });
  const large = buildLargeWorkshop();
  large.currentPhase = 'buyingProcess';
  await repository.create(large);
  const host = await createAccordHost({ dataDir, seedSample: false });
  await host.call('openWorkshop', [large.id]);
  const server = await startWebServer({ host, rendererDir: RENDERER_DIR, port: 0 });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    await context.addInitScript(PROBE);
    const page = await context.newPage();
    await page.goto(server.url);
    await page.locator('[data-testid="phase-view"][data-phase="buyingProcess"] [data-testid="stage-detail"]').waitFor({ timeout: 30_000 });

    // keystroke-p95: typing into the selected stage's customer goal.
    const goal = page.locator('[data-testid="stage-detail"] textarea[name="customerGoal"]');
    await goal.click();
    await page.keyboard.press('End');
    const keystrokes = await sample(page, SAMPLES, 'keydown', async (i) => {
      const before = await goal.evaluate((el) => (el as HTMLTextAreaElement).value.length);
      return { ready: { selector: '[data-testid="stage-detail"] textarea[name="customerGoal"]', minLength: before + 1 }, act: () => page.keyboard.type(String.fromCharCode(97 + (i % 26))) };
    });

    // raci-toggle-p95: toggling cells of the matrix (each a setRole that comes back from the host).
    await switchPhase(page, 'responsibilities');
    await page.locator('[data-testid="raci-matrix"]').waitFor();
    const toggles = await sample(page, SAMPLES, 'click', async (i) => {
      const row = i % 10;
      const role = ['R', 'A', 'C', 'I'][Math.floor(i / 10) % 4]!;
      const selector = `[data-testid="activity-row"]:nth-child(${row + 1}) .raci-cell[data-team-id="marketing"] [data-role="${role}"]`;
      const before = await page.locator(selector).getAttribute('aria-pressed');
      return { ready: { selector, attribute: 'aria-pressed', notValue: before }, act: () => page.locator(selector).click() };
    });

    // phase-switch-p95: back and forth between the two phases, through the phase bar.
    const phases = ['buyingProcess', 'responsibilities'] as const;
    const switches = await sample(page, 20, 'click', async (i) => {
      const phase = phases[i % 2]!;
      const content = phase === 'buyingProcess' ? '[data-testid="stage-board"]' : '[data-testid="raci-matrix"]';
      return { ready: { selector: `[data-testid="phase-view"][data-phase="${phase}"] ${content}` }, act: () => page.getByTestId(`phase-${phase}`).click() };
    });

    // The floor: the same measure on a bare page with one plain input.
    const floorPage = await context.newPage();
    await floorPage.goto('data:text/html,<!doctype html><input id="f" aria-label="floor">');
    await floorPage.locator('#f').click();
    const floorSamples = await sample(floorPage, SAMPLES, 'keydown', async (i) => ({
      ready: { selector: '#f', minLength: i + 1 },
      act: () => floorPage.keyboard.type('x'),
    }));

    const floor = p95(floorSamples);
    const result = (id: string, values: number[], target?: string): BenchResult => {
      const value = p95(values);
      return { id, value, unit: 'ms', floor, ratio: value / floor, ...(target ? { target } : {}) };
    };
    return [result('keystroke-p95', keystrokes, TARGET), result('raci-toggle-p95', toggles, TARGET), result('phase-switch-p95', switches), { id: 'input-floor-p95', value: floor, unit: 'ms', floor, ratio: 1 }];
  } finally {
    await browser.close();
    await server.close();
    await host.close();
  }
}

/** Runs `count` interactions one at a time, each measured by the in-page probe once it has painted. */
async function sample(page: Page, count: number, kind: 'keydown' | 'click', prepare: (i: number) => Promise<{ ready: ReadySpec; act: () => Promise<void> }>): Promise<number[]> {
  for (let i = 0; i < count; i++) {
    const { ready, act } = await prepare(i);
    await page.evaluate(({ k, r }) => (window as unknown as ProbeWindow).__accordArm(k, r), { k: kind, r: ready });
    await act();
    await page.waitForFunction(() => (window as unknown as ProbeWindow).__accordIdle(), null, { timeout: 10_000 });
    // Let the host's echo and autosave bookkeeping land before the next input, as between real keystrokes.
    await page.waitForTimeout(30);
  }
  const all = await page.evaluate(() => (window as unknown as ProbeWindow).__accordSamples());
  return all.slice(-count);
}

async function switchPhase(page: Page, phase: string): Promise<void> {
  await page.getByTestId(`phase-${phase}`).click();
  await page.locator(`[data-testid="phase-view"][data-phase="${phase}"]`).waitFor();
}

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
}
