/**
 * Starting the console in Chromium, from navigation to the first frame that shows the content,
 * each against a bare page served by the same server that does the same network work:
 * - renderer-start: the library screen with its workshop cards (no workshop open). The floor
 *   page opens the socket, answers the access check, lists the workshops and renders the
 *   cards with a few lines of plain DOM code.
 * - console-start: relaunching straight into the last workshop (the common case: the host
 *   reopens it at start), to the first paint of its phase (the sample workshop, on
 *   Responsibilities); console-start-large: the same with the 5 MB workshop. The floor page
 *   fetches the session over the socket and renders the phase's first stage.
 * - initial-js-gzip-kb: the gzip size of the scripts the console's first page load fetched by
 *   its first paint (the library); console-start-js-gzip-kb: those of a relaunch into a workshop.
 * The floor page lives in a temporary copy of the built renderer folder, so that the server
 * serves both with the same headers and caching; pages are warm (a first load is dropped), in
 * a Chromium profile kept on disk, as Electron keeps one between launches.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { createAccordHost } from '../../electron/host/accordHost';
import { DISABLE_FEATURES_SWITCH, disableFeaturesSwitch } from '../../electron/host/charter/chromiumFeatureSwitch';
import type { AccordHost } from '../../electron/host/accordHost.types';
import { createWorkshopRepository } from '../../electron/host/storage/workshopRepository';
import { startWebServer, type RunningWebServer } from '../../electron/host/web/startWebServer';
import { createWorkshop } from '../../src/domain/createWorkshop';
import { createSampleWorkshop } from '../../src/domain/sampleWorkshop';
import type { Workshop } from '../../src/domain/workshopSchema';
import { ACCESS_KEY_STORAGE } from '../../src/app/bridge/accessKey';
import { WEB_API_PATH } from '../../src/shared/webProtocol';
import { buildLargeWorkshop } from '../helpers/buildLargeWorkshop';
import { figure, TARGETS } from './figures';
import type { BenchResult } from './runBench';

const BUILT_RENDERER = resolve(process.env.ACCORD_OUT_DIR ?? 'out', 'renderer');
const LIBRARY_READY = '[data-testid="library"] [data-testid="workshop-card"]';
const PHASE_READY = '[data-testid="phase-view"][data-phase="responsibilities"] [data-testid="activity-row"]';
const RUNS = 15;
const JS_BUDGET_KB = 90;
const BARE_PAGE = 'bench-bare.html';

const COMMON_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** With the printer's and the end-to-end tests' feature switch: no address-bar popup loading beside the page measured (chromiumFeatureSwitch). */
export const CHROMIUM_ARGS = [...COMMON_ARGS, DISABLE_FEATURES_SWITCH];

/**
 * The start pages load their scripts as Electron loads the app's, without Chromium's background
 * resource fetch. Electron loads the renderer from app://, and that fetch path handles only
 * http(s) and blob URLs (Blink's BackgroundURLLoader::CanHandleRequest), so in the app it never
 * applies. It matters here because on that path Chromium uses no compiled-code cache for module
 * scripts (a minimal page shows it: the same module script is compiled on every load with the
 * feature on, and its cache is consumed with it off), and the app's bundle is a module script
 * whose cache app:// keeps (codeCache: true). The floor page loads the same way.
 */
const START_ARGS = [...COMMON_ARGS, disableFeaturesSwitch('BackgroundResourceFetch')];

/**
 * Pages report their first painted frame (or, the floor page, a refusal) as a console message
 * with one of these prefixes. Polling with waitForFunction would make Playwright inject its own
 * script (about 20 ms of main-thread work) into each page right after its load event, on the
 * critical path of both the app and the floor page (about 40 ms later each, measured).
 */
const PAINTED_MARK = 'accord-bench-painted ';
const REFUSED_MARK = 'accord-bench-refused ';

/** Reports, from inside the page, the time of the first frame painted after `selector` appears. */
const paintProbe = (selector: string) => `
  (() => {
    const check = () => {
      if (document.querySelector(${JSON.stringify(selector)})) {
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => console.debug(${JSON.stringify(PAINTED_MARK)} + performance.now()), 0));
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true });
  })();`;

/**
 * The floor page: plain JavaScript against the WebSocket protocol (src/shared/webProtocol.ts),
 * the same access check as the app (src/app/bridge/accessKey.ts), then one request and the
 * cards or rows it shows, with the test ids the probe looks for.
 */
