/**
 * Printing charters in host tests: Debian's Chromium (CHROMIUM_PATH overrides it, as in the
 * end-to-end tests) and a print page. The page is the built renderer's `?view=charter-print`
 * once the build has one; until then a stand-in that defines the same global
 * (test/fixtures/charter-print-stand-in).
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { PDFDocument } from '@cantoo/pdf-lib';
import type { CharterPrinter } from '../../electron/host/charter/charterPrinter';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Why the Chromium tests cannot run here, or null when they can. On a developer's machine a
 * missing Chromium skips them with this reason; in CI (which installs it) it fails the run, so
 * the printing tests can never pass by being skipped.
 */
export const chromiumMissing: string | null = existsSync(CHROMIUM) ? null : `Chromium is not installed at ${CHROMIUM} (apt-get install chromium; CI installs it).`;
if (chromiumMissing && process.env.CI) throw new Error(`${chromiumMissing} CI must run the printing tests.`);

const STAND_IN_RENDERER_DIR = fileURLToPath(new URL('../fixtures/charter-print-stand-in', import.meta.url));
const BUILT_RENDERER_DIR = fileURLToPath(new URL('../../out/renderer', import.meta.url));

/** The renderer folder to print with: the build when its bundle defines the print global, else the stand-in. */
export function printRendererDir(): { dir: string; which: string } {
  const assets = join(BUILT_RENDERER_DIR, 'assets');
  const built = existsSync(assets) && readdirSync(assets).some((name) => name.endsWith('.js') && readFileSync(join(assets, name), 'utf8').includes('accordPrintCharter'));
  return built ? { dir: BUILT_RENDERER_DIR, which: 'the built renderer (out/renderer)' } : { dir: STAND_IN_RENDERER_DIR, which: 'the stand-in print page (test/fixtures/charter-print-stand-in)' };
}

/** A printer without Chromium, for tests about everything around printing: a one-page PDF made with pdf-lib. */
export const tinyPdfPrinter: CharterPrinter = async (record) => {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.addPage([595, 842]).drawText(`Charter version ${record.version}`, { x: 50, y: 780, size: 14 });
  return doc.save({ useObjectStreams: false });
};

const run = promisify(execFile);

/** Runs a PDF tool (qpdf, pdfinfo, pdfdetach); resolves with its output and exit code instead of throwing on a non-zero exit. */
export async function pdfTool(command: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(command, args, { maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number | string; stdout?: string; stderr?: string };
    if (typeof failed.code !== 'number') throw error;
    return { code: failed.code, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

/**
 * The command lines of the running processes that contain `text`: a browser launched with a
 * marker switch of its own, or, by its profile folder (--user-data-dir), the browser and every
 * process it started. Chromium's zygote children show theirs as one space-separated line.
 */
export async function processesOf(text: string): Promise<string[]> {
  const { stdout } = await promisify(execFile)('ps', ['-eo', 'args']);
  return stdout.split('\n').filter((line) => line.includes(text) && !line.startsWith('ps '));
}
