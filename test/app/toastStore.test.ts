import { enablePatches, produceWithPatches } from 'immer';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setHostApi } from '../../src/app/bridge/hostApi';
import { NOT_CONNECTED_EDIT_MESSAGE, useConnectionStore } from '../../src/app/stores/connectionStore';
import { applySessionEvent, dispatchCommand, useSessionStore } from '../../src/app/stores/sessionStore';
import { dismissToastsByKey, runToastAction, showToast, useToastStore } from '../../src/app/stores/toastStore';
import { aSnapshot, fakeHostApi } from './fakeHostApi';

enablePatches();

/** The host's answer to one undoable change: the next revision, one more undo step. */
function change(venue: string): void {
  const snapshot = useSessionStore.getState().snapshot!;
  const [, patches] = produceWithPatches(snapshot.workshop, (draft) => void (draft.setup.venue = venue));
  applySessionEvent({ kind: 'patch', revision: snapshot.revision + 1, patches, canUndo: true, canRedo: false, undoDepth: snapshot.undoDepth + 1 });
}

/** Navigation: a new revision, but no undo step. */
function goTo(phase: 'pulse' | 'signoff'): void {
  const snapshot = useSessionStore.getState().snapshot!;
  const [, patches] = produceWithPatches(snapshot.workshop, (draft) => void (draft.currentPhase = phase));
  applySessionEvent({ kind: 'patch', revision: snapshot.revision + 1, patches, canUndo: snapshot.canUndo, canRedo: snapshot.canRedo, undoDepth: snapshot.undoDepth });
}

const toast = (id: number) => useToastStore.getState().toasts.find((t) => t.id === id);

describe('toastStore', () => {
  beforeEach(() => {
    setHostApi(fakeHostApi().api);
    useSessionStore.setState({ loaded: true, snapshot: null });
    applySessionEvent({ kind: 'snapshot', snapshot: aSnapshot({ revision: 1 }) });
    useToastStore.setState({ toasts: [] });
    useConnectionStore.setState({ hostKind: 'web', state: { status: 'connected' } });
  });

  it('offers Undo only on the toast of the latest change: an older toast keeps its words, not its Undo', () => {
    const undoTeam = vi.fn();
    const undoParticipant = vi.fn();
    change('Room A');
    const team = showToast({ kind: 'info', message: 'Removed the team Partners.', action: { label: 'Undo', run: undoTeam } });
    change('Room B');
    const participant = showToast({ kind: 'info', message: 'Removed Zoë.', action: { label: 'Undo', run: undoParticipant } });

    expect(toast(team)!.message).toBe('Removed the team Partners.');
    expect(toast(team)!.action).toBeUndefined();
    expect(toast(participant)!.action?.label).toBe('Undo');

    runToastAction(team);
    expect(undoTeam).not.toHaveBeenCalled();
    runToastAction(participant);
    expect(undoParticipant).toHaveBeenCalledOnce();
    expect(toast(participant)).toBeUndefined();
  });

  it('takes Undo away as soon as a later change (with no toast of its own) becomes the latest', () => {
    const run = vi.fn();
    change('Room A');
    const id = showToast({ kind: 'info', message: 'Removed the decision.', action: { label: 'Undo', run } });
    expect(toast(id)!.action).toBeDefined();

    change('Room B');
    expect(toast(id)!.action).toBeUndefined();
    expect(toast(id)!.message).toBe('Removed the decision.');
    runToastAction(id);
    expect(run).not.toHaveBeenCalled();
  });

  it('keeps Undo on offer while the facilitator only moves between phases', () => {
    const run = vi.fn();
    change('Room A');
    const id = showToast({ kind: 'info', message: 'Removed Consideration.', action: { label: 'Undo', run } });
    goTo('pulse');
    goTo('signoff');
    expect(toast(id)!.action?.label).toBe('Undo');
    runToastAction(id);
    expect(run).toHaveBeenCalledOnce();
  });

  it('takes Undo away when the host restarts with a session of its own', () => {
    const id = showToast({ kind: 'info', message: 'Removed the decision.', action: { label: 'Undo', run: vi.fn() } });
    applySessionEvent({ kind: 'snapshot', snapshot: aSnapshot({ revision: 1, sessionRunId: 'run-2' }) });
    expect(toast(id)!.action).toBeUndefined();
  });

  it('keeps one toast per key, and dismisses them by key', () => {
    showToast({ kind: 'error', message: 'First.', key: 'k' });
    showToast({ kind: 'info', message: 'Other.' });
    showToast({ kind: 'error', message: 'Second.', key: 'k' });
    expect(useToastStore.getState().toasts.map((t) => t.message)).toEqual(['Other.', 'Second.']);
    dismissToastsByKey('k');
    expect(useToastStore.getState().toasts.map((t) => t.message)).toEqual(['Other.']);
  });

  it('says "not connected" once, and takes it back once the host is back', async () => {
    useConnectionStore.setState({ state: { status: 'reconnecting', attempt: 1, retryInMs: 250 } });
    expect(await dispatchCommand({ type: 'goToPhase', phase: 'pulse' })).toBe(false);
    expect(await dispatchCommand({ type: 'goToPhase', phase: 'pulse' })).toBe(false);
    showToast({ kind: 'success', message: 'Exported.' });
    expect(useToastStore.getState().toasts.map((t) => t.message)).toEqual([NOT_CONNECTED_EDIT_MESSAGE, 'Exported.']);

    useConnectionStore.setState({ state: { status: 'connected' } });
    expect(useToastStore.getState().toasts.map((t) => t.message)).toEqual(['Exported.']);
  });
});
