import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/domain/applyCommand';
import type { Command } from '../../src/domain/commands';
import { checkIntegrity } from '../../src/domain/checkIntegrity';
import { aContext, aParticipant, applyAll, applyAllAt, aWorkshop } from '../helpers/domainBuilders';

const apply = (w = aWorkshop(), command: Command) => applyCommand(w, command, aContext('2026-11-22T10:00:00.000Z'));
const rejectionOf = (result: ReturnType<typeof apply>) => (result.ok ? null : result.rejection);

describe('applyCommand', () => {
  it('updates setup fields and stamps updatedAt', () => {
    const result = apply(undefined, { type: 'updateSetup', patch: { venue: 'Room Atlas', company: 'Kestrel' } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.workshop.setup.venue).toBe('Room Atlas');
    expect(result.workshop.setup.company).toBe('Kestrel');
    expect(result.workshop.updatedAt).toBe('2026-11-22T10:00:00.000Z');
  });

  it('never mutates the workshop it was given', () => {
    const before = aWorkshop();
    const frozen = JSON.stringify(before);
    apply(before, { type: 'updateSetup', patch: { venue: 'Elsewhere' } });
    expect(JSON.stringify(before)).toBe(frozen);
  });

  it('refuses unknown setup fields with the field named', () => {
    const rejection = rejectionOf(apply(undefined, { type: 'updateSetup', patch: { colour: 'red' } } as unknown as Command));
    expect(rejection).toEqual({ path: 'patch.colour', message: 'is not a field Accord knows' });
  });

  it('refuses a participant in a team that does not exist, naming the field', () => {
    const rejection = rejectionOf(apply(undefined, aParticipant('p1', 'finance')));
    expect(rejection).toEqual({ path: 'item.teamId', message: expect.stringMatching(/team that does not exist/) });
  });

  it('refuses a second item with the same id', () => {
    const w = applyAll(aWorkshop(), aParticipant('p1'));
    expect(rejectionOf(apply(w, aParticipant('p1')))?.path).toBe('item.id');
  });

  it('refuses an over-long stage name with the path of the field', () => {
    const stage = aWorkshop().stages[0]!;
    const rejection = rejectionOf(apply(undefined, { type: 'updateItem', collection: 'stages', id: stage.id, patch: { name: 'x'.repeat(301) } }));
    expect(rejection?.path).toBe('patch.name');
  });

  it('refuses changing an id', () => {
    const stage = aWorkshop().stages[0]!;
    const rejection = rejectionOf(apply(undefined, { type: 'updateItem', collection: 'stages', id: stage.id, patch: { id: 'other' } } as unknown as Command));
    expect(rejection?.path).toBe('patch.id');
  });

  it('adds a stage at a given position and moves it', () => {
    const w = aWorkshop();
    const stage = { ...w.stages[0]!, id: 'new-stage', name: 'Research' };
    const added = applyAll(w, { type: 'addItem', collection: 'stages', item: stage, index: 1 });
    expect(added.stages[1]!.name).toBe('Research');
    const moved = applyAll(added, { type: 'moveItem', collection: 'stages', id: 'new-stage', toIndex: 0 });
    expect(moved.stages.map((s) => s.name).slice(0, 2)).toEqual(['Research', 'Awareness']);
  });

  it('removes a stage together with its activities and hand-offs', () => {
    const w = aWorkshop();
    const [first, second] = w.stages;
    const withHandoff = applyAll(w, {
      type: 'addItem',
      collection: 'handoffs',
      item: {
        id: 'h1', kind: 'handoff', fromStageId: first!.id, toStageId: second!.id, fromTeamId: 'marketing', toTeamId: 'sales',
        leadDefinitions: [], passedAlong: '', followUpHours: 24, followUpAttempts: 3, volumePerPeriod: null, volumePeriod: 'month',
        rejectionReasons: [], recyclePath: '', feedbackLoop: '',
      },
    });
    const after = applyAll(withHandoff, { type: 'removeItem', collection: 'stages', id: first!.id });
    expect(after.activities.some((a) => a.stageId === first!.id)).toBe(false);
    expect(after.handoffs).toEqual([]);
    expect(checkIntegrity(after)).toEqual([]);
  });

  it('refuses to remove a team that still has participants, and says how to fix it', () => {
    const w = applyAll(aWorkshop(), aParticipant('p1', 'sales'));
    expect(rejectionOf(apply(w, { type: 'removeItem', collection: 'teams', id: 'sales' }))?.message).toMatch(/1 participant.*Move them/);
  });

  it('removing a team clears its roles, lead claims and goal ownership', () => {
    const after = applyAll(aWorkshop(), { type: 'removeItem', collection: 'teams', id: 'marketing' });
    expect(after.activities.flatMap((a) => a.roles).some((r) => r.teamId === 'marketing')).toBe(false);
    expect(after.stages.flatMap((s) => s.leadClaims)).not.toContain('marketing');
    expect(checkIntegrity(after)).toEqual([]);
  });

  it('removing a participant removes their pulse scores and unassigns their actions', () => {
    const w = applyAll(
      aWorkshop(),
      aParticipant('p1'),
      { type: 'setPulseScore', participantId: 'p1', statementId: aWorkshop().pulse.statements[0]!.id, score: 4 },
      { type: 'addItem', collection: 'actions', item: { id: 'a1', title: 'Write it down', ownerParticipantId: 'p1', due: '', status: 'open', stageId: null, topic: null } },
    );
    expect(w.pulse.scores).toHaveLength(1);
    const after = applyAll(w, { type: 'removeItem', collection: 'participants', id: 'p1' });
    expect(after.pulse.scores).toEqual([]);
    expect(after.actions[0]!.ownerParticipantId).toBeNull();
  });

  it('toggles RACI roles without duplicates', () => {
    const activity = aWorkshop().activities[0]!;
    const w = applyAll(
      aWorkshop(),
      { type: 'setRole', activityId: activity.id, teamId: 'leadership', role: 'I', assigned: true },
      { type: 'setRole', activityId: activity.id, teamId: 'leadership', role: 'I', assigned: true },
    );
    expect(w.activities[0]!.roles.filter((r) => r.teamId === 'leadership')).toEqual([{ teamId: 'leadership', role: 'I' }]);
    const off = applyAll(w, { type: 'setRole', activityId: activity.id, teamId: 'leadership', role: 'I', assigned: false });
    expect(off.activities[0]!.roles.some((r) => r.teamId === 'leadership')).toBe(false);
  });

  it('sets, changes and clears a pulse score', () => {
    const statementId = aWorkshop().pulse.statements[0]!.id;
    const scored = applyAll(aWorkshop(), aParticipant('p1'), { type: 'setPulseScore', participantId: 'p1', statementId, score: 2 }, { type: 'setPulseScore', participantId: 'p1', statementId, score: 5 });
    expect(scored.pulse.scores).toEqual([{ participantId: 'p1', statementId, score: 5 }]);
    expect(applyAll(scored, { type: 'setPulseScore', participantId: 'p1', statementId, score: null }).pulse.scores).toEqual([]);
    expect(rejectionOf(apply(scored, { type: 'setPulseScore', participantId: 'p1', statementId, score: 6 }))?.path).toBe('score');
  });

  it('refuses to open a phase that is left out of the agenda', () => {
    const w = aWorkshop();
    const pulse = w.agenda.find((a) => a.phase === 'pulse')!;
    const without = applyAll(w, { type: 'updateItem', collection: 'agenda', id: pulse.id, patch: { included: false } });
    expect(rejectionOf(apply(without, { type: 'goToPhase', phase: 'pulse' }))?.message).toMatch(/left out of the agenda/);
    expect(applyAll(without, { type: 'goToPhase', phase: 'signoff' }).currentPhase).toBe('signoff');
  });

  it('runs a timer: start, pause adds elapsed time, extra minutes never go below zero', () => {
    const item = aWorkshop().agenda[1]!;
    const running = applyAllAt('2026-11-22T10:00:00.000Z', aWorkshop(), { type: 'startTimer', agendaItemId: item.id });
    const paused = applyAllAt('2026-11-22T10:02:30.000Z', running, { type: 'pauseTimer' });
    expect(paused.timer).toMatchObject({ agendaItemId: item.id, runningSince: null, elapsedSeconds: 150 });
    expect(applyAll(paused, { type: 'addTimerMinutes', minutes: 5 }, { type: 'addTimerMinutes', minutes: -10 }).timer.extraMinutes).toBe(0);
  });

  it('treats text that looks like markup as plain data', () => {
    const w = applyAll(aWorkshop(), aParticipant('p1', 'sales', '<img src=x onerror=alert(1)>'));
    expect(w.participants[0]!.name).toBe('<img src=x onerror=alert(1)>');
  });

  it('rejects a malformed command at the boundary', () => {
    expect(rejectionOf(apply(undefined, { type: 'explode' } as unknown as Command))).not.toBeNull();
    expect(rejectionOf(apply(undefined, { type: 'addItem', collection: 'nope', item: {} } as unknown as Command))?.path).toBe('collection');
  });

  it('produces patches that replay to the same document', async () => {
    const { applyPatches } = await import('immer');
    const w = aWorkshop();
    const result = apply(w, aParticipant('p1'));
    if (!result.ok) throw new Error('rejected');
    expect(applyPatches(w, result.patches)).toEqual(result.workshop);
    expect(applyPatches(result.workshop, result.inversePatches)).toEqual({ ...w });
  });
});
