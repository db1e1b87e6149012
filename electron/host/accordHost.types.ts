/** What the host offers to the Electron shell and to the browser-mode server alike. */
import type { AccordRequestMethod, SessionEvent } from '../../src/shared/accordApi';

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
  /** Writes pending changes and a closing snapshot, then releases the data folder; call before quitting. */
  close(): Promise<void>;
}

export interface AccordHostOptions {
  dataDir: string;
  /** Injected for tests; defaults to the wall clock. */
  now?: () => Date;
  /** Seeds the sample workshop into an empty library and opens it (default true). */
  seedSample?: boolean;
}
