import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/domain/applyCommand';
import type { Command } from '../../src/domain/commands';
import { parseWorkshopValue } from '../../src/domain/parseWorkshop';
import { createSampleWorkshop } from '../../src/domain/sampleWorkshop';
import type { Workshop } from '../../src/domain/workshopSchema';
import { aContext, aParticipant, applyAll, aWorkshop, signCommand, T0, withSuccessTeamEverywhere } from '../helpers/domainBuilders';

const opensAgain = (w: Workshop) => parseWorkshopValue(JSON.parse(JSON.stringify(w))).kind;
const remove = (collection: 'teams' | 'participants' | 'stages' | 'pulseStatements' | 'agenda', id: string): Command => ({ type: 'removeItem', collection, id });

describe('removing an item takes what only made sense with it', () => {
  it('removing a team clears it from roles, lead claims, goal owners, incentives and insight loops, and removes its hand-offs', () => {
    const before = withSuccessTeamEverywhere();
    const after = applyAll(before, remove('teams', 'success'));
    expect(after.teams.map((t) => t.id)).toEqual(['marketing', 'sales', 'leadership']);
    expect(after.activities.flatMap((a) => a.roles)).toEqual(before.activities.flatMap((a) => a.roles).filter((r) => r.teamId !== 'success'));
    expect(after.stages[0]!.leadClaims).toEqual(['marketing']);
    expect(after.goals[0]!.ownerTeamIds).toEqual(['sales']);
    expect(after.incentives[0]!.teamIds).toEqual([]);
    expect(after.rhythm.insightLoops[0]).toMatchObject({ fromTeamId: null, toTeamId: null });
    expect(after.handoffs).toEqual([]);
    expect(opensAgain(after)).toBe('ok');
  });

  it('removing a team keeps what other teams hold', () => {
    const before = withSuccessTeamEverywhere();
    const after = applyAll(before, remove('teams', 'leadership'));
    expect(after.goals).toEqual(before.goals);
    expect(after.incentives).toEqual(before.incentives);
    expect(after.rhythm.insightLoops).toEqual(before.rhythm.insightLoops);
    expect(after.handoffs).toEqual(before.handoffs);
  });

  it('removing a participant removes their pulse scores and unlinks their actions and sponsor entries', () => {
    const statementId = aWorkshop().pulse.statements[0]!.id;
    const before = applyAll(
      aWorkshop(),
      aParticipant('p1'),
      aParticipant('p2'),
      { type: 'setPulseScore', participantId: 'p1', statementId, score: 4 },
      { type: 'setPulseScore', participantId: 'p2', statementId, score: 2 },
      { type: 'addItem', collection: 'actions', item: { id: 'a1', title: 'Write it down', ownerParticipantId: 'p1', due: '', status: 'open', stageId: null, topic: null } },
      { type: 'addItem', collection: 'actions', item: { id: 'a2', title: 'Book the room', ownerParticipantId: 'p2', due: '', status: 'open', stageId: null, topic: null } },
      { type: 'addItem', collection: 'sponsors', item: { id: 's1', participantId: 'p1', name: 'Person p1', role: 'CRO' } },
      { type: 'addItem', collection: 'sponsors', item: { id: 's2', participantId: 'p2', name: 'Person p2', role: 'CMO' } },
    );
    const after = applyAll(before, remove('participants', 'p1'));
    expect(after.pulse.scores).toEqual([{ participantId: 'p2', statementId, score: 2 }]);
    expect(after.actions.map((a) => a.ownerParticipantId)).toEqual([null, 'p2']);
    expect(after.rhythm.sponsors.map((s) => [s.name, s.participantId])).toEqual([['Person p1', null], ['Person p2', 'p2']]);
    expect(opensAgain(after)).toBe('ok');
  });

  it('removing a stage removes its activities and every hand-off from or to it', () => {
    const sample = createSampleWorkshop(T0);
    const handoffStage = sample.handoffs[0]!.toStageId;
    const after = applyAll(sample, remove('stages', handoffStage));
    expect(after.activities).toEqual(sample.activities.filter((a) => a.stageId !== handoffStage));
    expect(after.handoffs).toEqual(sample.handoffs.filter((h) => h.fromStageId !== handoffStage && h.toStageId !== handoffStage));
    expect(opensAgain(after)).toBe('ok');
    const awareness = sample.stages[0]!;
    expect(awareness.name).toBe('Awareness');
    expect(applyAll(sample, remove('stages', awareness.id)).handoffs).toEqual(sample.handoffs);
  });

  it('removing a pulse statement removes its scores only', () => {
    const sample = createSampleWorkshop(T0);
    const [statement, other] = sample.pulse.statements;
    const after = applyAll(sample, remove('pulseStatements', statement!.id));
    expect(after.pulse.scores.some((s) => s.statementId === statement!.id)).toBe(false);
    expect(after.pulse.scores.filter((s) => s.statementId === other!.id)).toEqual(sample.pulse.scores.filter((s) => s.statementId === other!.id));
  });

  it('removing the agenda item the timer runs on resets the timer; another one leaves it', () => {
    const w = aWorkshop();
    const [first, second] = w.agenda;
    const running = applyAll(w, { type: 'startTimer', agendaItemId: first!.id }, { type: 'addTimerMinutes', minutes: 5 });
    expect(applyAll(running, remove('agenda', second!.id)).timer).toEqual(running.timer);
    expect(applyAll(running, remove('agenda', first!.id)).timer).toEqual({ agendaItemId: null, runningSince: null, elapsedSeconds: 0, extraMinutes: 0 });
  });

  it('says in plain words, with a real plural, why a team with members stays', () => {
    const one = applyCommand(applyAll(aWorkshop(), aParticipant('p1', 'sales')), remove('teams', 'sales'), aContext(T0));
    const two = applyCommand(applyAll(aWorkshop(), aParticipant('p1', 'sales'), aParticipant('p2', 'sales')), remove('teams', 'sales'), aContext(T0));
    expect(one.ok ? null : one.rejection.message).toBe('Sales still has 1 participant. Move them to another team first.');
    expect(two.ok ? null : two.rejection.message).toBe('Sales still has 2 participants. Move them to another team first.');
  });
});

