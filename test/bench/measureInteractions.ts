/**
 * Input to paint in Chromium on the large workshops (about 5 MB, and 20 MB for the -20mb
 * figures), measured inside the page from the input event to the first frame that shows the
 * result (see probe.ts). Each figure is sampled alternately with its floor, 100 times or more.
 *
 * Local (against the bare input: typing into a plain input on a bare page, input-floor-p95):
 * - keystroke-p95: typing into the selected stage's customer goal; the draft shows at once.
 * - keystroke-static-screen-p95 (no target): typing into the same field of a static copy of the
 *   same screen, with its style sheets and no script (staticCopy.ts): what the browser alone
 *   spends on a keystroke there. keystroke-p95 less this is what the app's code adds.
 * - raci-local-p95: clicking a RACI toggle, to the frame showing its optimistic flip; the
 *   next click waits until the host has confirmed this one.
 * Host round trips (against the same page doing a bare WebSocket round trip to the same
 * server, round-trip-floor-p95, see roundTripFloor.ts):
 * - raci-confirmed-p95: clicking a toggle, to the frame showing the host's answer (command →
 *   host → patch → paint): the toggle's new state with its cell no longer marked
 *   data-awaiting-host, a mark the optimistic flip sets and only the host's patch clears.
 * - phase-switch-to-responsibilities-p95 and phase-switch-to-buying-process-p95: clicking a
 *   phase in the phase bar (a goToPhase command), to the frame showing the new phase's content.
 * Sync (against a bare relay between two pages, relay-floor-p95, see relayFloor.ts):
 * - projector-sync-p95: a key typed into the stage's name in the console, to the frame of the
 *   projector window (a second page) that shows it.
 */
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { createAccordHost } from '../../electron/host/accordHost';
import { createWorkshopRepository } from '../../electron/host/storage/workshopRepository';
import { startWebServer } from '../../electron/host/web/startWebServer';
import type { PhaseId } from '../../src/domain/workshopSchema';
import { buildLargeWorkshop, LARGE_WORKSHOP_SIZES, type LargeWorkshopSize } from '../helpers/buildLargeWorkshop';
import { figure, floorFigure, TARGETS } from './figures';
import { clickOn, interleave, marksSeen, measureOnce, measurePeerOnce, soloPage, type Interaction } from './probe';
import { relayFloor } from './relayFloor';
import { staticCopyOf } from './staticCopy';
import { installRoundTripFloor, removeRoundTripFloor, roundTripOnce } from './roundTripFloor';
import type { BenchResult } from './runBench';

const RENDERER_DIR = resolve(process.env.ACCORD_OUT_DIR ?? 'out', 'renderer');
const SAMPLES = 100;

const PHASE_CONTENT: Partial<Record<PhaseId, string>> = {
  buyingProcess: '[data-testid="stage-board"] [data-testid="stage-card"]',
  responsibilities: '[data-testid="raci-matrix"] [data-testid="activity-row"]',
};
const phaseReady = (phase: PhaseId) => `[data-testid="phase-view"][data-phase="${phase}"] ${PHASE_CONTENT[phase]}`;

