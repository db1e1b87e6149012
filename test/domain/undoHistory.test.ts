import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/domain/applyCommand';
import { coalesceKey, type Command } from '../../src/domain/commands';
import { COALESCE_WINDOW_MS, emptyHistory, MAX_UNDO_STEPS, recordStep, redo, undo, type UndoHistory } from '../../src/domain/undoHistory';
import type { Workshop } from '../../src/domain/workshopSchema';
import { aContext, aWorkshop } from '../helpers/domainBuilders';

/** Applies a command and records it, the way the host does. */
function edit(state: { w: Workshop; h: UndoHistory }, command: Command, at: number) {
  const result = applyCommand(state.w, command, aContext(new Date(at).toISOString()));
  if (!result.ok) throw new Error(result.rejection.message);
  return { w: result.workshop, h: recordStep(state.h, { patches: result.patches, inversePatches: result.inversePatches, coalesceKey: coalesceKey(command), at }) };
}
const venue = (value: string): Command => ({ type: 'updateSetup', patch: { venue: value } });

describe('undo history', () => {
  it('undoes and redoes one edit', () => {
    const start = { w: aWorkshop(), h: emptyHistory() };
    const edited = edit(start, venue('Atlas'), 0);
    const undone = undo(edited.w, edited.h)!;
    expect(undone.workshop.setup.venue).toBe('');
    const redone = redo(undone.workshop, undone.history)!;
    expect(redone.workshop.setup.venue).toBe('Atlas');
  });

  it('merges typing in one field into a single step', () => {
    let state = { w: aWorkshop(), h: emptyHistory() };
    'Atlas'.split('').forEach((_, i, letters) => (state = edit(state, venue(letters.slice(0, i + 1).join('')), i * 200)));
    expect(state.h.past).toHaveLength(1);
    expect(undo(state.w, state.h)!.workshop.setup.venue).toBe('');
  });

  it('starts a new step after a pause or in another field', () => {
    let state = { w: aWorkshop(), h: emptyHistory() };
    state = edit(state, venue('A'), 0);
    state = edit(state, venue('At'), COALESCE_WINDOW_MS + 1);
    state = edit(state, { type: 'updateSetup', patch: { company: 'K' } }, COALESCE_WINDOW_MS + 2);
    expect(state.h.past).toHaveLength(3);
    const once = undo(state.w, state.h)!;
    expect(once.workshop.setup).toMatchObject({ venue: 'At', company: '' });
  });

  it('a new edit clears the redo stack', () => {
    let state = { w: aWorkshop(), h: emptyHistory() };
    state = edit(state, venue('A'), 0);
    const undone = undo(state.w, state.h)!;
    const after = edit({ w: undone.workshop, h: undone.history }, { type: 'updateSetup', patch: { company: 'K' } }, 10_000);
    expect(after.h.future).toEqual([]);
  });

  it('does not merge into a step that came back through redo', () => {
    let state = { w: aWorkshop(), h: emptyHistory() };
    state = edit(state, venue('A'), 0);
    const undone = undo(state.w, state.h)!;
    const redone = redo(undone.workshop, undone.history)!;
    const typed = edit({ w: redone.workshop, h: redone.history }, venue('AB'), 100);
    expect(typed.h.past).toHaveLength(2);
  });

  it('keeps a bounded number of steps', () => {
    let h = emptyHistory();
    for (let i = 0; i < MAX_UNDO_STEPS + 20; i++) h = recordStep(h, { patches: [], inversePatches: [], coalesceKey: null, at: i });
    expect(h.past).toHaveLength(MAX_UNDO_STEPS);
  });

  it('answers null when there is nothing to undo or redo', () => {
    expect(undo(aWorkshop(), emptyHistory())).toBeNull();
    expect(redo(aWorkshop(), emptyHistory())).toBeNull();
  });

  it('merges an edit that comes exactly at the end of the window, not one just after', () => {
    let state = { w: aWorkshop(), h: emptyHistory() };
    const start = 10_000;
    state = edit(state, venue('A'), start);
    state = edit(state, venue('At'), start + COALESCE_WINDOW_MS);
    expect(state.h.past).toHaveLength(1);
    state = edit(state, venue('Atl'), start + 2 * COALESCE_WINDOW_MS + 1);
    expect(state.h.past).toHaveLength(2);
  });

  it('never merges edits without a coalescing key, such as two removals', () => {
    let state = { w: aWorkshop(), h: emptyHistory() };
    const [first, second] = state.w.stages;
    state = edit(state, { type: 'removeItem', collection: 'stages', id: first!.id }, 0);
    state = edit(state, { type: 'removeItem', collection: 'stages', id: second!.id }, 1);
    expect(state.h.past).toHaveLength(2);
    expect(undo(state.w, state.h)!.workshop.stages[0]!.id).toBe(second!.id);
  });

  it('keeps the newest steps when it drops the oldest', () => {
    let h = emptyHistory();
    for (let i = 0; i < MAX_UNDO_STEPS + 2; i++) h = recordStep(h, { patches: [], inversePatches: [], coalesceKey: null, at: i * 10_000 });
    expect(h.past[0]!.at).toBe(2 * 10_000);
    expect(h.past.at(-1)!.at).toBe((MAX_UNDO_STEPS + 1) * 10_000);
  });

  it('resets the timer when undo removes the agenda item it runs on, and says so in the patches', () => {
    const w = aWorkshop();
    const item = { id: 'extra', phase: 'pulse' as const, minutes: 10, included: true };
    let state = edit({ w, h: emptyHistory() }, { type: 'addItem', collection: 'agenda', item }, 0);
    const started = applyCommand(state.w, { type: 'startTimer', agendaItemId: 'extra' }, aContext('2026-11-22T10:00:00.000Z'));
    if (!started.ok) throw new Error(started.rejection.message);
    state = { ...state, w: started.workshop };
    const undone = undo(state.w, state.h)!;
    expect(undone.workshop.agenda.some((a) => a.id === 'extra')).toBe(false);
    expect(undone.workshop.timer).toEqual({ agendaItemId: null, runningSince: null, elapsedSeconds: 0, extraMinutes: 0 });
    expect(undone.patches.some((p) => p.path[0] === 'timer')).toBe(true);
  });

  it('leaves a timer alone when undo keeps its agenda item', () => {
    const w = aWorkshop();
    const started = applyCommand(w, { type: 'startTimer', agendaItemId: w.agenda[0]!.id }, aContext('2026-11-22T10:00:00.000Z'));
    if (!started.ok) throw new Error(started.rejection.message);
    const state = edit({ w: started.workshop, h: emptyHistory() }, venue('Atlas'), 0);
    const undone = undo(state.w, state.h)!;
    expect(undone.workshop.timer).toEqual(started.workshop.timer);
    expect(undone.patches.some((p) => p.path[0] === 'timer')).toBe(false);
  });

  it('redoes a merged step to its last value', () => {
    let state = { w: aWorkshop(), h: emptyHistory() };
    state = edit(state, venue('A'), 0);
    state = edit(state, venue('At'), 100);
    const undone = undo(state.w, state.h)!;
    expect(undone.workshop.setup.venue).toBe('');
    expect(redo(undone.workshop, undone.history)!.workshop.setup.venue).toBe('At');
  });

  it('clears the redo stack when an edit merges into the previous step', () => {
    let state = { w: aWorkshop(), h: emptyHistory() };
    state = edit(state, venue('A'), 0);
    state = edit(state, { type: 'updateSetup', patch: { company: 'K' } }, 100);
    const undone = undo(state.w, state.h)!;
    expect(undone.history.future).toHaveLength(1);
    const typed = edit({ w: undone.workshop, h: undone.history }, venue('AB'), 200);
    expect(typed.h.past).toHaveLength(1);
    expect(typed.h.future).toEqual([]);
  });

  it('walks back and forth through several steps, one at a time', () => {
    let state = { w: aWorkshop(), h: emptyHistory() };
    state = edit(state, venue('Atlas'), 0);
    state = edit(state, { type: 'updateSetup', patch: { company: 'Kestrel' } }, 10_000);
    const once = undo(state.w, state.h)!;
    const twice = undo(once.workshop, once.history)!;
    expect(twice.workshop.setup).toMatchObject({ venue: '', company: '' });
    const back = redo(twice.workshop, twice.history)!;
    expect(back.workshop.setup).toMatchObject({ venue: 'Atlas', company: '' });
    expect(back.history.future).toHaveLength(1);
    const again = undo(back.workshop, back.history)!;
    expect(again.workshop.setup).toMatchObject({ venue: '', company: '' });
    const forward = redo(back.workshop, back.history)!;
    expect(forward.workshop.setup).toMatchObject({ venue: 'Atlas', company: 'Kestrel' });
    expect(forward.history.future).toEqual([]);
    expect(redo(forward.workshop, forward.history)).toBeNull();
  });

  it('leaves extra minutes alone on a timer that runs on no agenda item', () => {
    const extra = applyCommand(aWorkshop(), { type: 'addTimerMinutes', minutes: 5 }, aContext('2026-11-22T10:00:00.000Z'));
    if (!extra.ok) throw new Error(extra.rejection.message);
    expect(extra.workshop.timer).toMatchObject({ agendaItemId: null, extraMinutes: 5 });
    const state = edit({ w: extra.workshop, h: emptyHistory() }, venue('Atlas'), 0);
    const undone = undo(state.w, state.h)!;
    expect(undone.workshop.timer.extraMinutes).toBe(5);
    expect(undone.patches.some((p) => p.path[0] === 'timer')).toBe(false);
  });
});
