/** What the host offers to the Electron shell and to the browser-mode server alike. */
import type { AccordRequestMethod, SessionEvent } from '../../src/shared/accordApi';
import type { CharterPrinter } from './charter/charterPrinter';
import type { WriteAndSync } from './storage/durableWrite';

export interface AccordHost {
  /**
   * Runs one request method with arguments that have NOT been validated yet: the host checks
   * them against requestArgsSchemas and answers a rejection for anything malformed.
   */
  call(method: AccordRequestMethod, args: unknown[]): Promise<unknown>;
  /** Every change of the open session, to broadcast to all windows. Returns an unsubscribe. */
  onDidChangeSession(listener: (event: SessionEvent) => void): () => void;
  /** Writes pending changes now and waits; throws when the disk refuses them. */
  flush(): Promise<void>;
  /**
   * The open workshop as export text when it has changes that are not on disk yet, else null:
   * what an emergency copy must hold when Accord stops while saving fails.
   */
  unsavedCopy(): { title: string; fileName: string; text: string } | null;
  /**
   * Writes pending changes and a closing snapshot, then releases the data folder; call only once
   * Accord is really stopping (to wait for saves while the outcome is open, use flush()).
   */
  close(): Promise<void>;
}

export interface AccordHostOptions {
  dataDir: string;
  /** Injected for tests; defaults to the wall clock. */
  now?: () => Date;
  /** Seeds the sample workshop into an empty library and opens it (default true). */
  seedSample?: boolean;
  /** The write-and-fsync step of every workshop write; injected for tests (a slow or failing disk). */
  writeFile?: WriteAndSync;
  /**
   * Prints a charter to PDF for `exportCharter` (the desktop app prints from a hidden window,
   * the browser mode with the machine's Chromium). Without one, exporting says so. The host
   * closes it when it closes.
   */
  printCharter?: CharterPrinter;
}
