/** The storage contract the session host relies on; implemented by workshopRepository.ts. */
import type { Workshop } from '../../../src/domain/workshopSchema';
import type { ImportResult, WorkshopSummary } from '../../../src/shared/accordApi';

export interface OpenedWorkshop {
  workshop: Workshop;
  /** Set when the file was written by a newer Accord: shown, never written back. */
  readOnlyReason: string | null;
  /** What recovery did while opening, in words for the facilitator (empty when nothing happened). */
  notices: string[];
}

export interface WorkshopRepository {
  readonly dataDir: string;
  /** Every workshop in the library, newest first; unreadable files are listed with a problem. */
  list(): Promise<WorkshopSummary[]>;
  /**
   * Reads a workshop. A damaged file is moved aside (never overwritten) and the newest valid
   * snapshot is restored; throws RepositoryError when nothing valid is left.
   */
  open(id: string): Promise<OpenedWorkshop>;
  /** Resolves once the work an open leaves running in the background (see `open`) is done. */
  whenIdle(): Promise<void>;
  /** Writes a new workshop; refuses an id that exists. */
  create(workshop: Workshop): Promise<void>;
  /** Durable write (temp file, fsync, rename, fsync of the folder); throws on failure. */
  save(workshop: Workshop): Promise<void>;
  /** Adds a rolling snapshot, keeping a bounded number per workshop. */
  snapshot(workshop: Workshop): Promise<void>;
  /** Moves the workshop file and its snapshots to the deleted folder. */
  delete(id: string): Promise<void>;
  /** Validates and stores `.accord.json` text as a new workshop under a fresh id. */
  importText(fileName: string, text: string): Promise<ImportResult>;
  exportText(id: string): Promise<{ fileName: string; text: string }>;
}

/** A storage failure with a message a facilitator can act on. */
export class RepositoryError extends Error {
  constructor(
    message: string,
    readonly code: 'notFound' | 'unrecoverable' | 'exists' | 'io',
  ) {
    super(message);
    this.name = 'RepositoryError';
  }
}
