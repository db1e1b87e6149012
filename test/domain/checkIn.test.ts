import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/domain/applyCommand';
import { charterContent } from '../../src/domain/charterContent';
import { compareCheckIn, largestChangeFirst, pulseMovement } from '../../src/domain/compareCheckIn';
import { checkInRefusal, createCheckIn, latestSignedCharter } from '../../src/domain/createCheckIn';
import { sequentialIds } from '../../src/domain/createWorkshop';
import { navigablePhases } from '../../src/domain/phases';
import { parseWorkshopText, parseWorkshopValue } from '../../src/domain/parseWorkshop';
import { createSampleWorkshop } from '../../src/domain/sampleWorkshop';
import { LIMITS, type Workshop } from '../../src/domain/workshopSchema';
import { aContext, applyAll, applyAllAt, fingerprintOf, readyToSign, signCommand, T0 } from '../helpers/domainBuilders';

/** The sample workshop, signed by its first participant (so it can have a check-in). */
function signedSample(): Workshop {
  const ready = readyToSign(createSampleWorkshop(T0));
  return applyAll(ready, signCommand(ready, ready.participants[0]!.id));
}

function checkInOf(source: Workshop, id = 'check-in-1'): Workshop {
  const signed = latestSignedCharter(source, () => charterContent(source));
  if (signed === null) throw new Error('not signed');
  return createCheckIn(source, signed, { id, now: '2027-03-01T09:00:00.000Z', newId: sequentialIds(id) });
}

describe('createCheckIn', () => {
  it('refuses a workshop nobody signed, and says why', () => {
    expect(checkInRefusal(createSampleWorkshop(T0))).toMatch(/Nobody has signed/);
    expect(latestSignedCharter(createSampleWorkshop(T0), () => charterContent(createSampleWorkshop(T0)))).toBeNull();
    expect(checkInRefusal(signedSample())).toBeNull();
  });

  it('carries over what was signed, asks the pulse again, and runs the shorter agenda', () => {
    const source = signedSample();
    const checkIn = checkInOf(source);
    expect(parseWorkshopValue(checkIn).kind).toBe('ok');
    for (const part of ['teams', 'participants', 'stages', 'activities', 'handoffs', 'bestCustomers', 'goals', 'incentives', 'rhythm', 'actions', 'parkingLot'] as const) {
      expect(checkIn[part], part).toEqual(source[part]);
    }
    expect(checkIn.pulse).toEqual({ statements: source.pulse.statements, scores: [] });
    expect(checkIn.decisions).toEqual([]);
    expect(checkIn.signoff.signatures).toEqual([]);
    expect(checkIn.setup.title).toBe(`${source.setup.title}: check-in`);
    expect(navigablePhases(checkIn)).toEqual(['setup', 'pulse', 'sinceLastTime', 'handoff', 'goals', 'rhythm', 'actions', 'signoff']);
    expect(checkIn.checkIn).toMatchObject({ seriesId: source.id, actionReviews: [], commitmentResults: [] });
    const [earlier] = checkIn.checkIn!.earlier;
    expect(earlier).toMatchObject({ workshopId: source.id, charterVersion: 1, fingerprint: fingerprintOf(source), pulse: source.pulse, handoffs: source.handoffs });
  });

  it('starts from the last signed version, not from edits made after it', () => {
    const source = signedSample();
    const edited = applyAll(source, { type: 'updateItem', collection: 'actions', id: source.actions[0]!.id, patch: { title: 'Edited after signing' } });
    expect(edited.signoff.signatures).toEqual([]);
    const checkIn = checkInOf(edited);
    expect(checkIn.actions[0]!.title).toBe(source.actions[0]!.title);
    expect(checkIn.checkIn!.earlier[0]!.fingerprint).toBe(fingerprintOf(source));
  });

  it('a first workshop never offers Since last time; a check-in of a check-in looks back on both, in one series', () => {
    expect(navigablePhases(createSampleWorkshop(T0))).not.toContain('sinceLastTime');
    expect(applyCommand(createSampleWorkshop(T0), { type: 'goToPhase', phase: 'sinceLastTime' }, aContext())).toMatchObject({ ok: false, rejection: { message: expect.stringMatching(/belongs to a check-in/) } });
    const first = signedSample();
    const second = readyToSign(checkInOf(first));
    const signedSecond = applyAll(second, signCommand(second, second.participants[0]!.id));
    const third = checkInOf(signedSecond, 'check-in-2');
    expect(third.checkIn!.seriesId).toBe(first.id);
    expect(third.checkIn!.earlier.map((e) => e.workshopId)).toEqual([first.id, 'check-in-1']);
    // Named after the first workshop and numbered, not "…: check-in: check-in".
    expect(third.setup.title).toBe(`${first.setup.title}: check-in 2`);
    expect(parseWorkshopValue(third).kind).toBe('ok');
  });

  it('keeps the first workshop and the latest check-ins when a series outgrows what a check-in remembers', () => {
    let current = signedSample();
    for (let n = 1; n <= LIMITS.earlierWorkshops + 2; n++) {
      const next = readyToSign(checkInOf(current, `c${n}`));
      current = applyAll(next, signCommand(next, next.participants[0]!.id));
    }
    const earlier = current.checkIn!.earlier;
    expect(earlier).toHaveLength(LIMITS.earlierWorkshops);
    expect(earlier[0]!.workshopId).toBe('sample-kestrel');
    expect(earlier.at(-1)!.workshopId).toBe(`c${LIMITS.earlierWorkshops + 1}`);
  });
});

