import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveState, SessionEvent } from '../../../src/shared/accordApi';
import { createWorkshopRepository } from '../../../electron/host/storage/workshopRepository';
import type { WorkshopRepository } from '../../../electron/host/storage/workshopRepository.types';
import { RepositoryError } from '../../../electron/host/storage/workshopRepository.types';
import { WorkshopSession, type SessionTiming } from '../../../electron/host/workshopSession';
import type { UndoHistory } from '../../../src/domain/undoHistory';
import { aWorkshop } from '../../helpers/domainBuilders';

// Time is fake (timers and Date move only when a test says so); the disk is real, so a test
// waits for the session to report a save state rather than for a duration.
const TIMING: SessionTiming = { autosaveDelayMs: 1000, autosaveMaxDelayMs: 3000, snapshotIntervalMs: 60_000, retryDelaysMs: [1000, 2000] };

/** Resolves when the session next reports `status` (or at once if it already does). */
function saveStateReaches(session: WorkshopSession, status: SaveState['status']): Promise<void> {
  if (session.snapshot().saveState.status === status) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = session.onDidChange((e) => {
      if (e.kind === 'saveState' && e.saveState.status === status) {
        stop();
        resolve();
      }
    });
  });
}

/** Waits for the real write behind the `index`-th snapshot call, and for the session to take note of it. */
async function snapshotWritten(snapshot: { mock: { results: { value: unknown }[] } }, index: number): Promise<void> {
  await snapshot.mock.results[index]!.value;
  await vi.advanceTimersByTimeAsync(0);
}

