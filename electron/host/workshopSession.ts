/**
 * The open workshop: the single writer of its document. Applies commands through the pure
 * domain, keeps undo history, autosaves (coalesced, at most ~1 s after the last change),
 * takes rolling snapshots, retries failed writes without ever dropping changes, and tells
 * every listener what changed as immer patches.
 */
import { randomUUID } from 'node:crypto';
import type { Patch } from 'immer';
import { applyCommand } from '../../src/domain/applyCommand';
import { checkWorkshopChange } from '../../src/domain/checkWorkshopChange';
import { describeRejection } from '../../src/domain/validationMessages';
import { atSessionStart } from '../../src/domain/sessionStart';
import { coalesceKey, endsUndoHistory, UNDOABLE, type Command } from '../../src/domain/commands';
import { localTimestamp, systemTimeZone } from '../../src/domain/localTimestamp';
import { emptyHistory, recordStep, redo, undo, type UndoHistory } from '../../src/domain/undoHistory';
import type { Workshop } from '../../src/domain/workshopSchema';
import type { CharterFingerprintResult, DispatchResult, Notice, PatchEvent, SaveState, SessionEvent, SessionPosition, SessionSnapshot } from '../../src/shared/accordApi';
import { createCharterFingerprinter, sha256Hex } from './charter/fingerprintCharter';
import type { OpenedWorkshop, WorkshopRepository } from './storage/workshopRepository.types';

export interface SessionTiming {
  /** Quiet time after the last change before autosave writes. */
  autosaveDelayMs: number;
  /** Upper bound on how long continuous typing may postpone a write. */
  autosaveMaxDelayMs: number;
  snapshotIntervalMs: number;
  /** Waits between retries of a failed write; the last one repeats. */
  retryDelaysMs: number[];
}

export const DEFAULT_TIMING: SessionTiming = {
  autosaveDelayMs: 1000,
  autosaveMaxDelayMs: 3000,
  snapshotIntervalMs: 5 * 60 * 1000,
  retryDelaysMs: [1000, 2000, 5000, 10_000, 30_000],
};

/** How many changes a reconnecting window can catch up on; further behind, it gets the whole session again. */
export const RECENT_CHANGES_KEPT = 500;

const CLOSING: DispatchResult = { ok: false, rejection: { path: '', message: 'This workshop is being closed; the change was not made.' } };

export class WorkshopSession {
  /** Set when the file came from a newer Accord: shown, never written. */
  readonly readOnlyReason: string | null;
  private workshop: Workshop;
  private history: UndoHistory = emptyHistory();
  private revision = 0;
  private readonly runId = randomUUID();
  private notices: Notice[];
  private saveState: SaveState = { status: 'saved', lastSavedAt: null, error: null };
  private readonly listeners = new Set<(event: SessionEvent) => void>();
  /** The latest changes as broadcast, oldest first, so a window that reconnects gets only what it missed. */
  private readonly recentChanges: PatchEvent[] = [];

  /** The document last written successfully; compared by identity (immer keeps it stable). */
  private savedWorkshop: Workshop;
  private snapshotWorkshop: Workshop;
  private saveTimer: NodeJS.Timeout | null = null;
  private firstUnsavedAt: number | null = null;
  private saving: Promise<void> | null = null;
  private failedAttempts = 0;
  private readonly snapshotTimer: NodeJS.Timeout;
  /** The snapshot being written: on a slow disk a write can outlast the interval, and one at a time is enough. */
  private snapshotting: Promise<void> | null = null;
  private closed = false;
  /** Set while close() writes the last changes; edits are refused so none can slip in after the final write. */
  private closing = false;
  private snapshotProblemShown = false;
  private readonly fingerprinter = createCharterFingerprinter();

  constructor(
    opened: OpenedWorkshop,
    private readonly repository: WorkshopRepository,
    /** The session's only clock: edit times, autosave deadlines and save times all read it. */
    private readonly now: () => Date,
    private readonly timing: SessionTiming = DEFAULT_TIMING,
    /** Revisions continue across sessions, so a window never mistakes a reopened workshop for an old copy. */
    startRevision = 0,
    /** The IANA time zone signatures are stamped in, with the clock above. */
    private readonly timeZone: string = systemTimeZone(),
  ) {
    this.revision = startRevision;
    this.workshop = atSessionStart(opened.workshop);
    this.savedWorkshop = opened.workshop;
    this.snapshotWorkshop = opened.workshop;
    this.readOnlyReason = opened.readOnlyReason;
    this.notices = opened.notices.map((message) => ({ id: randomUUID(), level: 'warning', message }));
    this.snapshotTimer = setInterval(() => void this.takeSnapshot(), timing.snapshotIntervalMs);
    this.snapshotTimer.unref();
  }

