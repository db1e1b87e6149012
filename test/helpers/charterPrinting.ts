/**
 * Printing charters in host tests: Debian's Chromium (CHROMIUM_PATH overrides it, as in the
 * end-to-end tests) and a print page. The page is the built renderer's `?view=charter-print`
 * once the build has one; until then a stand-in that defines the same global
 * (test/fixtures/charter-print-stand-in).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Why the Chromium tests cannot run here, or null when they can. */
export const chromiumMissing: string | null = existsSync(CHROMIUM) ? null : `Chromium is not installed at ${CHROMIUM} (apt-get install chromium; CI installs it).`;

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