describe('removals that are refused', () => {
  const refusal = (w: Workshop, command: Command) => {
    const result = applyCommand(w, command, aContext(T0));
    return result.ok ? null : result.rejection;
  };

  it('refuses to remove an item that no longer exists, and removes nothing else', () => {
    expect(refusal(aWorkshop(), remove('stages', 'gone'))).toEqual({ path: 'id', message: 'This stage no longer exists.' });
    expect(refusal(aWorkshop(), remove('teams', 'gone'))).toEqual({ path: 'id', message: 'This team no longer exists.' });
  });

  it('keeps the last team, but lets anything else go in a workshop with one team', () => {
    const one = applyAll(aWorkshop(), remove('teams', 'marketing'), remove('teams', 'leadership'));
    expect(refusal(one, remove('teams', 'sales'))).toEqual({ path: 'id', message: 'A workshop needs at least one team.' });
    expect(applyAll(one, remove('stages', one.stages[0]!.id)).stages).toHaveLength(one.stages.length - 1);
  });

  it('names the field when a team with members stays', () => {
    expect(refusal(applyAll(aWorkshop(), aParticipant('p1', 'sales')), remove('teams', 'sales'))?.path).toBe('id');
  });

  it('keeps a participant who has signed, and only them', () => {
    const signed = withSignatureOf(applyAll(aWorkshop(), aParticipant('p1', 'sales', 'Dana Ruiz'), aParticipant('p2')), 'p1');
    expect(refusal(signed, remove('participants', 'p1'))).toEqual({ path: 'id', message: 'Dana Ruiz has signed the charter, so they stay on the list. Withdraw the signature first.' });
    expect(applyAll(signed, remove('participants', 'p2')).participants.map((p) => p.id)).toEqual(['p1']);
    // A stage that happens to share the signer's id is not the signer.
    const stage = { ...signed.stages[0]!, id: 'p1' };
    expect(applyAll(signed, { type: 'addItem', collection: 'stages', item: stage }, remove('stages', 'p1')).stages).toHaveLength(signed.stages.length);
  });
});

function withSignatureOf(w: Workshop, participantId: string): Workshop {
  const signed = applyAll(w, signCommand(w, participantId, 'Dana Ruiz'));
  expect(opensAgain(signed)).toBe('ok');
  return signed;
}

describe('the post-condition of every command', () => {
  it('refuses a change stamped with a time that is not a timestamp, and leaves the workshop as it was', () => {
    const w = aWorkshop();
    const result = applyCommand(w, { type: 'updateSetup', patch: { venue: 'Atlas' } }, aContext('Tuesday morning'));
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.rejection.message).toMatch(/^Accord did not make this change: the workshop could not be opened again afterwards \(updatedAt: .+\)\. Nothing was changed\.$/);
    expect(w.setup.venue).toBe('');
  });

  it('refuses a batch whose result would not open, as a whole', () => {
    const w = aWorkshop();
    const result = applyCommand(
      w,
      { type: 'batch', label: 'Two edits', commands: [{ type: 'updateSetup', patch: { venue: 'Atlas' } }, aParticipant('p1')] },
      aContext('not a time'),
    );
    expect(result.ok).toBe(false);
  });
});