describe('the review of last time', () => {
  it('records an outcome and a reason per action, and drops an entry that says nothing any more', () => {
    const checkIn = checkInOf(signedSample());
    const [a1, a2] = checkIn.checkIn!.earlier[0]!.actions;
    const reviewed = applyAll(
      checkIn,
      { type: 'reviewAction', actionId: a2!.id, patch: { outcome: 'late', reason: 'Waited for IT' } },
      { type: 'reviewAction', actionId: a1!.id, patch: { outcome: 'done' } },
    );
    // Kept in last time's order, whatever order the room went in.
    expect(reviewed.checkIn!.actionReviews).toEqual([
      { actionId: a1!.id, outcome: 'done', reason: '' },
      { actionId: a2!.id, outcome: 'late', reason: 'Waited for IT' },
    ]);
    const cleared = applyAll(reviewed, { type: 'reviewAction', actionId: a1!.id, patch: { outcome: null } });
    expect(cleared.checkIn!.actionReviews.map((r) => r.actionId)).toEqual([a2!.id]);
  });

  it('refuses a review in a first workshop, of an action or hand-off not agreed last time, and a wrong outcome', () => {
    const checkIn = checkInOf(signedSample());
    const refusal = (w: Workshop, command: object) => {
      const result = applyCommand(w, command as never, aContext());
      return result.ok ? null : result.rejection;
    };
    expect(refusal(createSampleWorkshop(T0), { type: 'reviewAction', actionId: 'a1', patch: { outcome: 'done' } })?.message).toMatch(/Only a check-in/);
    expect(refusal(checkIn, { type: 'reviewAction', actionId: 'new-today', patch: { outcome: 'done' } })).toMatchObject({ path: 'actionId' });
    expect(refusal(checkIn, { type: 'recordCommitmentResult', handoffId: 'nope', patch: { followUpHours: 4 } })).toMatchObject({ path: 'handoffId' });
    expect(refusal(checkIn, { type: 'reviewAction', actionId: 'a1', patch: { outcome: 'abandoned' } })).not.toBeNull();
    expect(refusal(checkIn, { type: 'recordCommitmentResult', handoffId: 'h1', patch: { followUpHours: -1 } })).not.toBeNull();
  });

  it('is an edit of the charter: undoable, and after a signature it starts the next charter version', () => {
    const checkIn = readyToSign(checkInOf(signedSample()));
    const signed = applyAll(checkIn, signCommand(checkIn, checkIn.participants[0]!.id));
    const result = applyCommand(signed, { type: 'recordCommitmentResult', handoffId: 'h1', patch: { followUpHours: 30 } }, aContext());
    if (!result.ok) throw new Error(result.rejection.message);
    expect(result.workshop.signoff.charterVersion).toBe(2);
    expect(result.inversePatches.length).toBeGreaterThan(0);
  });
});