export async function measureInteractions(work: string): Promise<BenchResult[]> {
  const dataDir = join(work, 'interactions-data');
  const repository = await createWorkshopRepository({ dataDir });
  const workshops = {
    '5mb': buildLargeWorkshop({ ...LARGE_WORKSHOP_SIZES['5mb'], id: 'large-5mb' }),
    '20mb': buildLargeWorkshop({ ...LARGE_WORKSHOP_SIZES['20mb'], id: 'large-20mb', title: '20 MB benchmark workshop' }),
  };
  for (const workshop of Object.values(workshops)) {
    workshop.currentPhase = 'buyingProcess';
    await repository.create(workshop);
  }
  const host = await createAccordHost({ dataDir, seedSample: false });
  await host.call('openWorkshop', [workshops['5mb'].id]);
  const server = await startWebServer({ host, rendererDir: RENDERER_DIR, port: 0 });
  const consoleWindow = await soloPage();
  try {
    const page = consoleWindow.page;
    await page.goto(server.url);
    await page.locator(phaseReady('buyingProcess')).first().waitFor({ timeout: 60_000 });
    const results: BenchResult[] = [];

    // Local interactions, against typing into a plain input on a bare page.
    const floor = await soloPage();
    const floorPage = floor.page;
    await floorPage.goto('data:text/html,<!doctype html><input id="f" aria-label="floor">');
    await floorPage.locator('#f').click();
    const bareInput = (i: number) =>
      measureOnce(floorPage, 'keydown', { ready: { selector: '#f', minLength: i + 1 }, act: () => floorPage.keyboard.type('x') });
    const goalSelector = '[data-testid="stage-detail"] textarea[name="customerGoal"]';
    const screen = await staticCopyOf(page);
    const typeIntoGoal = async (on: Page) => {
      await on.locator(goalSelector).click();
      await on.keyboard.press('End');
      return async (i: number) => {
        const before = await on.locator(goalSelector).evaluate((el) => (el as HTMLTextAreaElement).value.length);
        return measureOnce(on, 'keydown', { ready: { selector: goalSelector, minLength: before + 1 }, act: () => on.keyboard.type(String.fromCharCode(97 + (i % 26))) });
      };
    };
    const keys = await (async () => {
      try {
        return await interleave(SAMPLES, { keystroke: await typeIntoGoal(page), screen: await typeIntoGoal(screen.page), floor: bareInput });
      } finally {
        await screen.close();
      }
    })();
    await switchPhase(page, 'responsibilities');
    let typed = SAMPLES;
    const local = await interleave(SAMPLES, {
      toggle: async (i) => {
        const toggle = await raciToggle(page, i);
        const ms = await measureOnce(page, 'click', toggle.local);
        // Independent samples: the host's answer lands before the next click.
        await page.locator(toggle.confirmedSelector).waitFor({ state: 'attached', timeout: 30_000 });
        return ms;
      },
      floor: () => bareInput(typed++),
    });
    await floor.close();
    results.push(
      figure('keystroke-p95', keys.keystroke, [...keys.floor, ...local.floor], { stat: 'p95', target: TARGETS.localInteraction }),
      figure('keystroke-static-screen-p95', keys.screen, [...keys.floor, ...local.floor], { stat: 'p95' }),
      figure('raci-local-p95', local.toggle, [...keys.floor, ...local.floor], { stat: 'p95', target: TARGETS.localInteraction }),
      floorFigure('input-floor-p95', [...keys.floor, ...local.floor], 'p95'),
    );

    // Host round trips and the projector, per size.
    for (const size of ['5mb', '20mb'] as const) {
      if (size !== '5mb') {
        await host.call('openWorkshop', [workshops[size].id]);
        await page.waitForFunction((title) => document.title.startsWith(title), workshops[size].setup.title, { timeout: 60_000 });
        await page.locator(phaseReady('buyingProcess')).first().waitFor({ timeout: 60_000 });
      }
      results.push(...(await measureRoundTrips(page, size)));
      if (size === '5mb') results.push(...(await measureProjectorSync(page, `${server.url}&view=projector`)));
    }
    return results;
  } finally {
    await consoleWindow.close();
    await server.close();
    await host.close();
  }
}

/** raci-confirmed and both phase switches on the page's open workshop, each alternated with the round-trip floor. */
async function measureRoundTrips(page: Page, size: LargeWorkshopSize): Promise<BenchResult[]> {
  const suffix = size === '5mb' ? '' : `-${size}`;
  await switchPhase(page, 'responsibilities');
  await installRoundTripFloor(page);
  try {
    const marksBefore = await marksSeen(page);
    const confirmed = await interleave(SAMPLES, {
      toggle: async (i) => measureOnce(page, 'click', (await raciToggle(page, i)).confirmed),
      floor: () => roundTripOnce(page),
    });
    // Without the mark, "confirmed" would be met by the optimistic flip and measure that instead.
    if ((await marksSeen(page)) === marksBefore) throw new Error('No frame showed a RACI cell marked data-awaiting-host: raci-confirmed cannot tell the host\'s answer from the optimistic flip.');
    // The floor is sampled on Buying process here, as it was on Responsibilities above.
    const switches = await interleave(SAMPLES, {
      toBuyingProcess: async () => measureOnce(page, 'click', await phaseClick(page, 'buyingProcess')),
      floor: () => roundTripOnce(page),
      toResponsibilities: async () => measureOnce(page, 'click', await phaseClick(page, 'responsibilities')),
    });
    const floor = [...confirmed.floor, ...switches.floor];
    const target = TARGETS.roundTrip;
    return [
      figure(`raci-confirmed-p95${suffix}`, confirmed.toggle, floor, { stat: 'p95', target }),
      figure(`phase-switch-to-responsibilities-p95${suffix}`, switches.toResponsibilities, floor, { stat: 'p95', target }),
      figure(`phase-switch-to-buying-process-p95${suffix}`, switches.toBuyingProcess, floor, { stat: 'p95', target }),
      floorFigure(`round-trip-floor-p95${suffix}`, floor, 'p95'),
    ];
  } finally {
    await removeRoundTripFloor(page);
  }
}

