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

/** How long a charter may take to render before printing gives up (a thousand-page charter takes seconds). */
export const RENDER_TIMEOUT_MS = 120_000;

/** Runs `work` (loading the page and rendering the charter), failing with a plain message when it takes longer than `ms`. */
export async function renderWithin<T>(ms: number, work: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CharterPrintError(`The charter did not finish rendering within ${Math.round(ms / 1000)} seconds.`)), ms);
  });
  try {
    return await Promise.race([work(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The first line of an error, short enough for a message. */
export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.slice(0, 300);
}
