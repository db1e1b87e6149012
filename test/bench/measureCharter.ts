/**
 * charter-export: the large workshop's charter from the export request to the sealed file on
 * disk (charter rendered, printed, sealed, written), with Chromium already running, against the
 * same Chromium printing the same rendered page directly: page.pdf alone, on a page that has
 * just rendered the charter, as every export prints one. Exports and floor runs alternate, so
 * the machine's noise hits both alike.
 * charter-export-first: the same, when the export also starts Chromium.
 * charter-verify: verifying that sealed file, against reading it and hashing it once.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { createAccordHost } from '../../electron/host/accordHost';
import { createChromiumCharterPrinter } from '../../electron/host/charter/createChromiumCharterPrinter';
import { fingerprintCharter } from '../../electron/host/charter/fingerprintCharter';
import { readRendererFile } from '../../electron/host/charter/readRendererFile';
import { createCharterVerifier } from '../../electron/host/charter/verifyCharterPdf';
import { durableWrite } from '../../electron/host/storage/durableWrite';
import { createWorkshopRepository } from '../../electron/host/storage/workshopRepository';
import { currentCharterRecord, type CharterRecord } from '../../src/domain/charterRecord';
import type { CharterExportResult } from '../../src/shared/accordApi';
import { CONTENT_SECURITY_POLICY } from '../../src/shared/contentSecurityPolicy';
import { buildLargeWorkshop } from '../helpers/buildLargeWorkshop';
import { printRendererDir } from '../helpers/charterPrinting';
import { CHROMIUM_ARGS } from './measureRenderer';
import type { BenchResult } from './runBench';

const EXPORT_RUNS = 3;
const VERIFY_RUNS = 7;
const FLOOR_ORIGIN = 'https://print.invalid';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function measureCharter(work: string): Promise<BenchResult[]> {
  const renderer = printRendererDir();
  console.log(`charter bench: printing with ${renderer.which}`);
  const large = buildLargeWorkshop();
  const dataDir = join(work, 'charter-data');
  await (await createWorkshopRepository({ dataDir })).create(large);
  const host = await createAccordHost({ dataDir, seedSample: false, printCharter: createChromiumCharterPrinter({ rendererDir: renderer.dir }) });
  const floorBrowser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const target = join(work, 'large-charter.pdf');
  try {
    await host.call('openWorkshop', [large.id]);
    const exportToFile = async () => {
      const started = performance.now();
      const result = (await host.call('exportCharter', [{ workshopId: large.id, version: null, paperSize: 'a4' }])) as CharterExportResult;
      if (!result.ok) throw new Error(result.message);
      await durableWrite(target, Buffer.from(result.pdfBase64!, 'base64'));
      return performance.now() - started;
    };
    const floorContext = await floorBrowser.newContext();
    await floorContext.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      const file = url.origin === FLOOR_ORIGIN ? await readRendererFile(renderer.dir, url.pathname) : null;
      if (!file) return route.abort();
      return route.fulfill({ status: 200, body: file.body, headers: { 'content-type': file.contentType, 'content-security-policy': CONTENT_SECURITY_POLICY } });
    });
    const record = currentCharterRecord(large, fingerprintCharter(large), 'a4');

    const first = await exportToFile();
    await printRenderedPage(floorContext, record); // warms the floor's browser as the first export warmed the printer's
    const exports: number[] = [];
    const floors: number[] = [];
    for (let i = 0; i < EXPORT_RUNS; i++) {
      exports.push(await exportToFile());
      floors.push(await printRenderedPage(floorContext, record));
    }

    const bytes = new Uint8Array(await readFile(target));
    const verifies: number[] = [];
    const hashes: number[] = [];
    for (let i = 0; i < VERIFY_RUNS + 1; i++) {
      let started = performance.now();
      const verification = await createCharterVerifier()(new Uint8Array(await readFile(target)));
      if (verification.verdict !== 'unchanged') throw new Error(`the large charter verified as ${verification.verdict}: ${verification.reason}`);
      const verify = performance.now() - started;
      started = performance.now();
      createHash('sha256').update(await readFile(target)).digest('hex');
      const hash = performance.now() - started;
      if (i > 0) {
        verifies.push(verify);
        hashes.push(hash);
      }
    }
    const exportMs = median(exports);
    const floor = median(floors);
    const verifyMs = median(verifies);
    const hashMs = median(hashes);
    const list = (values: number[]) => values.map((ms) => ms.toFixed(0)).join(', ');
    console.log(`charter bench: ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB sealed PDF; exports ${list(exports)} ms (first ${first.toFixed(0)} ms); page.pdf alone ${list(floors)} ms`);
    return [
      { id: 'charter-export', value: exportMs, unit: 'ms', floor, ratio: exportMs / floor, target: '≤ 1.3' },
      { id: 'charter-export-first', value: first, unit: 'ms', floor, ratio: first / floor },
      { id: 'charter-verify', value: verifyMs, unit: 'ms', floor: hashMs, ratio: verifyMs / hashMs },
    ];
  } finally {
    await floorBrowser.close();
    await host.close();
  }
}

/** The floor's run: the print page renders the charter (not timed), then page.pdf with the printer's options (timed). */
async function printRenderedPage(context: BrowserContext, record: CharterRecord): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(`${FLOOR_ORIGIN}/index.html?view=charter-print`);
    await page.evaluate(async (charter) => {
      await (globalThis as unknown as { accordPrintCharter: (r: unknown) => Promise<unknown> }).accordPrintCharter(charter);
    }, record);
    const started = performance.now();
    await page.pdf({ preferCSSPageSize: true, format: 'A4', printBackground: true, tagged: true, outline: true });
    return performance.now() - started;
  } finally {
    await page.close();
  }
}