describe('compareCheckIn', () => {
  it('is null for a first workshop', () => {
    expect(compareCheckIn(createSampleWorkshop(T0))).toBeNull();
  });

  it('counts the actions done, late, dropped and unreviewed, and judges each committed number by its direction', () => {
    const checkIn = checkInOf(signedSample());
    const [a1, a2, a3] = checkIn.checkIn!.earlier[0]!.actions;
    const handoff = checkIn.checkIn!.earlier[0]!.handoffs.find((h) => h.followUpHours !== null && h.volumePerPeriod !== null)!;
    const w = applyAll(
      checkIn,
      { type: 'reviewAction', actionId: a1!.id, patch: { outcome: 'done' } },
      { type: 'reviewAction', actionId: a2!.id, patch: { outcome: 'dropped', reason: 'No longer needed' } },
      { type: 'recordCommitmentResult', handoffId: handoff.id, patch: { followUpHours: handoff.followUpHours! + 1, volumePerPeriod: handoff.volumePerPeriod! } },
    );
    const comparison = compareCheckIn(w)!;
    expect(comparison.actions).toMatchObject({ agreed: 3, counts: { done: 1, late: 0, dropped: 1, open: 0 }, unreviewed: 1, shareDone: 1 / 3 });
    expect(comparison.actions.rows.map((r) => r.actionId)).toEqual([a1!.id, a2!.id, a3!.id]);
    const row = comparison.commitments.rows.find((r) => r.handoffId === handoff.id)!;
    // Slower than promised misses; as many leads as promised meets.
    expect(row.measures.map((m) => [m.measure, m.verdict])).toEqual(expect.arrayContaining([['followUpHours', 'missed'], ['volumePerPeriod', 'met']]));
  });

  it('shows the pulse then and now for every team, and across all earlier days in a series', () => {
    const first = signedSample();
    const scored = (w: Workshop, score: number) =>
      applyAllAt(
        '2027-03-01T10:00:00.000Z',
        w,
        ...w.participants.map((p) => ({ type: 'setPulseScore' as const, participantId: p.id, statementId: w.pulse.statements[0]!.id, score })),
      );
    const second = readyToSign(scored(checkInOf(first), 4));
    const signedSecond = applyAll(second, signCommand(second, second.participants[0]!.id));
    const third = scored(checkInOf(signedSecond, 'check-in-2'), 5);
    const comparison = compareCheckIn(third)!;
    expect(comparison.earlier.map((e) => e.workshopId)).toEqual([first.id, 'check-in-1']);
    const row = comparison.pulseAcrossDays[0]!;
    expect(row.statementId).toBe(first.pulse.statements[0]!.id);
    for (const team of row.teams.filter((t) => t.now !== null)) {
      expect(team.earlier).toHaveLength(2);
      expect(team.earlier[1]).toBe(4);
      expect(team.now).toBe(5);
    }
  });
});

