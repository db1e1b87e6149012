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
  /** Writes pending changes and a closing snapshot; call before quitting. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

export interface AccordHostOptions {
  dataDir: string;
  /** Injected for tests; defaults to the wall clock. */
  now?: () => Date;
  /** Seeds the sample workshop into an empty library and opens it (default true). */
  seedSample?: boolean;
}
