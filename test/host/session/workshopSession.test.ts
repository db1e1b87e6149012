import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionEvent } from '../../../src/shared/accordApi';
import { createWorkshopRepository } from '../../../electron/host/storage/workshopRepository';
import type { WorkshopRepository } from '../../../electron/host/storage/workshopRepository.types';
import { RepositoryError } from '../../../electron/host/storage/workshopRepository.types';
import { WorkshopSession, type SessionTiming } from '../../../electron/host/workshopSession';
import { aWorkshop } from '../../helpers/domainBuilders';

const FAST: SessionTiming = { autosaveDelayMs: 40, autosaveMaxDelayMs: 150, snapshotIntervalMs: 60_000, retryDelaysMs: [30, 60] };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(condition: () => boolean, timeoutMs = 3000) {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await sleep(10);
  }
}

let dataDir: string;
let repository: WorkshopRepository;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'accord-session-'));
  repository = await createWorkshopRepository({ dataDir });
  await repository.create(aWorkshop());
});
afterEach(async () => rm(dataDir, { recursive: true, force: true }));

const openSession = async (timing = FAST) => new WorkshopSession(await repository.open('w1'), repository, () => new Date(), timing);
const onDisk = async () => JSON.parse(await readFile(join(dataDir, 'workshops', 'w1.accord.json'), 'utf8'));

describe('WorkshopSession', () => {
  it('autosaves shortly after the last change, coalescing a burst of typing into few writes', async () => {
    const save = vi.spyOn(repository, 'save');
    const session = await openSession();
    const text = 'Harbourside Conference Centre';
    for (let i = 1; i <= text.length; i++) {
      session.dispatch({ type: 'updateSetup', patch: { venue: text.slice(0, i) } });
      await sleep(2);
    }
    await until(() => session.snapshot().saveState.status === 'saved' && save.mock.calls.length > 0);
    expect(save.mock.calls.length).toBeLessThanOrEqual(3);
    expect((await onDisk()).setup.venue).toBe(text);
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

  it('phase navigation is not an undo step', async () => {
    const session = await openSession();
    session.dispatch({ type: 'goToPhase', phase: 'pulse' });
    expect(session.snapshot().canUndo).toBe(false);
    await session.close();
  });

  it('keeps changes and retries when the disk is full, then saves them', async () => {
    const realSave = repository.save.bind(repository);
    let failures = 2;
    vi.spyOn(repository, 'save').mockImplementation(async (w) => {
      if (failures-- > 0) throw new RepositoryError('The disk is full. Free some space.', 'io');
      return realSave(w);
    });
    const session = await openSession();
    const states: string[] = [];
    session.onDidChange((e) => e.kind === 'saveState' && states.push(e.saveState.status));
    session.dispatch({ type: 'updateSetup', patch: { venue: 'Kept' } });
    await until(() => states.includes('failed'));
    expect(session.snapshot().saveState.error).toMatch(/disk is full.*changes are kept/i);
    expect((await onDisk()).setup.venue).toBe('');
    await until(() => session.snapshot().saveState.status === 'saved');
    expect((await onDisk()).setup.venue).toBe('Kept');
    await session.close();
  });

  it('flush writes pending changes at once, and close takes a snapshot', async () => {
    const snapshot = vi.spyOn(repository, 'snapshot');
    const session = await openSession({ ...FAST, autosaveDelayMs: 60_000, autosaveMaxDelayMs: 60_000 });
    session.dispatch({ type: 'updateSetup', patch: { venue: 'Now' } });
    await session.flush();
    expect((await onDisk()).setup.venue).toBe('Now');
    await session.close();
    expect(snapshot).toHaveBeenCalledTimes(1);
  });

  it('takes rolling snapshots while the workshop changes', async () => {
    const snapshot = vi.spyOn(repository, 'snapshot');
    const session = await openSession({ ...FAST, snapshotIntervalMs: 50 });
    session.dispatch({ type: 'updateSetup', patch: { venue: 'One' } });
    await until(() => snapshot.mock.calls.length === 1);
    await sleep(150);
    expect(snapshot).toHaveBeenCalledTimes(1);
    session.dispatch({ type: 'updateSetup', patch: { venue: 'Two' } });
    await until(() => snapshot.mock.calls.length === 2);
    await session.close();
  });

  it('a read-only workshop refuses edits with its reason', async () => {
    const opened = await repository.open('w1');
    const session = new WorkshopSession({ ...opened, readOnlyReason: 'made by a newer Accord' }, repository, () => new Date(), FAST);
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
    await until(() => session.snapshot().saveState.status === 'saved');
    expect((await onDisk()).setup).toMatchObject({ venue: 'Kept', company: 'Still editable' });
    await session.close();
  });
});