describe('compareCheckIn for the views', () => {
  it('gives each action’s status when signed and its owner’s team then, so the review can show them', () => {
    const checkIn = checkInOf(signedSample());
    const earlier = checkIn.checkIn!.earlier[0]!;
    const rows = compareCheckIn(checkIn)!.actions.rows;
    earlier.actions.forEach((action, i) => {
      const owner = earlier.participants.find((p) => p.id === action.ownerParticipantId);
      expect(rows[i]).toMatchObject({ statusWhenSigned: action.status, ownerName: owner?.name ?? '', ownerTeamId: owner?.teamId ?? null });
    });
    // The sample signs actions in more than one status, so a wrong field would show.
    expect(new Set(rows.map((r) => r.statusWhenSigned)).size).toBeGreaterThan(1);
  });

  it('says who owned nothing as no team', () => {
    const checkIn = checkInOf(signedSample());
    const earlier = checkIn.checkIn!.earlier[0]!;
    const ownerless = { ...checkIn, checkIn: { ...checkIn.checkIn!, earlier: [{ ...earlier, actions: earlier.actions.map((a) => ({ ...a, ownerParticipantId: null })) }] } };
    expect(compareCheckIn(ownerless)!.actions.rows.every((r) => r.ownerName === '' && r.ownerTeamId === null)).toBe(true);
  });

  const row = (statementId: string, teams: [number | null, number | null][], gapThen: number | null = null, gapNow: number | null = null) => ({
    statementId,
    text: statementId,
    teams: teams.map(([then, now], i) => ({ teamId: `t${i}`, then, now })),
    gapThen,
    gapNow,
    change: 'steady' as const,
  });

  it('measures a statement’s movement by the team that moved most, or the gap when it moved more', () => {
    expect(pulseMovement(row('a', [[2, 3.5], [4, 4]]))).toBe(1.5);
    expect(pulseMovement(row('b', [[2, 2.5], [3, 3]], 0.2, 1.4))).toBeCloseTo(1.2);
    // A team that scored on one day only says nothing about movement.
    expect(pulseMovement(row('c', [[2, null], [null, 4]]))).toBeNull();
  });

  it('puts the statements that moved most first, those with nothing to compare last, ties in the asked order', () => {
    const rows = [row('none', [[3, null]]), row('small', [[3, 3.5]]), row('big', [[1, 4]]), row('small-too', [[4, 3.5]]), row('none-too', [[null, 2]])];
    expect(largestChangeFirst(rows).map((r) => r.statementId)).toEqual(['big', 'small', 'small-too', 'none', 'none-too']);
    expect(rows.map((r) => r.statementId)[0]).toBe('none');
  });
});

describe('schema 9', () => {
  it('reads the version 9 fixture: a check-in of the version 8 workshop, its review and an action with its stage and topic', () => {
    const outcome = parseWorkshopText(readFileSync(new URL('../fixtures/schema-v9.accord.json', import.meta.url), 'utf8'));
    if (outcome.kind !== 'ok') throw new Error(JSON.stringify(outcome).slice(0, 500));
    expect(outcome.migratedFrom).toBeNull();
    const comparison = compareCheckIn(outcome.workshop)!;
    expect(comparison.actions.counts).toMatchObject({ done: 1, late: 1 });
    expect(comparison.commitments).toMatchObject({ met: 1, missed: 1 });
    expect(outcome.workshop.actions.at(-1)).toMatchObject({ topic: 'sinceLastTime' });
  });

  it('keeps a signed first workshop’s fingerprint: no check-in and no action origin in its charter', () => {
    const unsigned = createSampleWorkshop(T0);
    const ready = readyToSign({ ...unsigned, actions: unsigned.actions.map((a) => ({ ...a, topic: null })) });
    const source = applyAll(ready, signCommand(ready, ready.participants[0]!.id));
    expect(charterContent(source)).not.toHaveProperty('checkIn');
    expect(charterContent(source).actions.every((a) => !('stageId' in a) && !('topic' in a))).toBe(true);
    const withTopic = { ...source, actions: source.actions.map((a) => ({ ...a, topic: 'handoff' as const })) };
    expect(fingerprintOf(withTopic)).not.toBe(fingerprintOf(source));
  });

  it('clears the stage an action came from when the stage is removed', () => {
    const w = createSampleWorkshop(T0);
    const stage = w.stages[0]!;
    const withStage = applyAll(w, { type: 'updateItem', collection: 'actions', id: w.actions[0]!.id, patch: { stageId: stage.id } });
    const removed = applyAll(withStage, { type: 'removeItem', collection: 'stages', id: stage.id });
    expect(removed.actions[0]!.stageId).toBeNull();
    expect(applyCommand(w, { type: 'updateItem', collection: 'actions', id: w.actions[0]!.id, patch: { stageId: 'no-such-stage' } }, aContext())).toMatchObject({ ok: false, rejection: { path: 'patch.stageId' } });
  });
});
