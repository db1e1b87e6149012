/**
 * charter-export: the large workshop's charter from the export request to the sealed file on
 * disk (print page loaded, charter rendered, printed, sealed, written), with Chromium already
 * running, against the same Chromium printing the same rendered page directly (page.pdf only).
 * charter-export-first: the same, when the export also starts Chromium.
 * charter-verify: verifying that sealed file, against reading it and hashing it once.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { createAccordHost } from '../../electron/host/accordHost';
import { createChromiumCharterPrinter } from '../../electron/host/charter/createChromiumCharterPrinter';
import { fingerprintCharter } from '../../electron/host/charter/fingerprintCharter';
import { readRendererFile } from '../../electron/host/charter/readRendererFile';
import { createCharterVerifier } from '../../electron/host/charter/verifyCharterPdf';
import { durableWrite } from '../../electron/host/storage/durableWrite';
import { createWorkshopRepository } from '../../electron/host/storage/workshopRepository';
import { currentCharterRecord } from '../../src/domain/charterRecord';
import type { CharterExportResult } from '../../src/shared/accordApi';
import { CONTENT_SECURITY_POLICY } from '../../src/shared/contentSecurityPolicy';
import { buildLargeWorkshop } from '../helpers/buildLargeWorkshop';
import { printRendererDir } from '../helpers/charterPrinting';
import { CHROMIUM_ARGS } from './measureRenderer';
import type { BenchResult } from './runBench';

const EXPORT_RUNS = 3;
const VERIFY_RUNS = 7;

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
  const printer = createChromiumCharterPrinter({ rendererDir: renderer.dir });
  const host = await createAccordHost({ dataDir, seedSample: false, printCharter: printer });
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
    const first = await exportToFile();
    const exports: number[] = [];
    for (let i = 0; i < EXPORT_RUNS; i++) exports.push(await exportToFile());
    const floor = await printRenderedPage(renderer.dir, large);

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
    const verifyMs = median(verifies);
    const hashMs = median(hashes);
    console.log(`charter bench: ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB sealed PDF; exports ${exports.map((ms) => ms.toFixed(0)).join(', ')} ms (first ${first.toFixed(0)} ms); page.pdf alone ${floor.toFixed(0)} ms`);
    return [
      { id: 'charter-export', value: exportMs, unit: 'ms', floor, ratio: exportMs / floor, target: '≤ 1.3' },
      { id: 'charter-export-first', value: first, unit: 'ms', floor, ratio: first / floor },
      { id: 'charter-verify', value: verifyMs, unit: 'ms', floor: hashMs, ratio: verifyMs / hashMs },
    ];
  } finally {
    await host.close();
  }
}

/**
 * The floor: the same Chromium, the same print page and record, rendered once; then only
 * page.pdf with the options the printer uses, timed (median of the runs).
 */
async function printRenderedPage(rendererDir: string, workshop: ReturnType<typeof buildLargeWorkshop>): Promise<number> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext();
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      const file = url.origin === 'https://print.invalid' ? await readRendererFile(rendererDir, url.pathname) : null;
      if (!file) return route.abort();
      return route.fulfill({ status: 200, body: file.body, headers: { 'content-type': file.contentType, 'content-security-policy': CONTENT_SECURITY_POLICY } });
    });
    const page = await context.newPage();
    await page.goto('https://print.invalid/index.html?view=charter-print');
    const record = currentCharterRecord(workshop, fingerprintCharter(workshop), 'a4');
    await page.evaluate(async (charter) => {
      await (globalThis as unknown as { accordPrintCharter: (r: unknown) => Promise<unknown> }).accordPrintCharter(charter);
    }, record);
    const times: number[] = [];
    for (let i = 0; i < EXPORT_RUNS; i++) {
      const started = performance.now();
      await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
      times.push(performance.now() - started);
    }
    return median(times);
  } finally {
    await browser.close();
  }
}
