import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/domain/applyCommand';
import type { Command } from '../../src/domain/commands';
import { voteOnTheWall, voteOutcome } from '../../src/domain/voteResult';
import { LIMITS } from '../../src/domain/workshopSchema';
import { aContext, applyAll, aWorkshop, T0 } from '../helpers/domainBuilders';

const dotVote: Command = {
  type: 'addItem',
  collection: 'votes',
  item: { id: 'v1', kind: 'dotVote', question: 'Which stage do we fix first?', options: [{ id: 'o1', label: 'Consideration', dots: 0 }, { id: 'o2', label: 'Onboarding', dots: 0 }], hands: [], status: 'open', createdAt: T0 },
};
const fist: Command = { type: 'addItem', collection: 'votes', item: { id: 'v2', kind: 'fistOfFive', question: 'Sales leads Consideration', options: [], hands: [], status: 'open', createdAt: T0 } };
const reject = (w: ReturnType<typeof aWorkshop>, c: Command) => {
  const r = applyCommand(w, c, aContext());
  return r.ok ? null : r.rejection;
};

describe('votes', () => {
  it('a dot vote counts dots and its closing records a decision', () => {
    const w = applyAll(aWorkshop(), dotVote,
      { type: 'castDot', voteId: 'v1', optionId: 'o2', delta: 1 },
      { type: 'castDot', voteId: 'v1', optionId: 'o2', delta: 1 },
      { type: 'castDot', voteId: 'v1', optionId: 'o1', delta: 1 },
      { type: 'closeVote', voteId: 'v1' });
    expect(w.votes[0]!.status).toBe('closed');
    expect(w.decisions).toEqual([{ id: 'id-1', text: 'Which stage do we fix first?', method: 'dotVote', result: 'Onboarding 2 · Consideration 1 (3 dots)', dissent: '', decidedAt: T0 }]);
  });

  it('refuses to take back a dot that was never cast, and any vote once closed', () => {
    const w = applyAll(aWorkshop(), dotVote);
    expect(reject(w, { type: 'castDot', voteId: 'v1', optionId: 'o1', delta: -1 })?.path).toBe('delta');
    const closed = applyAll(w, { type: 'closeVote', voteId: 'v1' });
    expect(reject(closed, { type: 'castDot', voteId: 'v1', optionId: 'o1', delta: 1 })?.message).toMatch(/closed/);
  });

  it('a fist-of-five check reports the average and the hands that block', () => {
    const w = applyAll(aWorkshop(), fist, ...[5, 4, 4, 2].map((fingers): Command => ({ type: 'recordHand', voteId: 'v2', fingers })));
    expect(voteOutcome(w.votes[0]!)).toMatchObject({ summary: 'Average 3.8 from 4 hands; 1 at 2 or below', blockers: 1 });
    expect(reject(w, { type: 'castDot', voteId: 'v2', optionId: 'o1', delta: 1 })?.message).toMatch(/dot vote/);
    expect(reject(w, { type: 'recordHand', voteId: 'v2', fingers: 6 })?.path).toBe('fingers');
  });
});

describe('convertNote', () => {
  const note: Command = { type: 'addItem', collection: 'notes', item: { id: 'n1', phase: 'buyingProcess', text: 'Research on peer forums', colour: 'yellow', createdAt: T0 } };

  it('turns a note into a stage, an activity, or an action, and removes the note', () => {
    const w = applyAll(aWorkshop(), note);
    const stage = applyAll(w, { type: 'convertNote', noteId: 'n1', into: 'stage' });
    expect(stage.stages.at(-1)).toMatchObject({ id: 'id-1', name: 'Research on peer forums' });
    expect(stage.notes).toEqual([]);
    const stageId = w.stages[0]!.id;
    expect(applyAll(w, { type: 'convertNote', noteId: 'n1', into: 'activity', targetId: stageId }).activities.at(-1)).toMatchObject({ id: 'id-1', stageId, roles: [] });
    // An action remembers the part of the day its note was written in (the Actions table's From).
    expect(applyAll(w, { type: 'convertNote', noteId: 'n1', into: 'action' }).actions.at(-1)).toMatchObject({ id: 'id-1', status: 'open', ownerParticipantId: null, stageId: null, topic: 'buyingProcess' });
  });

  it('turns a note of several lines into one-line names and titles, keeping the full text on an activity', () => {
    const twoLines: Command = { type: 'addItem', collection: 'notes', item: { id: 'n2', phase: 'buyingProcess', text: 'Peer forums\r\n  and review sites\n', colour: 'blue', createdAt: T0 } };
    const w = applyAll(aWorkshop(), twoLines);
    expect(applyAll(w, { type: 'convertNote', noteId: 'n2', into: 'stage' }).stages.at(-1)!.name).toBe('Peer forums and review sites');
    expect(applyAll(w, { type: 'convertNote', noteId: 'n2', into: 'action' }).actions.at(-1)!.title).toBe('Peer forums and review sites');
    const activity = applyAll(w, { type: 'convertNote', noteId: 'n2', into: 'activity', targetId: w.stages[0]!.id }).activities.at(-1)!;
    expect(activity).toMatchObject({ name: 'Peer forums and review sites', description: 'Peer forums\r\n  and review sites' });
  });

  it('needs a stage for an activity and a lead definition for a criterion', () => {
    const w = applyAll(aWorkshop(), note);
    expect(reject(w, { type: 'convertNote', noteId: 'n1', into: 'activity' })?.path).toBe('targetId');
    expect(reject(w, { type: 'convertNote', noteId: 'n1', into: 'criterion', targetId: 'nope' })?.path).toBe('targetId');
  });
});

describe('list limits', () => {
  it('refuses to add past the most a list may hold, so the document always stays valid', () => {
    let w = aWorkshop();
    for (let i = w.stages.length; i < LIMITS.stages; i++) {
      w = applyAll(w, { type: 'addItem', collection: 'stages', item: { ...w.stages[0]!, id: `extra${i}` } });
    }
    expect(reject(w, { type: 'addItem', collection: 'stages', item: { ...w.stages[0]!, id: 'one-too-many' } })?.message).toMatch(/at most 100/);
  });
});

describe('voteOnTheWall', () => {
  const vote = (id: string, createdAt: string, status: 'open' | 'closed') => ({ id, kind: 'fistOfFive' as const, question: id, options: [], hands: [], status, createdAt });

  it('shows the latest started of the open votes, none once all are closed', () => {
    expect(voteOnTheWall([])).toBeNull();
    expect(voteOnTheWall([vote('a', '2026-12-02T10:00:00.000Z', 'closed')])).toBeNull();
    const votes = [vote('early', '2026-12-02T10:00:00.000Z', 'open'), vote('late', '2026-12-02T10:05:00.000Z', 'open'), vote('closed', '2026-12-02T10:09:00.000Z', 'closed')];
    expect(voteOnTheWall(votes)?.id).toBe('late');
    expect(voteOnTheWall([...votes].reverse())?.id).toBe('late');
  });
});