const BARE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Bare</title><script type="module" src="./assets/bench-bare.js"></script></head><body></body></html>`;

const BARE_JS = `
const mode = new URLSearchParams(location.search).get('mode');
const key = localStorage.getItem(${JSON.stringify(ACCESS_KEY_STORAGE)}) ?? '';
const prove = async (nonce) => {
  const encoder = new TextEncoder();
  const cryptoKey = await crypto.subtle.importKey('raw', encoder.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const signature = new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, encoder.encode(nonce)));
  return btoa(String.fromCharCode(...signature)).replace(/\\+/g, '-').replace(/\\//g, '_').replace(/=+$/, '');
};
const element = (tag, testId, text) => {
  const el = document.createElement(tag);
  if (testId) el.dataset.testid = testId;
  if (text !== undefined) el.textContent = text;
  return el;
};
const render = (result) => {
  if (mode !== 'session') {
    const library = element('main', 'library');
    for (const workshop of result) library.append(element('article', 'workshop-card', workshop.title));
    document.body.append(library);
    return;
  }
  const workshop = result.workshop;
  const view = element('main', 'phase-view');
  view.dataset.phase = workshop.currentPhase;
  view.append(element('h1', null, workshop.setup.title));
  const table = element('table');
  const stage = workshop.stages[0];
  for (const activity of workshop.activities) {
    if (activity.stageId !== stage.id) continue;
    const row = element('tr', 'activity-row');
    row.append(element('td', null, activity.name), element('td', null, activity.roles.map((r) => r.teamId + ':' + r.role).join(' ')));
    table.append(row);
  }
  view.append(table);
  document.body.append(view);
};
const socket = new WebSocket('ws://' + location.host + ${JSON.stringify(WEB_API_PATH)});
socket.onmessage = async (message) => {
  const data = JSON.parse(message.data);
  if (data.event === 'challenge') socket.send(JSON.stringify({ auth: await prove(data.nonce), role: 'console' }));
  else if (data.event === 'ready') socket.send(JSON.stringify({ id: 1, method: mode === 'session' ? 'getSession' : 'listWorkshops', args: [] }));
  else if (data.id === 1 && data.ok) render(data.result);
  // A refusal stops the bench with the reason instead of a wait that runs out.
  else if (data.id === 1 || data.event === 'refused') console.debug(${JSON.stringify(REFUSED_MARK)} + (data.error ?? data.reason));
};
`;

/** A copy of the built renderer with the floor page beside index.html. */
function rendererWithBarePage(target: string): string {
  cpSync(BUILT_RENDERER, target, { recursive: true });
  writeFileSync(join(target, BARE_PAGE), BARE_HTML);
  writeFileSync(join(target, 'assets', 'bench-bare.js'), BARE_JS);
  return target;
}

interface Served {
  host: AccordHost;
  server: RunningWebServer;
}

/** A host on `dataDir` holding `workshops`; with `reopen`, started twice so that the second start reopens it, as after a relaunch. */
async function serve(dataDir: string, rendererDir: string, workshops: Workshop[], reopen?: string): Promise<Served> {
  const repository = await createWorkshopRepository({ dataDir });
  for (const workshop of workshops) await repository.create(workshop);
  if (reopen) {
    const first = await createAccordHost({ dataDir, seedSample: false });
    await first.call('openWorkshop', [reopen]);
    await first.close();
  }
  const host = await createAccordHost({ dataDir, seedSample: false });
  const server = await startWebServer({ host, rendererDir, port: 0 });
  return { host, server };
}

interface StartSamples {
  app: number[];
  bare: number[];
  /** Same-origin scripts the app's pages had requested by their first paint, by path. */
  scripts: Set<string>;
}

/**
 * Alternates the app and the floor page, each loaded in a new tab (a new renderer process, as a
 * relaunched window has) to the first frame showing `ready`; drops the first (cold) round. The
 * browser keeps a profile on disk, as Electron does between launches: Playwright's default
 * context is off the record, where Chromium keeps its caches in memory and no compiled-code
 * cache at all. It loads scripts as Electron does (START_ARGS), so the kept cache is used.
 */
async function measureStart(profileDir: string, served: Served, ready: string, mode: 'library' | 'session'): Promise<StartSamples> {
  const context = await chromium.launchPersistentContext(profileDir, { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: START_ARGS, viewport: { width: 1920, height: 1080 } });
  try {
    await context.addInitScript(paintProbe(ready));
    const origin = `http://127.0.0.1:${served.server.port}`;
    const scripts = new Set<string>();
    const paintedAt = async (url: string, collect: boolean) => {
      const page = await context.newPage();
      try {
        const [message] = await Promise.all([
          page.waitForEvent('console', { predicate: (m) => m.text().startsWith(PAINTED_MARK) || m.text().startsWith(REFUSED_MARK), timeout: 60_000 }),
          page.goto(url),
        ]);
        const report = message.text();
        if (report.startsWith(REFUSED_MARK)) throw new Error(`The floor page at ${url} was refused by the host: ${report.slice(REFUSED_MARK.length)}`);
        const painted = Number(report.slice(PAINTED_MARK.length));
        if (collect) {
          // Only what the first paint waited for: scripts the page asks for later (dialogs and
          // phases preloaded when idle) would otherwise count or not as the machine's load decides.
          const before = await page.evaluate((at) => performance.getEntriesByType('resource').filter((entry) => entry.startTime <= at).map((entry) => entry.name), painted);
          for (const name of before) if (name.startsWith(origin) && new URL(name).pathname.endsWith('.js')) scripts.add(new URL(name).pathname);
        }
        return painted;
      } finally {
        await page.close();
      }
    };
    await paintedAt(served.server.url, false); // trades the token for the cookie and the access key
    const app: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < RUNS + 1; i++) {
      const a = await paintedAt(`${origin}/`, true);
      const f = await paintedAt(`${origin}/${BARE_PAGE}?mode=${mode}`, false);
      if (i > 0) {
        app.push(a);
        bare.push(f);
      }
    }
    return { app, bare, scripts };
  } finally {
    await context.close();
  }
}

