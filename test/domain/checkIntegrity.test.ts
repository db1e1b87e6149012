import { describe, expect, it } from 'vitest';
import { checkIntegrity } from '../../src/domain/checkIntegrity';
import { createSampleWorkshop } from '../../src/domain/sampleWorkshop';
import { T0 } from '../helpers/domainBuilders';

describe('checkIntegrity', () => {
  it('finds nothing wrong with the sample workshop', () => {
    expect(checkIntegrity(createSampleWorkshop(T0))).toEqual([]);
  });

  it('names each repeated id and each reference to nothing, with its path', () => {
    const w = structuredClone(createSampleWorkshop(T0));
    w.participants.push({ ...w.participants[0]! });
    w.rhythm.glossary.push({ ...w.rhythm.glossary[0]! });
    w.activities[1]!.stageId = 'gone-stage';
    w.activities[2]!.roles.push({ teamId: 'gone-team', role: 'C' });
    w.stages[0]!.leadClaims.push('gone-team');
    w.rhythm.insightLoops[0]!.toTeamId = 'gone-team';
    w.rhythm.sponsors[0]!.participantId = 'gone-person';
    w.handoffs[1]!.leadDefinitions.push({ ...w.handoffs[0]!.leadDefinitions[0]! });
    w.pulse.scores.push({ participantId: 'gone-person', statementId: 'gone-statement', score: 3 });
    w.signoff.signatures.push({ id: 'sig1', participantId: 'gone-person', typedName: 'X', teamId: 'sales', statement: 'I agree.', strokes: [], fingerprint: 'a'.repeat(64), signedAt: '2026-11-22T10:00:00+01:00', timeZone: 'Europe/Berlin', previousHash: 'b'.repeat(64), hash: 'c'.repeat(64) });
    w.timer.agendaItemId = 'gone-item';
    expect(checkIntegrity(w)).toEqual([
      { path: 'participants[9].id', message: 'repeats the id p1' },
      { path: 'rhythm.glossary[2].id', message: 'repeats the id gl1' },
      { path: 'stages[0].leadClaims', message: 'refers to a team that does not exist (gone-team)' },
      { path: 'activities[1].stageId', message: 'refers to a stage that does not exist (gone-stage)' },
      { path: 'rhythm.insightLoops[0].toTeamId', message: 'refers to a team that does not exist (gone-team)' },
      { path: 'rhythm.sponsors[0].participantId', message: 'refers to a participant that does not exist (gone-person)' },
      { path: 'activities[2].roles[3].teamId', message: 'refers to a team that does not exist' },
      { path: 'handoffs[1].leadDefinitions[1].id', message: 'repeats the id ld1' },
      { path: 'pulse.scores[90].participantId', message: 'refers to a participant that does not exist' },
      { path: 'pulse.scores[90].statementId', message: 'refers to a statement that does not exist' },
      { path: 'signoff.signatures[0].participantId', message: 'refers to a participant that does not exist' },
      { path: 'timer.agendaItemId', message: 'refers to an agenda item that does not exist' },
    ]);
  });

  it('accepts a timer on an existing agenda item, and references that are empty', () => {
    const w = structuredClone(createSampleWorkshop(T0));
    w.timer.agendaItemId = w.agenda[0]!.id;
    w.rhythm.insightLoops[0]!.fromTeamId = null;
    w.actions[0]!.ownerParticipantId = null;
    expect(checkIntegrity(w)).toEqual([]);
  });
});