  get id(): string {
    return this.workshop.id;
  }

  get current(): Workshop {
    return this.workshop;
  }

  snapshot(): SessionSnapshot {
    return {
      workshop: this.workshop,
      revision: this.revision,
      sessionRunId: this.runId,
      readOnly: this.readOnlyReason !== null,
      readOnlyReason: this.readOnlyReason,
      canUndo: this.history.past.length > 0,
      canRedo: this.history.future.length > 0,
      undoDepth: this.history.past.length,
      saveState: this.saveState,
      notices: this.notices,
    };
  }

  onDidChange(listener: (event: SessionEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispatch(command: Command): DispatchResult {
    if (this.readOnlyReason !== null) return { ok: false, rejection: { path: '', message: `This workshop is read-only: ${this.readOnlyReason}` } };
    if (this.closing || this.closed) return CLOSING;
    const at = this.now();
    const result = applyCommand(this.workshop, command, { now: at.toISOString(), newId: () => randomUUID(), hash: sha256Hex, localTime: localTimestamp(at, this.timeZone), timeZone: this.timeZone });
    if (!result.ok) return result;
    if (result.patches.length === 0) return { ok: true, revision: this.revision };
    if (endsUndoHistory(command)) this.history = emptyHistory();
    if (UNDOABLE[command.type]) {
      this.history = recordStep(this.history, {
        patches: result.patches,
        inversePatches: result.inversePatches,
        coalesceKey: coalesceKey(command),
        at: at.getTime(),
      });
    }
    this.commit(result.workshop, result.patches);
    return result.createdId === undefined ? { ok: true, revision: this.revision } : { ok: true, revision: this.revision, createdId: result.createdId };
  }

  undo(): DispatchResult {
    return this.moveInHistory(undo(this.workshop, this.history), 'undo');
  }

  redo(): DispatchResult {
    return this.moveInHistory(redo(this.workshop, this.history), 'redo');
  }

  /** The current charter's fingerprint, as a signer would bind to it now. */
  charterFingerprint(): CharterFingerprintResult {
    return this.fingerprinter(this.workshop);
  }

  dismissNotice(id: string): void {
    this.notices = this.notices.filter((notice) => notice.id !== id);
    this.emit({ kind: 'notices', notices: this.notices });
  }

  /** Writes any pending change now and waits for it; throws if the write fails. */
  async flush(): Promise<void> {
    this.clearSaveTimer();
    while (this.saving || this.workshop !== this.savedWorkshop) {
      if (this.saving) {
        await this.saving;
        continue;
      }
      if (this.readOnlyReason !== null) return;
      await this.save();
      if (this.saveState.status === 'failed') throw new Error(this.saveState.error ?? 'The workshop could not be saved.');
    }
  }

  /**
   * Final write and a closing snapshot; the session stops autosaving afterwards. If the final
   * write fails, the session stays fully alive (edits, retries, events) and the error is thrown.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closing = true;
    try {
      await this.flush();
      // A rolling snapshot still being written may hold an older document: wait, then catch up.
      await this.snapshotting;
      if (this.workshop !== this.snapshotWorkshop) await this.takeSnapshot();
    } catch (error) {
      this.closing = false;
      if (this.saveState.status === 'failed' && !this.saveTimer) this.scheduleRetry();
      throw error;
    }
    this.closed = true;
    clearInterval(this.snapshotTimer);
    this.clearSaveTimer();
    this.listeners.clear();
  }

  // ------------------------------------------------------------ internals

  private moveInHistory(move: ReturnType<typeof undo>, direction: 'undo' | 'redo'): DispatchResult {
    if (this.readOnlyReason !== null) return { ok: false, rejection: { path: '', message: 'This workshop is read-only.' } };
    if (this.closing || this.closed) return CLOSING;
    if (!move) return { ok: false, rejection: { path: '', message: `Nothing to ${direction}.` } };
    // Undo and redo replay recorded patches onto a workshop that may have moved on since: checked
    // like any command, so every workshop the session holds would open again (each command's
    // check looks only at what it changed, and relies on that).
    const [problem] = checkWorkshopChange(this.workshop, move.workshop);
    if (problem) return { ok: false, rejection: { path: '', message: `Accord did not ${direction} this: the workshop could not be opened again afterwards (${describeRejection(problem)}). Nothing was changed.` } };
    this.history = move.history;
    this.commit(move.workshop, move.patches);
    return { ok: true, revision: this.revision };
  }

  /**
   * The changes after `since`, oldest first, or null when they cannot be replayed: another run of
   * the session (a restarted host, another workshop), a revision this run never reached, or one
   * older than the changes kept. Empty when the window is up to date.
   */
  changesSince(since: SessionPosition): PatchEvent[] | null {
    if (since.sessionRunId !== this.runId || since.revision > this.revision) return null;
    if (since.revision === this.revision) return [];
    const first = this.recentChanges.length - (this.revision - since.revision);
    return first < 0 ? null : this.recentChanges.slice(first);
  }

  private commit(next: Workshop, patches: Patch[]): void {
    this.workshop = next;
    this.revision += 1;
    const change: PatchEvent = {
      kind: 'patch',
      revision: this.revision,
      patches,
      canUndo: this.history.past.length > 0,
      canRedo: this.history.future.length > 0,
      undoDepth: this.history.past.length,
    };
    // Patches share their values with the document, so keeping them costs references, not copies.
    this.recentChanges.push(change);
    if (this.recentChanges.length > RECENT_CHANGES_KEPT) this.recentChanges.shift();
    this.emit(change);
    this.scheduleSave();
  }

  private scheduleSave(): void {
    if (this.closed) return;
    const nowMs = this.now().getTime();
    this.firstUnsavedAt ??= nowMs;
    // Typing sends one event per keystroke already; the save state only changes once per burst.
    if (this.saveState.status === 'saved') this.setSaveState({ ...this.saveState, status: 'pending' });
    // While a write is failing, its retry timer owns the schedule.
    if (this.saveState.status === 'failed') return;
    const waited = nowMs - this.firstUnsavedAt;
    const delay = Math.max(0, Math.min(this.timing.autosaveDelayMs, this.timing.autosaveMaxDelayMs - waited));
    this.clearSaveTimer();
    this.saveTimer = setTimeout(() => void this.save(), delay);
  }

  private async save(): Promise<void> {
    this.clearSaveTimer();
    if (this.saving) return this.saving;
    const target = this.workshop;
    if (target === this.savedWorkshop) return;
    // Windows hear only the write's outcome: until then the state stays as it is (pending; failed
    // while retrying; saved when a close or flush writes a change that scheduled no save).
    this.saving = (async () => {
      try {
        await this.repository.save(target);
        this.savedWorkshop = target;
        this.failedAttempts = 0;
        this.firstUnsavedAt = null;
        const dirty = this.workshop !== target;
        this.setSaveState({ status: dirty ? 'pending' : 'saved', lastSavedAt: this.now().toISOString(), error: null });
      } catch (error) {
        const delays = this.timing.retryDelaysMs;
        const wait = delays[Math.min(this.failedAttempts, delays.length - 1)]!;
        this.failedAttempts += 1;
        this.setSaveState({
          status: 'failed',
          lastSavedAt: this.saveState.lastSavedAt,
          error: `${(error as Error).message} Your changes are kept in Accord and it tries again in ${Math.round(wait / 1000)} s.`,
        });
        if (!this.closed) this.saveTimer = setTimeout(() => void this.save(), wait);
      } finally {
        this.saving = null;
      }
    })();
    await this.saving;
    if (this.saveState.status === 'pending' && !this.closed) this.scheduleSave();
  }

  private scheduleRetry(): void {
    const delays = this.timing.retryDelaysMs;
    this.saveTimer = setTimeout(() => void this.save(), delays[Math.min(this.failedAttempts, delays.length - 1)]!);
  }

  private takeSnapshot(): Promise<void> {
    this.snapshotting ??= this.writeSnapshot().finally(() => {
      this.snapshotting = null;
    });
    return this.snapshotting;
  }

  private async writeSnapshot(): Promise<void> {
    if (this.readOnlyReason !== null || this.workshop === this.snapshotWorkshop) return;
    const target = this.workshop;
    try {
      await this.repository.snapshot(target);
      this.snapshotWorkshop = target;
      this.snapshotProblemShown = false;
    } catch (error) {
      // The main file is what matters and the next interval tries again, but the facilitator
      // hears about it once: a snapshot refused as invalid means something is wrong.
      if (!this.snapshotProblemShown) {
        this.snapshotProblemShown = true;
        this.notices = [...this.notices, { id: randomUUID(), level: 'warning', message: `Accord could not take a safety snapshot of this workshop: ${(error as Error).message} Export a copy (Save a copy) to be safe.` }];
        this.emit({ kind: 'notices', notices: this.notices });
      }
    }
  }

  private clearSaveTimer(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
  }

  private setSaveState(state: SaveState): void {
    this.saveState = state;
    this.emit({ kind: 'saveState', saveState: state });
  }

  private emit(event: SessionEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}
