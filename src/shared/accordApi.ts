/**
 * The contract between a window and the host, written once. The Electron preload, the
 * main-process handler table and the browser-mode bridge are all checked against it, so a
 * method added here breaks the build until every side implements it.
 */
import type { Patch } from 'immer';
import type { Command } from '../domain/commands';
import type { Rejection } from '../domain/validationMessages';
import type { CharterRecord } from '../domain/charterRecord';
import type { PaperSize, Workshop } from '../domain/workshopSchema';

export interface WorkshopSummary {
  id: string;
  title: string;
  company: string;
  date: string;
  updatedAt: string;
  participantCount: number;
  stageCount: number;
  /** Set when the file could not be read; the library shows it with this explanation. */
  problem: string | null;
  /** True for a file written by a newer Accord (opens read-only). */
  newerVersion: boolean;
  /** True for a check-in: a workshop that looks back on a signed one (createCheckIn). */
  isCheckIn: boolean;
  /** Where the workshop stands in its series: the first workshop and the check-ins after it. */
  series: SeriesPlace;
  /** Signed at least once (any charter version), so a check-in can follow it; see checkInRefusal. */
  canHaveCheckIn: boolean;
  /**
   * When the latest signed charter version got its last signature, as the signer's device read it
   * (local time with its UTC offset, e.g. 2026-11-22T16:05:00+01:00); null when nobody signed.
   */
  signedAt: string | null;
}

/**
 * A workshop's place in its series. Every workshop starts one (its id is the series id); a check-in
 * joins the series of the workshop it follows, so the library can show them together.
 */
interface SeriesPlace {
  /** The first workshop's id, shared by every check-in after it. */
  id: string;
  /** 0 for the first workshop, n for its n-th check-in ("Check-in 2"). */
  position: number;
  /**
   * The workshop a check-in follows: its id and title (the library's current title when the
   * library still holds it, else the title it was signed under); null for a first workshop.
   */
  follows: { workshopId: string; title: string } | null;
  /** The first workshop's title, the same way: what the series is called. */
  title: string;
  /** How many workshops of the series this library holds (1: none follows it yet). */
  size: number;
  /** How many workshops in this library follow this one directly (its check-ins so far). */
  followedBy: number;
}

/**
 * 'pending': changes not on disk yet, whether or not a write is under way (windows show both
 * alike, so a write's start is not worth an event and a repaint in every window).
 */
type SaveStatus = 'saved' | 'pending' | 'failed';

export interface SaveState {
  status: SaveStatus;
  /** ISO time of the last successful write. */
  lastSavedAt: string | null;
  /** What went wrong with the last write, in words a facilitator can act on. */
  error: string | null;
}

export interface Notice {
  id: string;
  level: 'info' | 'warning' | 'error';
  message: string;
}

/** What every window mirrors of the open workshop. */
export interface SessionSnapshot {
  workshop: Workshop;
  /** Increases by one with every change; a window that misses one asks for a full snapshot. */
  revision: number;
  /**
   * Which run of the open session this is. Revisions only compare within one run: a host that
   * was restarted counts again from its own start, and its snapshot must replace the old one.
   */
  sessionRunId: string;
  readOnly: boolean;
  readOnlyReason: string | null;
  canUndo: boolean;
  canRedo: boolean;
  /** How many steps undo can take back: an Undo offered for one change stays true while this is unchanged. */
  undoDepth: number;
  saveState: SaveState;
  notices: Notice[];
}

/** A change to the open session, sent to every window. */
export type SessionEvent =
  | { kind: 'snapshot'; snapshot: SessionSnapshot | null }
  | {
      kind: 'patch';
      /** The revision these patches lead to; they apply to `revision - 1`. */
      revision: number;
      patches: Patch[];
      canUndo: boolean;
      canRedo: boolean;
      undoDepth: number;
    }
  | { kind: 'saveState'; saveState: SaveState }
  | { kind: 'notices'; notices: Notice[] };

/** One change to the open workshop, as broadcast. */
export type PatchEvent = Extract<SessionEvent, { kind: 'patch' }>;

