import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/domain/applyCommand';
import { BATCHABLE_TYPES, commandSchema, UNDOABLE, type Command } from '../../src/domain/commands';
import { aContext, applyAll, aWorkshop, T0 } from '../helpers/domainBuilders';

const LATER = '2026-11-22T11:30:00.000Z';

describe('intent commands', () => {
  it('take the time and the new ids from the host, not from the window that sent them', () => {
    const w = applyAll(aWorkshop(), {
      type: 'addItem',
      collection: 'votes',
      item: { id: 'v1', kind: 'fistOfFive', question: 'Ship it?', options: [], hands: [], status: 'open', createdAt: T0 },
    });
    const result = applyCommand(w, { type: 'closeVote', voteId: 'v1' }, { now: LATER, newId: () => 'host-made' });
    if (!result.ok) throw new Error(result.rejection.message);
    expect(result.workshop.decisions.at(-1)).toMatchObject({ id: 'host-made', decidedAt: LATER });
  });

  it('give a sticky note and a parked topic the host’s id and time, as one undoable edit each', () => {
    const context = { now: LATER, newId: () => 'host-made' };
    const noted = applyCommand(aWorkshop(), { type: 'addNote', phase: 'pulse', text: 'Ask finance', colour: 'blue' }, context);
    if (!noted.ok) throw new Error(noted.rejection.message);
    expect(noted.workshop.notes).toEqual([{ id: 'host-made', phase: 'pulse', text: 'Ask finance', colour: 'blue', createdAt: LATER }]);
    const parked = applyCommand(aWorkshop(), { type: 'parkTopic', text: 'Partner leads?', raisedInPhase: 'handoff' }, context);
    if (!parked.ok) throw new Error(parked.rejection.message);
    expect(parked.workshop.parkingLot).toEqual([{ id: 'host-made', text: 'Partner leads?', raisedInPhase: 'handoff', createdAt: LATER }]);
    expect(UNDOABLE.addNote && UNDOABLE.parkTopic).toBe(true);
  });

  it('say which id the new item was given, so the window that sent the intent can find it', () => {
    let n = 0;
    const context = { now: LATER, newId: () => `host-${++n}` };
    const voted = applyCommand(aWorkshop(), { type: 'startVote', kind: 'dotVote', question: 'Fix which stage first?', options: ['Demo', 'Onboarding'] }, context);
    if (!voted.ok) throw new Error(voted.rejection.message);
    expect(voted.createdId).toBe(voted.workshop.votes[0]!.id);
    const decided = applyCommand(aWorkshop(), { type: 'addDecision', text: 'Sales owns follow-up', method: 'agreement', result: 'Agreed', dissent: '' }, context);
    expect(decided.ok && decided.createdId).toBe(decided.ok && decided.workshop.decisions.at(-1)!.id);
    // An ordinary edit creates nothing the window does not already know.
    const renamed = applyCommand(aWorkshop(), { type: 'updateSetup', patch: { venue: 'Atlas' } }, context);
    expect(renamed.ok && renamed.createdId).toBeUndefined();
  });

  it('open a vote and write a decision with the host’s ids and time', () => {
    let n = 0;
    const context = { now: LATER, newId: () => `host-${++n}` };
    const voted = applyCommand(aWorkshop(), { type: 'startVote', kind: 'dotVote', question: 'Fix which stage first?', options: ['Demo', 'Onboarding'] }, context);
    if (!voted.ok) throw new Error(voted.rejection.message);
    const vote = voted.workshop.votes[0]!;
    expect(vote).toMatchObject({ kind: 'dotVote', status: 'open', createdAt: LATER, hands: [] });
    expect(vote.options.map((o) => [o.label, o.dots])).toEqual([['Demo', 0], ['Onboarding', 0]]);
    expect(new Set([vote.id, ...vote.options.map((o) => o.id)]).size).toBe(3);
    const decided = applyCommand(aWorkshop(), { type: 'addDecision', text: 'Sales owns follow-up', method: 'agreement', result: 'Agreed', dissent: '' }, context);
    if (!decided.ok) throw new Error(decided.rejection.message);
    expect(decided.workshop.decisions[0]).toMatchObject({ text: 'Sales owns follow-up', decidedAt: LATER });
  });

  it('check what they stand for like any other item', () => {
    const tooLong = applyCommand(aWorkshop(), { type: 'parkTopic', text: 'x'.repeat(20_000), raisedInPhase: 'handoff' }, aContext());
    expect(tooLong.ok).toBe(false);
  });

  it('refuse a time or an id made by the window', () => {
    const item = aWorkshop().agenda[1]!;
    const withClock = { type: 'startTimer', agendaItemId: item.id, at: T0 };
    const withId = { type: 'closeVote', voteId: 'v1', decisionId: 'd1', at: T0 };
    const noteWithTime = { type: 'addNote', phase: 'pulse', text: 'x', colour: 'blue', createdAt: T0 };
    expect(commandSchema.safeParse(withClock).success).toBe(false);
    expect(commandSchema.safeParse(withId).success).toBe(false);
    expect(commandSchema.safeParse(noteWithTime).success).toBe(false);
    expect(applyCommand(aWorkshop(), withClock as unknown as Command, aContext()).ok).toBe(false);
  });
});

describe('command policy', () => {
  it('lets a batch hold undoable edits only', () => {
    const types = commandSchema.options.map((schema) => schema.shape.type.value);
    for (const type of types) {
      if (type === 'batch') continue;
      expect(BATCHABLE_TYPES.includes(type), type).toBe(UNDOABLE[type]);
      const inBatch = commandSchema.safeParse({ type: 'batch', label: 'x', commands: [{ type }] });
      const refusedForItsType = !inBatch.success && inBatch.error.issues.some((issue) => issue.path.join('.') === 'commands.0.type');
      expect(refusedForItsType, type).toBe(!UNDOABLE[type]);
    }
  });
});