/** A promise the test settles by hand, standing in for a slow write. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

let dataDir: string;
let repository: WorkshopRepository;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'accord-session-'));
  repository = await createWorkshopRepository({ dataDir });
  await repository.create(aWorkshop());
  // Only timers and Date: file I/O and promises stay real.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  vi.setSystemTime(new Date('2026-03-10T09:00:00Z'));
});
afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  await rm(dataDir, { recursive: true, force: true });
});

const openSession = async (timing = TIMING, now = () => new Date()) => new WorkshopSession(await repository.open('w1'), repository, now, timing);
const onDisk = async () => JSON.parse(await readFile(join(dataDir, 'workshops', 'w1.accord.json'), 'utf8'));

describe('WorkshopSession', () => {
  it('autosaves once, a quiet second after a burst of typing', async () => {
    const save = vi.spyOn(repository, 'save');
    const session = await openSession();
    const text = 'Harbourside Conference Centre';
    for (let i = 1; i <= text.length; i++) {
      session.dispatch({ type: 'updateSetup', patch: { venue: text.slice(0, i) } });
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(save).not.toHaveBeenCalled();
    const saved = saveStateReaches(session, 'saved');
    await vi.advanceTimersByTimeAsync(TIMING.autosaveDelayMs - 50);
    await saved;
    expect(save).toHaveBeenCalledTimes(1);
    expect((await onDisk()).setup.venue).toBe(text);
    await session.close();
  });

  it('tells its windows of a burst of edits once and of the write once: nothing when a write starts', async () => {
    const session = await openSession();
    const statuses: string[] = [];
    session.onDidChange((e) => {
      if (e.kind === 'saveState') statuses.push(e.saveState.status);
    });
    for (const venue of ['H', 'Ha', 'Har']) session.dispatch({ type: 'updateSetup', patch: { venue } });
    const saved = saveStateReaches(session, 'saved');
    await vi.advanceTimersByTimeAsync(TIMING.autosaveDelayMs);
    await saved;
    // Every saveState event repaints every window's indicator; 'pending' already reads "Saving…".
    expect(statuses).toEqual(['pending', 'saved']);
    await session.close();
  });

  it('writes during continuous typing once the longest delay has passed', async () => {
    const save = vi.spyOn(repository, 'save');
    const session = await openSession();
    // A keystroke every half second never leaves the quiet second autosave waits for.
    for (let elapsed = 0; elapsed < TIMING.autosaveMaxDelayMs; elapsed += 500) {
      expect(save).not.toHaveBeenCalled();
      session.dispatch({ type: 'updateSetup', patch: { venue: `typed for ${elapsed} ms` } });
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(save).toHaveBeenCalledTimes(1);
    await session.close();
  });

  it('measures how long typing has postponed a write on its own clock, not the system clock', async () => {
    const save = vi.spyOn(repository, 'save');
    let sessionTime = new Date('2026-03-10T09:00:00Z').getTime();
    const session = await openSession(TIMING, () => new Date(sessionTime));
    session.dispatch({ type: 'updateSetup', patch: { venue: 'A' } });
    sessionTime += TIMING.autosaveMaxDelayMs;
    session.dispatch({ type: 'updateSetup', patch: { venue: 'AB' } });
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(1);
    await session.close();
  });

  it('stamps edits and saves with its own clock', async () => {
    const session = await openSession(TIMING, () => new Date('2030-01-01T12:00:00Z'));
    session.dispatch({ type: 'updateSetup', patch: { venue: 'Atlas' } });
    await session.flush();
    expect((await onDisk()).updatedAt).toBe('2030-01-01T12:00:00.000Z');
    expect(session.snapshot().saveState.lastSavedAt).toBe('2030-01-01T12:00:00.000Z');
    await session.close();
  });

  it('broadcasts patches with increasing revisions', async () => {
    const session = await openSession();
    const events: SessionEvent[] = [];
    session.onDidChange((e) => events.push(e));
    session.dispatch({ type: 'updateSetup', patch: { venue: 'A' } });
    session.dispatch({ type: 'updateSetup', patch: { company: 'B' } });
    const patches = events.filter((e) => e.kind === 'patch');
    expect(patches.map((e) => (e.kind === 'patch' ? e.revision : 0))).toEqual([1, 2]);
    await session.close();
  });

  it('returns a rejection and changes nothing for an invalid command', async () => {
    const session = await openSession();
    const result = session.dispatch({ type: 'addItem', collection: 'participants', item: { id: 'p1', name: 'A', jobTitle: '', teamId: 'nope' } });
    expect(result).toMatchObject({ ok: false, rejection: { path: 'item.teamId' } });
    expect(session.snapshot().revision).toBe(0);
    await session.close();
  });

  it('undo and redo move through edits and are saved too', async () => {
    const session = await openSession();
    session.dispatch({ type: 'updateSetup', patch: { venue: 'Atlas' } });
    expect(session.snapshot().canUndo).toBe(true);
    session.undo();
    expect(session.current.setup.venue).toBe('');
    expect(session.snapshot().canRedo).toBe(true);
    session.redo();
    await session.flush();
    expect((await onDisk()).setup.venue).toBe('Atlas');
    await session.close();
  });

  it('refuses an undo whose result could not be opened again, and keeps the workshop and its history', async () => {
    const session = await openSession();
    session.dispatch({ type: 'updateSetup', patch: { venue: 'Atlas' } });
    // Commands cannot make such a history (test/domain/commandSequences.test.ts checks that
    // every undo opens again); this step is made by hand: undoing it would add someone to a
    // team that does not exist.
    const history = (session as unknown as { history: UndoHistory }).history;
    history.past.at(-1)!.inversePatches = [{ op: 'add', path: ['participants', 0], value: { id: 'p-ghost', name: 'Ghost', jobTitle: '', teamId: 'no-such-team' } }];
    const before = session.current;
    const result = session.undo();
    expect(result).toMatchObject({ ok: false, rejection: { message: expect.stringMatching(/^Accord did not undo this: the workshop could not be opened again afterwards \(.*\)\. Nothing was changed\.$/) } });
    expect(session.current).toBe(before);
    expect(session.snapshot()).toMatchObject({ canUndo: true, revision: 1 });
    await session.close();
  });

  it('phase navigation is not an undo step', async () => {
    const session = await openSession();
    session.dispatch({ type: 'goToPhase', phase: 'pulse' });
    expect(session.snapshot().canUndo).toBe(false);
    await session.close();
  });

  it('keeps changes and retries when the disk is full, waiting longer each time, then saves them', async () => {
    const realSave = repository.save.bind(repository);
    let failures = 2;
    const save = vi.spyOn(repository, 'save').mockImplementation(async (w) => {
      if (failures-- > 0) throw new RepositoryError('The disk is full. Free some space.', 'io');
      return realSave(w);
    });
    const session = await openSession();
    session.dispatch({ type: 'updateSetup', patch: { venue: 'Kept' } });
    const failed = saveStateReaches(session, 'failed');
    await vi.advanceTimersByTimeAsync(TIMING.autosaveDelayMs);
    await failed;
    expect(session.snapshot().saveState.error).toMatch(/disk is full.*changes are kept.*again in 1 s/i);
    expect((await onDisk()).setup.venue).toBe('');

    await vi.advanceTimersByTimeAsync(TIMING.retryDelaysMs[0]!);
    expect(save).toHaveBeenCalledTimes(2);
    expect(session.snapshot().saveState.error).toMatch(/again in 2 s/);
    await vi.advanceTimersByTimeAsync(TIMING.retryDelaysMs[1]! - 1);
    expect(save).toHaveBeenCalledTimes(2);

    const saved = saveStateReaches(session, 'saved');
    await vi.advanceTimersByTimeAsync(1);
    await saved;
    expect((await onDisk()).setup.venue).toBe('Kept');
    await session.close();
  });

  it('flush writes pending changes at once, and close takes a snapshot', async () => {
    const snapshot = vi.spyOn(repository, 'snapshot');
    const session = await openSession();
    session.dispatch({ type: 'updateSetup', patch: { venue: 'Now' } });
    await session.flush();
    expect((await onDisk()).setup.venue).toBe('Now');
    await session.close();
    expect(snapshot).toHaveBeenCalledTimes(1);
  });

  it('takes a rolling snapshot each interval in which the workshop changed', async () => {
    const snapshot = vi.spyOn(repository, 'snapshot');
    const session = await openSession();
    session.dispatch({ type: 'updateSetup', patch: { venue: 'One' } });
    await vi.advanceTimersByTimeAsync(TIMING.snapshotIntervalMs);
    await snapshotWritten(snapshot, 0);
    await vi.advanceTimersByTimeAsync(3 * TIMING.snapshotIntervalMs);
    expect(snapshot).toHaveBeenCalledTimes(1);
    session.dispatch({ type: 'updateSetup', patch: { venue: 'Two' } });
    await vi.advanceTimersByTimeAsync(TIMING.snapshotIntervalMs);
    expect(snapshot).toHaveBeenCalledTimes(2);
    await session.close();
  });

  it('writes one rolling snapshot at a time, however slow the disk', async () => {
    const realSnapshot = repository.snapshot.bind(repository);
    const slowWrite = deferred();
    const snapshot = vi.spyOn(repository, 'snapshot').mockImplementationOnce(async (w) => {
      await slowWrite.promise;
      return realSnapshot(w);
    });
    const session = await openSession();
    session.dispatch({ type: 'updateSetup', patch: { venue: 'One' } });
    await vi.advanceTimersByTimeAsync(TIMING.snapshotIntervalMs);
    expect(snapshot).toHaveBeenCalledTimes(1);

    // The interval fires twice more, with a newer document, while the first write hangs.
    session.dispatch({ type: 'updateSetup', patch: { venue: 'Two' } });
    await vi.advanceTimersByTimeAsync(2 * TIMING.snapshotIntervalMs);
    expect(snapshot).toHaveBeenCalledTimes(1);

    slowWrite.resolve();
    await snapshotWritten(snapshot, 0);
    await vi.advanceTimersByTimeAsync(TIMING.snapshotIntervalMs);
    expect(snapshot).toHaveBeenCalledTimes(2);
    expect(snapshot.mock.calls[1]![0].setup.venue).toBe('Two');
    await session.close();
  });

  it('a read-only workshop refuses edits with its reason', async () => {
    const opened = await repository.open('w1');
    const session = new WorkshopSession({ ...opened, readOnlyReason: 'made by a newer Accord' }, repository, () => new Date(), TIMING);
    expect(session.dispatch({ type: 'updateSetup', patch: { venue: 'x' } })).toMatchObject({ ok: false, rejection: { message: expect.stringMatching(/read-only: made by a newer Accord/) } });
    await session.close();
  });
});

describe('WorkshopSession while closing', () => {
  it('refuses edits that arrive during the final write, so none is lost after it', async () => {
    const session = await openSession();
    session.dispatch({ type: 'updateSetup', patch: { venue: 'Before close' } });
    const realSnapshot = repository.snapshot.bind(repository);
    let lateEdit: ReturnType<WorkshopSession['dispatch']> | null = null;
    vi.spyOn(repository, 'snapshot').mockImplementation(async (w) => {
      lateEdit = session.dispatch({ type: 'updateSetup', patch: { venue: 'Too late' } });
      return realSnapshot(w);
    });
    await session.close();
    expect(lateEdit).toMatchObject({ ok: false, rejection: { message: expect.stringMatching(/being closed/) } });
    expect((await onDisk()).setup.venue).toBe('Before close');
  });

  it('waits for a rolling snapshot in progress, then snapshots the latest document', async () => {
    const realSnapshot = repository.snapshot.bind(repository);
    const slowWrite = deferred();
    const snapshot = vi.spyOn(repository, 'snapshot').mockImplementationOnce(async (w) => {
      await slowWrite.promise;
      return realSnapshot(w);
    });
    const session = await openSession();
    session.dispatch({ type: 'updateSetup', patch: { venue: 'One' } });
    await vi.advanceTimersByTimeAsync(TIMING.snapshotIntervalMs);
    session.dispatch({ type: 'updateSetup', patch: { venue: 'Last' } });
    await session.flush();
    const closed = session.close();
    await vi.advanceTimersByTimeAsync(0);
    slowWrite.resolve();
    await closed;
    expect(snapshot.mock.calls.map(([w]) => w.setup.venue)).toEqual(['One', 'Last']);
  });

  it('stays alive when the final write fails, keeps retrying, and saves once the disk is back', async () => {
    const realSave = repository.save.bind(repository);
    let diskFull = true;
    vi.spyOn(repository, 'save').mockImplementation(async (w) => {
      if (diskFull) throw new RepositoryError('The disk is full.', 'io');
      return realSave(w);
    });
    const session = await openSession();
    session.dispatch({ type: 'updateSetup', patch: { venue: 'Kept' } });
    await expect(session.close()).rejects.toThrow(/disk is full/);
    const events: string[] = [];
    session.onDidChange((e) => events.push(e.kind));
    expect(session.dispatch({ type: 'updateSetup', patch: { company: 'Still editable' } }).ok).toBe(true);
    expect(events).toContain('patch');
    diskFull = false;
    const saved = saveStateReaches(session, 'saved');
    await vi.advanceTimersByTimeAsync(TIMING.retryDelaysMs.at(-1)!);
    await saved;
    expect((await onDisk()).setup).toMatchObject({ venue: 'Kept', company: 'Still editable' });
    await session.close();
  });
});
