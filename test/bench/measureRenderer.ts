/**
 * renderer-start: from navigation to the first paint of the library screen with its
 * workshops, in Chromium, against a bare page painted the same way (the floor).
 * initial-js-gzip-kb: the gzip size of the JavaScript the first page load needs.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { createAccordHost } from '../../electron/host/accordHost';
import { createWorkshop } from '../../src/domain/createWorkshop';
import { startWebServer } from '../../electron/host/web/startWebServer';
import { createWorkshopRepository } from '../../electron/host/storage/workshopRepository';
import type { BenchResult } from './runBench';

const RENDERER_DIR = resolve('out/renderer');
const LIBRARY_READY = '[data-testid="library"] [data-testid="workshop-card"]';
const RUNS = 7;
const JS_BUDGET_KB = 300;

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Records, inside the page, the time of the first frame painted after `selector` appears. */
const paintProbe = (selector: string) => `
  (() => {
    const check = () => {
      if (document.querySelector(${JSON.stringify(selector)})) {
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => { window.__accordPainted = performance.now(); }, 0));
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true });
  })();`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function measureRenderer(work: string): Promise<BenchResult[]> {
  const dataDir = join(work, 'renderer-data');
  const repository = await createWorkshopRepository({ dataDir });
  for (let i = 0; i < 12; i++) {
    await repository.create(createWorkshop({ id: `w${i}`, now: new Date(Date.UTC(2026, 10, i + 1)).toISOString(), title: `Workshop ${i + 1}`, templateId: 'b2b-considered', newId: () => crypto.randomUUID() }));
  }
  const host = await createAccordHost({ dataDir, seedSample: false });
  const server = await startWebServer({ host, rendererDir: RENDERER_DIR, port: 0 });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    await context.addInitScript(paintProbe(LIBRARY_READY));
    const page = await context.newPage();
    await page.goto(server.url); // exchanges the token for the session cookie
    const paintedAt = async (url: string) => {
      await page.goto(url);
      await page.waitForFunction(() => (window as unknown as { __accordPainted?: number }).__accordPainted !== undefined, null, { timeout: 30_000 });
      return page.evaluate(() => (window as unknown as { __accordPainted: number }).__accordPainted);
    };
    const floorUrl = `data:text/html,<!doctype html><div data-testid="library"><div data-testid="workshop-card">Workshop</div></div>`;
    const app: number[] = [];
    const floor: number[] = [];
    for (let i = 0; i < RUNS + 1; i++) {
      const a = await paintedAt(`http://127.0.0.1:${server.port}/`);
      const f = await paintedAt(floorUrl);
      if (i > 0) {
        app.push(a);
        floor.push(f);
      }
    }
    const start = median(app);
    const bare = median(floor);
    const jsKb = initialJsGzipKb();
    return [
      { id: 'renderer-start', value: start, unit: 'ms', floor: bare, ratio: start / bare },
      { id: 'initial-js-gzip-kb', value: jsKb, unit: 'KB', floor: JS_BUDGET_KB, ratio: jsKb / JS_BUDGET_KB, target: '≤ 1 (300 KB)' },
    ];
  } finally {
    await browser.close();
    await server.close();
    await host.close();
  }
}

/** Sums the gzip sizes of the scripts index.html loads up front (entry and module preloads). */
function initialJsGzipKb(): number {
  const html = readFileSync(join(RENDERER_DIR, 'index.html'), 'utf8');
  const sources = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g)].map((m) => m[1]!);
  let bytes = 0;
  for (const src of new Set(sources)) bytes += gzipSync(readFileSync(join(RENDERER_DIR, src.replace(/^\.?\//, '')))).length;
  return bytes / 1024;
}