/** The console types into the selected stage's name; the projector (a second page) shows it. */
async function measureProjectorSync(page: Page, projectorUrl: string): Promise<BenchResult[]> {
  await switchPhase(page, 'buyingProcess');
  const projectorWindow = await soloPage();
  const projector = projectorWindow.page;
  const relay = await relayFloor();
  try {
    await projector.goto(projectorUrl);
    const projectedName = '[data-testid="projector-stage"]:first-child .pj-bp__name';
    await projector.locator(projectedName).waitFor({ timeout: 60_000 });
    const name = page.locator('[data-testid="stage-detail"] input[name="detailName"]');
    await name.click();
    await page.keyboard.press('End');
    const synced = await interleave(SAMPLES, {
      projector: async (i) => {
        const before = (await projector.locator(projectedName).textContent())!.length;
        return measurePeerOnce(page, projector, 'keydown', {
          ready: { selector: projectedName, text: true, minLength: before + 1 },
          act: () => page.keyboard.type(String.fromCharCode(97 + (i % 26))),
        });
      },
      floor: (i) => relay.once(i),
    });
    return [figure('projector-sync-p95', synced.projector, synced.floor, { stat: 'p95', target: TARGETS.projectorSync }), floorFigure('relay-floor-p95', synced.floor, 'p95')];
  } finally {
    await relay.close();
    await projectorWindow.close();
  }
}

/**
 * The i-th toggle of a cycle over the first ten rows of the open stage, the marketing team,
 * each role in turn; each click flips it. `local` is done when the toggle shows its new state,
 * `confirmed` when the host's patch has replaced the optimistic flip with the same state.
 */
async function raciToggle(page: Page, i: number): Promise<{ local: Interaction; confirmed: Interaction; confirmedSelector: string }> {
  const row = i % 10;
  const role = ['R', 'A', 'C', 'I'][Math.floor(i / 10) % 4]!;
  const selector = `[data-testid="activity-row"]:nth-child(${row + 1}) .raci-cell[data-team-id="marketing"] [data-role="${role}"]`;
  const before = await page.locator(selector).getAttribute('aria-pressed');
  const after = before === 'true' ? 'false' : 'true';
  const act = await clickOn(page, selector);
  const without = { scope: 'td', attribute: 'data-awaiting-host' };
  return {
    local: { ready: { selector, attribute: 'aria-pressed', notValue: before }, act },
    confirmed: { ready: { selector, attribute: 'aria-pressed', value: after, without }, act },
    confirmedSelector: `[data-testid="activity-row"]:nth-child(${row + 1}) td:not([data-awaiting-host]) > .raci-cell[data-team-id="marketing"] [data-role="${role}"][aria-pressed="${after}"]`,
  };
}

async function phaseClick(page: Page, phase: PhaseId): Promise<Interaction> {
  return { ready: { selector: phaseReady(phase) }, act: await clickOn(page, `[data-testid="phase-${phase}"]`) };
}

async function switchPhase(page: Page, phase: PhaseId): Promise<void> {
  if ((await page.locator(`[data-testid="phase-view"][data-phase="${phase}"]`).count()) > 0) return;
  await page.getByTestId(`phase-${phase}`).click();
  await page.locator(phaseReady(phase)).first().waitFor({ timeout: 60_000 });
}
