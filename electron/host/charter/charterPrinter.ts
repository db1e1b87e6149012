/**
 * How a charter becomes PDF bytes: the renderer's print page (`?view=charter-print`) renders
 * the record with `window.accordPrintCharter(record)`, and Chromium prints it. The browser mode
 * and the command line print with a Chromium they launch (createChromiumCharterPrinter); the
 * desktop app prints from a hidden window of its own (electron/main).
 */
import type { CharterRecord } from '../../../src/domain/charterRecord';

export interface CharterPrinter {
  /** Chromium's PDF of the record, exactly as printed (sealing appends to it). */
  (record: CharterRecord): Promise<Uint8Array>;
  /** Lets go of what printing keeps alive between exports (a browser); the host calls it when it closes. */
  close?(): Promise<void>;
}

/** Printing failed; the message says what to do, for the facilitator. */
export class CharterPrintError extends Error {
  override name = 'CharterPrintError';
}

/** The page the print view loads; its `view` query is how the renderer knows to print. */
export const CHARTER_PRINT_VIEW = 'charter-print';

/** The global the print page defines; resolves once the charter is rendered and its fonts are loaded. */
export const PRINT_GLOBAL = 'accordPrintCharter';

/** How long the print page may take to load and render the charter before printing gives up (a thousand-page charter takes seconds). */
export const RENDER_TIMEOUT_MS = 120_000;

/** How long Chromium may take to print the rendered charter to PDF: the whole export of a 2,059-page charter took 109 s on a busy two-core machine. */
export const PRINT_TIMEOUT_MS = 120_000;

const TRY_AGAIN = 'Export again; if it happens again, close the programs that keep this computer busy, or export a shorter signed version, then try once more.';

/** Runs `work` (loading the page and rendering the charter), failing with a plain message when it takes longer than `ms`. */
export function renderWithin<T>(ms: number, work: () => Promise<T>): Promise<T> {
  return within(ms, `The charter did not finish rendering within ${seconds(ms)}. ${TRY_AGAIN}`, work);
}

/** Runs `work` (Chromium printing the rendered charter), failing with a plain message when it takes longer than `ms`. */
export function printWithin<T>(ms: number, work: () => Promise<T>): Promise<T> {
  return within(ms, `Chromium did not finish printing the charter to PDF within ${seconds(ms)}, so Accord stopped it. ${TRY_AGAIN}`, work);
}

/** The print page did not load in time; the message says what to do. */
export function loadTimeoutError(ms: number): CharterPrintError {
  return new CharterPrintError(`The charter print page did not load within ${seconds(ms)}. ${TRY_AGAIN}`);
}

/** "120 seconds"; under a second (tests) in milliseconds. */
const seconds = (ms: number) => (ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} seconds`);

async function within<T>(ms: number, message: string, work: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CharterPrintError(message)), ms);
  });
  const running = work();
  running.catch(() => undefined); // a page closed after the timeout fails what was still running: nobody waits for it any more
  try {
    return await Promise.race([running, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The first line of an error, short enough for a message. */
export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.slice(0, 300);
}
