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
});