/** Where a window's mirror stands: resumeSession sends only what came after it. */
export interface SessionPosition {
  sessionRunId: string;
  revision: number;
}

/**
 * The answer to resumeSession: the changes after the window's revision when the host still has
 * them all (with the save state and notices, which may have changed meanwhile), else the whole
 * session as getSession gives it.
 */
export type SessionResume =
  | { kind: 'patches'; events: PatchEvent[]; saveState: SaveState; notices: Notice[] }
  | { kind: 'snapshot'; snapshot: SessionSnapshot | null };

/** `createdId`: for an intent command, the id the host gave the new item (a vote, a decision, a note…). */
export type DispatchResult = { ok: true; revision: number; createdId?: string } | { ok: false; rejection: Rejection };

export type ImportResult =
  | { ok: true; summary: WorkshopSummary }
  | {
      ok: false;
      message: string;
      rejections: Rejection[];
      /**
       * Set when the file is well-formed JSON but not an Accord workshop at all: one sentence
       * saying so; the window then shows only the first few paths of `rejections`.
       */
      notAWorkshop?: string;
    };

/** The answer to createCheckIn: the new check-in's id and title, or why the workshop cannot have one (nothing was created). */
export type CheckInResult = { ok: true; id: string; title: string } | { ok: false; message: string };

export interface CreateWorkshopRequest {
  title: string;
  /** A buying-process template id, or 'sample' for the sample workshop. */
  templateId: string;
}

/** The open workshop's charter as the host fingerprints it: what a signer reviews and signs. */
export type CharterFingerprintResult =
  | {
      ok: true;
      /** SHA-256 of the charter's canonical text (src/domain/charterContent.ts), lower-case hex. */
      fingerprint: string;
      /** The charter version this fingerprint belongs to. */
      version: number;
    }
  | { ok: false; message: string };

export interface CharterExportRequest {
  /** The workshop whose charter is printed. */
  workshopId: string;
  /** A signed earlier version from the history, or null for the current one. */
  version: number | null;
  /** The paper to print on (the window resolves the workshop's choice or its locale's default). */
  paperSize: PaperSize;
}

export type CharterExportResult =
  | {
      ok: true;
      /** A suggested file name, e.g. "Kestrel Fleet Systems charter v2.pdf". */
      fileName: string;
      fingerprint: string;
      /** Electron: where the facilitator saved the file (the shell shows it in the file manager). */
      savedTo?: string;
      /** Browser mode: the sealed PDF, base64, for the window to download. */
      pdfBase64?: string;
    }
  /** `canceled`: the facilitator closed the save dialog; nothing to report. */
  | { ok: false; message: string; canceled?: boolean };

/** What "Export" offers besides the sealed PDF: the actions for a spreadsheet, the charter for a wiki or an e-mail, the rhythm for a calendar. */
export const WORKSHOP_EXPORT_FORMATS = ['actions-csv', 'charter-md', 'rhythm-ics'] as const;
export type WorkshopExportFormat = (typeof WORKSHOP_EXPORT_FORMATS)[number];

interface WorkshopExportRequest {
  workshopId: string;
  /**
   * actions-csv: the action list as CSV (src/domain/actionsCsv.ts); charter-md: the current charter
   * as Markdown (src/domain/charterMarkdown.ts); rhythm-ics: the joint meetings as an iCalendar file
   * (electron/host/exports/rhythmCalendar.ts).
   */
  format: WorkshopExportFormat;
  /** rhythm-ics only: also each action's due date as an all-day entry. */
  withDueDates?: boolean;
}

export type WorkshopExportResult =
  | {
      ok: true;
      /** A suggested file name, e.g. "Kestrel Fleet Systems actions.csv". */
      fileName: string;
      /** What the file holds and what it left out, in words, when worth saying (the calendar: meetings without a complete schedule). */
      note?: string;
      /** Electron: where the facilitator saved the file. */
      savedTo?: string;
      /** Browser mode: the file's text, for the window to download. */
      text?: string;
    }
  /** `canceled`: the facilitator closed the save dialog; nothing to report. */
  | { ok: false; message: string; canceled?: boolean };

