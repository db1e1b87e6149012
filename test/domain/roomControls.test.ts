import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/domain/applyCommand';
import { BATCHABLE_TYPES, coalesceKey, endsUndoHistory, UNDOABLE, type Command } from '../../src/domain/commands';
import { defaultFacilitatorNotes } from '../../src/domain/facilitatorPrompts';
import { createSampleWorkshop } from '../../src/domain/sampleWorkshop';
import { parseWorkshopValue } from '../../src/domain/parseWorkshop';
import { atSessionStart } from '../../src/domain/sessionStart';
import { noRoomFocus } from '../../src/domain/roomFocus';
import { PHASE_IDS, type Workshop } from '../../src/domain/workshopSchema';
import { aContext, applyAll, aWorkshop, fingerprintOf, readyToSign, signCommand, T0 } from '../helpers/domainBuilders';

const rejection = (w: Workshop, command: Command) => {
  const result = applyCommand(w, command, aContext());
  return result.ok ? null : result.rejection;
};
const opens = (w: Workshop) => parseWorkshopValue(JSON.parse(JSON.stringify(w))).kind;

describe('what the projector shows', () => {
  it('starts live, blanks, freezes and returns to live; none of it is an undoable edit or part of the charter', () => {
    const w = createSampleWorkshop(T0);
    expect(w.room).toEqual({ screen: 'live', breakEndsAt: null, focus: noRoomFocus() });
    const blank = applyAll(w, { type: 'showRoomScreen', screen: 'blank' });
    expect(blank.room).toEqual({ screen: 'blank', breakEndsAt: null, focus: noRoomFocus() });
    const frozen = applyAll(blank, { type: 'showRoomScreen', screen: 'frozen' });
    expect(frozen.room.screen).toBe('frozen');
    expect(applyAll(frozen, { type: 'showRoomScreen', screen: 'live' }).room).toEqual({ screen: 'live', breakEndsAt: null, focus: noRoomFocus() });
    for (const type of ['showRoomScreen', 'startBreak'] as const) expect(UNDOABLE[type]).toBe(false);
    expect(fingerprintOf(frozen)).toBe(fingerprintOf(w));
    expect(opens(frozen)).toBe('ok');
  });

  it('announces a break until the host time plus the minutes, and going live clears it', () => {
    const w = aWorkshop();
    const onBreak = applyAll(w, { type: 'startBreak', minutes: 15 });
    expect(onBreak.room).toEqual({ screen: 'break', breakEndsAt: new Date(Date.parse(T0) + 15 * 60_000).toISOString(), focus: noRoomFocus() });
    expect(opens(onBreak)).toBe('ok');
    expect(applyAll(onBreak, { type: 'showRoomScreen', screen: 'live' }).room).toEqual({ screen: 'live', breakEndsAt: null, focus: noRoomFocus() });
  });

  it('does not start a new charter version while signatures exist', () => {
    const ready = readyToSign(createSampleWorkshop(T0));
    const signed = applyAll(ready, signCommand(ready, 'p1'));
    const blanked = applyAll(signed, { type: 'showRoomScreen', screen: 'blank' }, { type: 'startBreak', minutes: 10 });
    expect(blanked.signoff).toBe(signed.signoff);
  });

  it('ends a break on a whole minute, so “Back at” and the countdown agree', () => {
    const at = '2026-11-22T09:03:40.500Z';
    const result = applyCommand(aWorkshop(), { type: 'startBreak', minutes: 10 }, { ...aContext(), now: at });
    if (!result.ok) throw new Error(result.rejection.message);
    expect(result.workshop.room.breakEndsAt).toBe('2026-11-22T09:14:00.000Z');
  });

  it('starts every session live: a screen set before the file was closed belongs to that moment', () => {
    const live = aWorkshop();
    expect(atSessionStart(live)).toBe(live);
    for (const command of [{ type: 'showRoomScreen', screen: 'blank' }, { type: 'showRoomScreen', screen: 'frozen' }, { type: 'startBreak', minutes: 5 }] as Command[]) {
      const saved = applyAll(live, command);
      expect(atSessionStart(saved)).toEqual({ ...saved, room: { screen: 'live', breakEndsAt: null, focus: noRoomFocus() } });
    }
  });

  it('refuses a screen it does not know and a break that is not 1 to 240 whole minutes', () => {
    const w = aWorkshop();
    expect(rejection(w, { type: 'showRoomScreen', screen: 'break' } as unknown as Command)).not.toBeNull();
    expect(rejection(w, { type: 'showRoomScreen', screen: 'dim' } as unknown as Command)).not.toBeNull();
    for (const minutes of [0, -5, 241, 2.5, Number.NaN]) expect(rejection(w, { type: 'startBreak', minutes })).not.toBeNull();
    expect(rejection(w, { type: 'startBreak', minutes: 240 })).toBeNull();
  });
});

