import { produceWithPatches, enablePatches } from 'immer';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Workshop } from '../../src/domain/workshopSchema';
import { setHostApi } from '../../src/app/bridge/hostApi';
import { isDisconnected, NOT_CONNECTED_EDIT_MESSAGE, useConnectionStore } from '../../src/app/stores/connectionStore';
import { applySessionEvent, dispatchCommand, dispatchIntent, redo, rejectionSentence, resyncSession, undo, useSessionStore } from '../../src/app/stores/sessionStore';
import { useToastStore } from '../../src/app/stores/toastStore';
import { aSnapshot, fakeHostApi } from './fakeHostApi';

enablePatches();

const venuePatches = (workshop: Workshop, venue: string) => produceWithPatches(workshop, (draft) => void (draft.setup.venue = venue))[1];

describe('sessionStore', () => {
  let host: ReturnType<typeof fakeHostApi>;

  beforeEach(() => {
    host = fakeHostApi();
    setHostApi(host.api);
    useSessionStore.setState({ loaded: false, snapshot: null });
    useToastStore.setState({ toasts: [] });
    useConnectionStore.setState({ hostKind: 'web', state: { status: 'connected' } });
  });

  it('applies a patch that follows the current revision', () => {
    const snapshot = aSnapshot({ revision: 4 });
    applySessionEvent({ kind: 'snapshot', snapshot });
    applySessionEvent({ kind: 'patch', revision: 5, patches: venuePatches(snapshot.workshop, 'Room B'), canUndo: true, canRedo: false, undoDepth: 1 });
    const now = useSessionStore.getState().snapshot!;
    expect(now.revision).toBe(5);
    expect(now.workshop.setup.venue).toBe('Room B');
    expect(now.canUndo).toBe(true);
    expect(host.api.getSession).not.toHaveBeenCalled();
  });

  it('applies a patch without walking the rest of the workshop: untouched parts stay the same objects, not frozen', () => {
    const snapshot = aSnapshot({ revision: 4 });
    applySessionEvent({ kind: 'snapshot', snapshot });
    // The patches are made on a copy: making them freezes the tree they were made on.
    applySessionEvent({ kind: 'patch', revision: 5, patches: venuePatches(structuredClone(snapshot.workshop), 'Room B'), canUndo: true, canRedo: false, undoDepth: 1 });
    const now = useSessionStore.getState().snapshot!.workshop;
    expect(now.setup.venue).toBe('Room B');
    expect(now.activities).toBe(snapshot.workshop.activities);
    // A deep freeze of a 5 MB workshop on the first patch costs a frame; the mirror is never mutated in place.
    expect(Object.isFrozen(now.activities)).toBe(false);
    expect(Object.isFrozen(now.participants[0])).toBe(false);
  });

  it('resyncs instead of applying a patch that skips a revision', async () => {
    const snapshot = aSnapshot({ revision: 4 });
    applySessionEvent({ kind: 'snapshot', snapshot });
    const fresh = aSnapshot({ revision: 7 });
    host.api.getSession.mockResolvedValueOnce(fresh);
    applySessionEvent({ kind: 'patch', revision: 6, patches: venuePatches(snapshot.workshop, 'Room C'), canUndo: true, canRedo: false, undoDepth: 1 });
    expect(useSessionStore.getState().snapshot!.workshop.setup.venue).toBe(snapshot.workshop.setup.venue);
    await vi.waitFor(() => expect(useSessionStore.getState().snapshot).toBe(fresh));
    expect(host.api.getSession).toHaveBeenCalledTimes(1);
  });

  it('ignores a patch it already has', () => {
    const snapshot = aSnapshot({ revision: 4 });
    applySessionEvent({ kind: 'snapshot', snapshot });
    applySessionEvent({ kind: 'patch', revision: 4, patches: venuePatches(snapshot.workshop, 'Old'), canUndo: true, canRedo: false, undoDepth: 1 });
    expect(useSessionStore.getState().snapshot).toBe(snapshot);
    expect(host.api.getSession).not.toHaveBeenCalled();
  });

  it('folds resync requests made while one is running into one more round', async () => {
    host.api.getSession.mockResolvedValue(aSnapshot({ revision: 9 }));
    const first = resyncSession();
    void resyncSession();
    void resyncSession();
    await first;
    expect(host.api.getSession).toHaveBeenCalledTimes(2);
  });

  it('takes the snapshot of a restarted host even though its revisions count from its own start', async () => {
    applySessionEvent({ kind: 'snapshot', snapshot: aSnapshot({ revision: 20, sessionRunId: 'before-restart' }) });
    const restarted = aSnapshot({ revision: 1, sessionRunId: 'after-restart' });
    host.api.getSession.mockResolvedValueOnce(restarted);
    await resyncSession();
    expect(useSessionStore.getState().snapshot).toBe(restarted);
    // And the patches it sends from there on apply.
    applySessionEvent({ kind: 'patch', revision: 2, patches: venuePatches(restarted.workshop, 'Room C'), canUndo: true, canRedo: false, undoDepth: 1 });
    expect(useSessionStore.getState().snapshot!.workshop.setup.venue).toBe('Room C');
  });

  it('resolves an intent to the id the host gave its new item, and to null when refused', async () => {
    applySessionEvent({ kind: 'snapshot', snapshot: aSnapshot({ revision: 4 }) });
    host.api.dispatch.mockResolvedValueOnce({ ok: true, revision: 5, createdId: 'vote-7' });
    expect(await dispatchIntent({ type: 'addNote', phase: 'pulse', text: 'Ask finance', colour: 'blue' })).toBe('vote-7');
    host.api.dispatch.mockResolvedValueOnce({ ok: false, rejection: { path: 'text', message: 'must not be empty' } });
    expect(await dispatchIntent({ type: 'addNote', phase: 'pulse', text: '', colour: 'blue' })).toBeNull();
  });

  it('after a reconnect asks only for the changes after its revision, and applies them in order', async () => {
    const snapshot = aSnapshot({ revision: 4, sessionRunId: 'run-1' });
    applySessionEvent({ kind: 'snapshot', snapshot });
    const [afterFive, patchesFive] = produceWithPatches(snapshot.workshop, (draft) => void (draft.setup.venue = 'Room B'));
    const patchesSix = venuePatches(afterFive, 'Room C');
    const saveState = { status: 'saved' as const, lastSavedAt: '2026-12-02T10:00:00.000Z', error: null };
    host.api.resumeSession.mockResolvedValueOnce({
      kind: 'patches',
      events: [
        { kind: 'patch', revision: 5, patches: patchesFive, canUndo: true, canRedo: false, undoDepth: 1 },
        { kind: 'patch', revision: 6, patches: patchesSix, canUndo: true, canRedo: false, undoDepth: 2 },
      ],
      saveState,
      notices: [{ id: 'n1', level: 'warning', message: 'Restored.' }],
    });
    await resyncSession();
    expect(host.api.resumeSession).toHaveBeenCalledWith({ sessionRunId: 'run-1', revision: 4 });
    expect(host.api.getSession).not.toHaveBeenCalled();
    const now = useSessionStore.getState().snapshot!;
    expect(now.revision).toBe(6);
    expect(now.workshop.setup.venue).toBe('Room C');
    expect(now.undoDepth).toBe(2);
    expect(now.saveState).toEqual(saveState);
    expect(now.notices).toHaveLength(1);
  });

  it('skips replayed changes that arrived as events while the resume was on its way', async () => {
    const snapshot = aSnapshot({ revision: 4 });
    applySessionEvent({ kind: 'snapshot', snapshot });
    const five = { kind: 'patch' as const, revision: 5, patches: venuePatches(snapshot.workshop, 'Room B'), canUndo: true, canRedo: false, undoDepth: 1 };
    host.api.resumeSession.mockImplementationOnce(async () => {
      applySessionEvent(five);
      return { kind: 'patches', events: [five], saveState: snapshot.saveState, notices: [] };
    });
    await resyncSession();
    const now = useSessionStore.getState().snapshot!;
    expect(now.revision).toBe(5);
    expect(now.workshop.setup.venue).toBe('Room B');
  });

  it('leaves a mirror that another session replaced while the resume was on its way as it is', async () => {
    const before = aSnapshot({ revision: 4, sessionRunId: 'run-1' });
    applySessionEvent({ kind: 'snapshot', snapshot: before });
    const other = aSnapshot({ revision: 1, sessionRunId: 'run-2', notices: [] });
    host.api.resumeSession.mockImplementationOnce(async () => {
      applySessionEvent({ kind: 'snapshot', snapshot: other });
      return {
        kind: 'patches',
        events: [{ kind: 'patch', revision: 5, patches: venuePatches(before.workshop, 'Room B'), canUndo: true, canRedo: false, undoDepth: 1 }],
        saveState: { status: 'failed', lastSavedAt: null, error: 'Disk full.' },
        notices: [{ id: 'n1', level: 'warning', message: 'From the old session.' }],
      };
    });
    await resyncSession();
    expect(useSessionStore.getState().snapshot).toBe(other);
  });

  it('never steps back to an older revision of the same workshop', async () => {
    const current = aSnapshot({ revision: 10 });
    applySessionEvent({ kind: 'snapshot', snapshot: current });
    host.api.getSession.mockResolvedValueOnce(aSnapshot({ revision: 8 }));
    await resyncSession();
    expect(useSessionStore.getState().snapshot).toBe(current);
  });

  it('mirrors save state and notices without touching the workshop', () => {
    const snapshot = aSnapshot();
    applySessionEvent({ kind: 'snapshot', snapshot });
    applySessionEvent({ kind: 'saveState', saveState: { status: 'failed', lastSavedAt: null, error: 'Disk full.' } });
    applySessionEvent({ kind: 'notices', notices: [{ id: 'n1', level: 'warning', message: 'Restored.' }] });
    const now = useSessionStore.getState().snapshot!;
    expect(now.saveState.error).toBe('Disk full.');
    expect(now.notices).toHaveLength(1);
    expect(now.workshop).toBe(snapshot.workshop);
  });

  it('shows a rejected command as an error toast', async () => {
    host.api.dispatch.mockResolvedValueOnce({ ok: false, rejection: { path: 'patch.name', message: 'must be at most 300 characters' } } as never);
    const applied = await dispatchCommand({ type: 'updateItem', collection: 'participants', id: 'p1', patch: { name: 'x'.repeat(301) } });
    expect(applied).toBe(false);
    expect(useToastStore.getState().toasts).toMatchObject([{ kind: 'error', message: 'Name must be at most 300 characters.' }]);
  });

  it('shows a lost connection during a command as an error toast', async () => {
    host.api.dispatch.mockRejectedValueOnce(new Error("Error invoking remote method 'accord:dispatch': Error: Disk gone."));
    expect(await dispatchCommand({ type: 'goToPhase', phase: 'pulse' })).toBe(false);
    expect(useToastStore.getState().toasts[0]!.message).toBe('Disk gone.');
  });

  it('refuses edits, undo and redo while the browser mode has lost its host, and says why', async () => {
    applySessionEvent({ kind: 'snapshot', snapshot: aSnapshot({ canUndo: true, canRedo: true }) });
    useConnectionStore.setState({ state: { status: 'reconnecting', attempt: 1, retryInMs: 250 } });
    expect(await dispatchCommand({ type: 'goToPhase', phase: 'pulse' })).toBe(false);
    expect(await undo()).toBe(false);
    expect(await redo()).toBe(false);
    expect(host.api.dispatch).not.toHaveBeenCalled();
    expect(host.api.undo).not.toHaveBeenCalled();
    expect(useToastStore.getState().toasts.map((t) => t.message)).toContain(NOT_CONNECTED_EDIT_MESSAGE);
  });

  it('counts only the browser mode as able to lose its host', () => {
    useConnectionStore.setState({ hostKind: 'electron', state: { status: 'connecting' } });
    expect(isDisconnected()).toBe(false);
    useConnectionStore.setState({ hostKind: 'web' });
    expect(isDisconnected()).toBe(true);
    useConnectionStore.setState({ state: { status: 'connected' } });
    expect(isDisconnected()).toBe(false);
  });
});

describe('rejectionSentence', () => {
  it('keeps a full sentence as it is', () => {
    expect(rejectionSentence({ path: 'phase', message: 'Pulse is left out of the agenda. Add it back in Setup first.' })).toBe(
      'Pulse is left out of the agenda. Add it back in Setup first.',
    );
  });

  it('names the field of a field message', () => {
    expect(rejectionSentence({ path: 'patch.jobTitle', message: 'must be at most 300 characters' })).toBe('Job title must be at most 300 characters.');
  });
});