/**
 * The strongest check of a charter file, against this library's record of its exports:
 * - recorded: these exact printed pages are ones this library exported;
 * - not-recorded: this library exported that version, but never these pages (a file re-sealed
 *   with Accord's own code after its pages were changed looks exactly like this);
 * - no-record: no export of that version is recorded (exported before Accord kept records, or
 *   on another machine), so the pages cannot be confirmed either way.
 */
export interface CharterExportRecordCheck {
  status: 'recorded' | 'not-recorded' | 'no-record';
  /** One sentence, for the reader. */
  message: string;
  /** The same sentence without the export's time, for a reader that shows when the file was sealed; absent: say `message`. */
  short?: string;
}

/** The three answers "Verify a charter…" gives, with the reason in words. */
export type CharterVerdict = 'unchanged' | 'contentIntact' | 'altered';

export interface CharterVerification {
  verdict: CharterVerdict;
  /** One or two sentences: why this verdict, with what the file is, when it was sealed and how it stands in the library (the command line prints it). */
  reason: string;
  /**
   * The same reason without the facts a reader shows on their own (the charter's version, title
   * and fingerprint, when it was sealed, its standing in the library): the app lays those out
   * once each. Absent from hosts that do not split the reason.
   */
  check?: string;
  /** When Accord sealed the file (ISO 8601, UTC), when it carries a seal that checks out. */
  sealedAt?: string | null;
  /** The fingerprint the file carries, when it carries one. */
  fingerprint: string | null;
  /** When this library holds the workshop: which version the file matches, and whether a newer one exists. */
  library: {
    workshopId: string;
    title: string;
    version: number;
    latestVersion: number;
    superseded: boolean;
    /** Whether this library recorded exporting the file's printed pages; absent from hosts that keep no records. */
    exportRecord?: CharterExportRecordCheck;
  } | null;
  /**
   * For 'contentIntact' (and 'unchanged'): the charter rebuilt from the data embedded in the file,
   * so the reader can compare it with the pages; null when the file holds none that checks out.
   */
  embeddedCharter: CharterRecord | null;
}

/** Menu actions the Electron shell forwards to the focused window. */
export type MenuAction = 'newWorkshop' | 'openLibrary' | 'saveCopy' | 'undo' | 'redo' | 'importWorkshop' | 'showKeyboardShortcuts';

export interface AccordApi {
  listWorkshops(): Promise<WorkshopSummary[]>;
  createWorkshop(request: CreateWorkshopRequest): Promise<WorkshopSummary>;
  renameWorkshop(id: string, title: string): Promise<WorkshopSummary>;
  duplicateWorkshop(id: string): Promise<WorkshopSummary>;
  deleteWorkshop(id: string): Promise<void>;
  /** Checks and stores a workshop file's text as a new workshop; the library is unchanged on rejection. */
  importWorkshop(fileName: string, text: string): Promise<ImportResult>;
  /** The `.accord` text of a workshop, for a download or a save dialog. */
  exportWorkshop(id: string): Promise<{ fileName: string; text: string }>;
  /**
   * Creates the check-in of a signed workshop as a new workshop in the library (from its latest
   * signed charter, see src/domain/createCheckIn.ts); refused, creating nothing, when nobody signed.
   */
  createCheckIn(workshopId: string): Promise<CheckInResult>;

  openWorkshop(id: string): Promise<SessionSnapshot>;
  closeWorkshop(): Promise<void>;
  getSession(): Promise<SessionSnapshot | null>;
  /**
   * Brings a window back in step after a reconnect: only the changes it missed when the host
   * still holds them (a 20 MB workshop is not sent again for a short drop), else the whole session.
   */
  resumeSession(since: SessionPosition): Promise<SessionResume>;
  dispatch(command: Command): Promise<DispatchResult>;
  undo(): Promise<DispatchResult>;
  redo(): Promise<DispatchResult>;
  dismissNotice(id: string): Promise<void>;