export async function measureRenderer(work: string): Promise<BenchResult[]> {
  const rendererDir = rendererWithBarePage(join(work, 'renderer'));
  const small = Array.from({ length: 12 }, (_, i) =>
    createWorkshop({ id: `w${i}`, now: new Date(Date.UTC(2026, 10, i + 1)).toISOString(), title: `Workshop ${i + 1}`, templateId: 'b2b-considered', newId: () => crypto.randomUUID() }),
  );
  const sample = createSampleWorkshop('2026-11-22T09:00:00.000Z'); // opens on Responsibilities
  const large = buildLargeWorkshop();
  large.currentPhase = 'responsibilities';

  const hosts: Served[] = [];
  try {
    const library = await serve(join(work, 'start-library'), rendererDir, small);
    hosts.push(library);
    const lastSample = await serve(join(work, 'start-sample'), rendererDir, [...small, sample], sample.id);
    hosts.push(lastSample);
    const lastLarge = await serve(join(work, 'start-large'), rendererDir, [...small, large], large.id);
    hosts.push(lastLarge);

    const start = await measureStart(join(work, 'profile-library'), library, LIBRARY_READY, 'library');
    const consoleStart = await measureStart(join(work, 'profile-sample'), lastSample, PHASE_READY, 'session');
    const consoleLarge = await measureStart(join(work, 'profile-large'), lastLarge, PHASE_READY, 'session');
    const jsKb = gzipKb(rendererDir, start.scripts);
    const consoleJsKb = gzipKb(rendererDir, consoleStart.scripts);
    return [
      figure('renderer-start', start.app, start.bare, { stat: 'median', target: TARGETS.rendererStart }),
      figure('console-start', consoleStart.app, consoleStart.bare, { stat: 'median' }),
      figure('console-start-large', consoleLarge.app, consoleLarge.bare, { stat: 'median' }),
      { id: 'initial-js-gzip-kb', value: jsKb, unit: 'KB', floor: JS_BUDGET_KB, ratio: jsKb / JS_BUDGET_KB, target: TARGETS.initialJs },
      { id: 'console-start-js-gzip-kb', value: consoleJsKb, unit: 'KB', floor: JS_BUDGET_KB, ratio: consoleJsKb / JS_BUDGET_KB },
    ];
  } finally {
    for (const { host, server } of hosts) {
      await server.close();
      await host.close();
    }
  }
}

/** The gzip size (default level) of the scripts at these paths of the renderer folder. */
function gzipKb(rendererDir: string, paths: Set<string>): number {
  if (paths.size === 0) throw new Error('The console loaded no script: the measurement is broken.');
  let bytes = 0;
  for (const path of paths) bytes += gzipSync(readFileSync(join(rendererDir, decodeURIComponent(path)))).length;
  return bytes / 1024;
}