describe('what the facilitator is discussing (room focus)', () => {
  it('records the stage and the Responsibilities view, each on its own, as navigation: no undo step, no charter change, not batched', () => {
    const w = createSampleWorkshop(T0);
    const [first, second] = w.stages;
    const onStage = applyAll(w, { type: 'focusRoom', stageId: second!.id });
    expect(onStage.room.focus).toEqual({ stageId: second!.id, responsibilitiesView: 'matrix' });
    const swimlanes = applyAll(onStage, { type: 'focusRoom', responsibilitiesView: 'swimlanes' });
    expect(swimlanes.room.focus).toEqual({ stageId: second!.id, responsibilitiesView: 'swimlanes' });
    const both = applyAll(swimlanes, { type: 'focusRoom', stageId: first!.id, responsibilitiesView: 'matrix' });
    expect(both.room.focus).toEqual({ stageId: first!.id, responsibilitiesView: 'matrix' });
    expect(applyAll(both, { type: 'focusRoom', stageId: null }).room.focus).toEqual({ stageId: null, responsibilitiesView: 'matrix' });
    expect(UNDOABLE.focusRoom).toBe(false);
    expect(BATCHABLE_TYPES).not.toContain('focusRoom');
    expect(fingerprintOf(both)).toBe(fingerprintOf(w));
    expect(opens(both)).toBe('ok');
  });

  it('survives blanking, a break, going live and a new session: the room returns to what was being discussed', () => {
    const w = createSampleWorkshop(T0);
    const focused = applyAll(w, { type: 'focusRoom', stageId: w.stages[2]!.id, responsibilitiesView: 'swimlanes' });
    const back = applyAll(focused, { type: 'showRoomScreen', screen: 'blank' }, { type: 'startBreak', minutes: 5 }, { type: 'showRoomScreen', screen: 'live' });
    expect(back.room.focus).toEqual(focused.room.focus);
    expect(atSessionStart(applyAll(focused, { type: 'showRoomScreen', screen: 'frozen' })).room).toEqual({ screen: 'live', breakEndsAt: null, focus: focused.room.focus });
  });

  it('refuses a stage that does not exist, a view it does not know and a focus that says nothing', () => {
    const w = createSampleWorkshop(T0);
    expect(rejection(w, { type: 'focusRoom', stageId: 'no-such-stage' })).toEqual({ path: 'stageId', message: 'This stage no longer exists.' });
    expect(rejection(w, { type: 'focusRoom', responsibilitiesView: 'kanban' } as unknown as Command)).toMatchObject({ path: 'responsibilitiesView' });
    expect(rejection(w, { type: 'focusRoom' })).toMatchObject({ message: expect.stringMatching(/which stage or view/) });
    expect(rejection(w, { type: 'focusRoom', stageId: w.stages[0]!.id, extra: 1 } as unknown as Command)).not.toBeNull();
  });
});

describe('facilitator notes', () => {
  it('start with prompts for every phase, written from the method', () => {
    const notes = aWorkshop().facilitatorNotes;
    expect(Object.keys(notes).sort()).toEqual([...PHASE_IDS].sort());
    expect(notes).toEqual(defaultFacilitatorNotes());
    for (const text of Object.values(notes)) expect(text).toMatch(/^• .+/);
  });

  it('are edited per phase as one undo step per phase while typing, and never change the charter', () => {
    const w = aWorkshop();
    const edited = applyAll(w, { type: 'setFacilitatorNote', phase: 'pulse', text: 'Ask Sales first.' });
    expect(edited.facilitatorNotes.pulse).toBe('Ask Sales first.');
    expect(edited.facilitatorNotes.setup).toBe(w.facilitatorNotes.setup);
    expect(UNDOABLE.setFacilitatorNote).toBe(true);
    expect(endsUndoHistory({ type: 'setFacilitatorNote', phase: 'pulse', text: '' })).toBe(false);
    expect(coalesceKey({ type: 'setFacilitatorNote', phase: 'pulse', text: 'a' })).toBe(coalesceKey({ type: 'setFacilitatorNote', phase: 'pulse', text: 'ab' }));
    expect(coalesceKey({ type: 'setFacilitatorNote', phase: 'pulse', text: 'a' })).not.toBe(coalesceKey({ type: 'setFacilitatorNote', phase: 'goals', text: 'a' }));
    expect(fingerprintOf(edited)).toBe(fingerprintOf(w));
    expect(opens(edited)).toBe('ok');
  });

  it('refuses a phase that does not exist, control characters and text past 10,000 characters', () => {
    const w = aWorkshop();
    expect(rejection(w, { type: 'setFacilitatorNote', phase: 'lunch', text: 'x' } as unknown as Command)).not.toBeNull();
    expect(rejection(w, { type: 'setFacilitatorNote', phase: 'pulse', text: 'bell\u0007' })).not.toBeNull();
    expect(rejection(w, { type: 'setFacilitatorNote', phase: 'pulse', text: 'x'.repeat(10_001) })).not.toBeNull();
    expect(rejection(w, { type: 'setFacilitatorNote', phase: 'pulse', text: 'two\nlines' })).toBeNull();
  });
});