  /** The fingerprint of the open workshop's current charter: what the signature pad binds a signature to. */
  getCharterFingerprint(): Promise<CharterFingerprintResult>;
  /** Prints, seals and saves (Electron) or returns (browser) the charter PDF; can take seconds. */
  exportCharter(request: CharterExportRequest): Promise<CharterExportResult>;
  /** The actions as CSV or the current charter as Markdown: saved through a dialog (Electron) or returned as text (browser). */
  exportWorkshopAs(request: WorkshopExportRequest): Promise<WorkshopExportResult>;
  /** Checks a PDF's bytes (base64) against the data Accord sealed into it and against this library. */
  verifyCharter(fileName: string, pdfBase64: string): Promise<CharterVerification>;

  /** Subscribes to changes of the open session; returns the unsubscribe function. */
  onDidChangeSession(listener: (event: SessionEvent) => void): () => void;
  /** Subscribes to native menu actions (Electron only; never fires in the browser). */
  onDidRequestMenuAction(listener: (action: MenuAction) => void): () => void;
}

/** Methods that are plain request/response calls, i.e. everything but the `onDid…` events. */
export type AccordRequestMethod = Exclude<keyof AccordApi, `onDid${string}`>;

export const REQUEST_METHODS = [
  'listWorkshops',
  'createWorkshop',
  'renameWorkshop',
  'duplicateWorkshop',
  'deleteWorkshop',
  'importWorkshop',
  'exportWorkshop',
  'createCheckIn',
  'openWorkshop',
  'closeWorkshop',
  'getSession',
  'resumeSession',
  'dispatch',
  'undo',
  'redo',
  'dismissNotice',
  'getCharterFingerprint',
  'exportCharter',
  'exportWorkshopAs',
  'verifyCharter',
] as const satisfies readonly AccordRequestMethod[];

/** IPC channel names; one per message. */
export const channelFor = (method: AccordRequestMethod) => `accord:${method}` as const;
export const SESSION_EVENT_CHANNEL = 'accord:onDidChangeSession';
export const MENU_ACTION_CHANNEL = 'accord:onDidRequestMenuAction';

/**
 * A workshop file's extension: a JSON document named `kestrel-day.accord`. One extension because
 * Windows and macOS associate files by their last extension only (`x.accord.json` is a `.json`
 * file there). Files from before this name (`.accord.json`, plain `.json`) still import and open.
 */
export const WORKSHOP_FILE_EXTENSION = '.accord';
/** What the import picker offers: workshop files under either name, and JSON that may be one. */
export const IMPORTABLE_FILE_TYPES = '.accord,.json,application/json';

/**
 * Largest workshop file the app imports, in bytes of the file; checked by the window before
 * sending, by the browser mode's transport (see WEB_MAX_PAYLOAD_BYTES) and by the host.
 */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** Largest PDF "Verify a charter…" reads, in bytes of the file: as base64 it still fits the browser mode's message limit (a charter of the largest workshop is a few MB). */
export const MAX_VERIFY_BYTES = 14 * 1024 * 1024;

/** Sizes as a facilitator reads them: "23.4 MB" (MB of 1024 × 1024 bytes, like the limit; rounded up, so a file just over the limit never reads as equal to it). */
export const formatMegabytes = (bytes: number) => `${Math.ceil((bytes / 1024 / 1024) * 10) / 10} MB`;

/** What the window says about a file over the import limit, before anything is sent. */
export const importTooLargeMessage = (bytes: number) =>
  `This file is ${formatMegabytes(bytes)}; Accord imports files up to ${formatMegabytes(MAX_IMPORT_BYTES)}. Workshop files are usually far smaller: check that this is an Accord workshop file (.accord).`;

// Compile-time check that REQUEST_METHODS lists every request method.
type UnlistedMethods = Exclude<AccordRequestMethod, (typeof REQUEST_METHODS)[number]>;
const ALL_REQUEST_METHODS_LISTED: [UnlistedMethods] extends [never] ? true : never = true;
