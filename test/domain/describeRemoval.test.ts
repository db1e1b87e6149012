import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/domain/applyCommand';
import { COLLECTION_KEYS, collections, type CollectionKey } from '../../src/domain/collections';
import { describeRemoval, joinList, type RemovalEffectKind } from '../../src/domain/describeRemoval';
import { createSampleWorkshop } from '../../src/domain/sampleWorkshop';
import type { Workshop } from '../../src/domain/workshopSchema';
import { aContext, aParticipant, applyAll, aWorkshop, T0, withSuccessTeamEverywhere } from '../helpers/domainBuilders';
import { PROPERTY_TIMEOUT_MS, propertyRuns, workshop } from '../helpers/workshopArbitraries';

/** Which effect a change in another list shows up as. */
const REMOVED_AS: Partial<Record<CollectionKey, RemovalEffectKind>> = { activities: 'activities', handoffs: 'handoffs' };
/** An activity that changed lost roles (they are removed); other items that changed lost a link (it is cleared). */
const CHANGED_AS: Partial<Record<CollectionKey, `${'removed' | 'cleared'}:${RemovalEffectKind}`>> = {
  activities: 'removed:roles',
  stages: 'cleared:leadClaims',
  goals: 'cleared:goalOwners',
  incentives: 'cleared:incentiveTeams',
  insightLoops: 'cleared:insightLoopTeams',
  actions: 'cleared:actionOwners',
  sponsors: 'cleared:sponsorLinks',
};

/** What a removal actually did to the rest of the workshop, found by comparing before and after. */
function observedCascade(before: Workshop, after: Workshop, removed: { collection: CollectionKey; id: string }): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const note = (kind: string, id: string) => seen.set(kind, [...(seen.get(kind) ?? []), id]);
  for (const key of COLLECTION_KEYS) {
    const afterById = new Map(collections[key].get(after).map((item) => [item.id, item]));
    for (const item of collections[key].get(before)) {
      if (key === removed.collection && item.id === removed.id) continue;
      const now = afterById.get(item.id);
      if (!now) note(`removed:${REMOVED_AS[key] ?? key}`, item.id);
      else if (JSON.stringify(now) !== JSON.stringify(item)) note(CHANGED_AS[key] ?? `changed:${key}`, item.id);
    }
  }
  const scoreKey = (s: Workshop['pulse']['scores'][number]) => `${s.participantId}/${s.statementId}`;
  const kept = new Set(after.pulse.scores.map(scoreKey));
  for (const score of before.pulse.scores) if (!kept.has(scoreKey(score))) note('removed:pulseScores', scoreKey(score));
  if (JSON.stringify(before.timer) !== JSON.stringify(after.timer)) note('cleared:timer', 'timer');
  return seen;
}

describe('describeRemoval', () => {
  it('lists exactly what the removal takes with it, in any workshop, for any item', () => {
    let described = 0;
    fc.assert(
      fc.property(workshop, fc.constantFrom(...COLLECTION_KEYS), fc.nat(), (w, collection, pick) => {
        const items = collections[collection].get(w);
        fc.pre(items.length > 0);
        const id = items[pick % items.length]!.id;
        const description = describeRemoval(w, collection, id)!;
        const result = applyCommand(w, { type: 'removeItem', collection, id } as never, aContext(T0));
        expect(description.refusal).toBe(result.ok ? null : result.rejection.message);
        if (!result.ok) return;
        const listed = new Map(description.effects.map((e) => [`${e.change}:${e.kind}`, e.ids]));
        const observed = observedCascade(w, result.workshop, { collection, id });
        expect(new Map([...listed].map(([k, ids]) => [k, [...ids].sort()]))).toEqual(new Map([...observed].map(([k, ids]) => [k, [...ids].sort()])));
        expect(description.takesMore).toBe(observed.size > 0);
        const roles = description.effects.find((e) => e.kind === 'roles');
        if (roles) expect(roles.count).toBe(w.activities.flatMap((a) => a.roles).length - result.workshop.activities.flatMap((a) => a.roles).length);
        described++;
      }),
      { numRuns: propertyRuns(200) },
    );
    expect(described).toBeGreaterThan(propertyRuns(200) / 2);
  }, PROPERTY_TIMEOUT_MS);

  it('names the hand-off points a stage takes with it and what they hold', () => {
    const sample = createSampleWorkshop(T0);
    const description = describeRemoval(sample, 'stages', sample.handoffs[0]!.toStageId)!;
    expect(description.question).toBe(
      'Removing Consideration also removes 2 activities and 2 hand-offs (1 hand-off point and 1 hand-back; with 4 lead definitions, 3 rejection reasons, 1 follow-up commitment and 1 volume commitment).',
    );
    expect(description.summary).toMatch(/^Removed Consideration\. This also removed 2 activities and 2 hand-offs \(1 hand-off point and 1 hand-back; with 4 lead definitions/);
    expect(description.handoffContents).toEqual({ leadDefinitions: 4, followUpCommitments: 1, volumeCommitments: 1, rejectionReasons: 3 });
  });

  it('says "its" for the commitments of a single hand-off point', () => {
    const sample = createSampleWorkshop(T0);
    const onlyHandoff = applyAll(sample, { type: 'removeItem', collection: 'handoffs', id: 'h2' });
    expect(describeRemoval(onlyHandoff, 'stages', 'k-7')!.question).toBe(
      'Removing Consideration also removes 2 activities and 1 hand-off point (with 3 lead definitions, 3 rejection reasons, its follow-up commitment and its volume commitment).',
    );
  });

  it('says what removing a participant unlinks, with real plurals', () => {
    const statements = aWorkshop().pulse.statements;
    const w = applyAll(
      aWorkshop(),
      aParticipant('p1', 'sales', 'Dana Ruiz'),
      { type: 'setPulseScore', participantId: 'p1', statementId: statements[0]!.id, score: 4 },
      { type: 'setPulseScore', participantId: 'p1', statementId: statements[1]!.id, score: 2 },
      { type: 'addItem', collection: 'actions', item: { id: 'a1', title: 'Write it down', ownerParticipantId: 'p1', due: '', status: 'open', stageId: null, topic: null } },
      { type: 'addItem', collection: 'sponsors', item: { id: 's1', participantId: 'p1', name: 'Dana Ruiz', role: 'CRO' } },
    );
    expect(describeRemoval(w, 'participants', 'p1')!.question).toBe(
      'Removing Dana Ruiz also removes 2 pulse scores, leaves 1 action without an owner, and unlinks 1 sponsor entry from the participant list.',
    );
  });

  it('says what removing a team takes off other items', () => {
    const sample = createSampleWorkshop(T0);
    const w = applyAll(sample, { type: 'updateItem', collection: 'participants', id: 'p9', patch: { teamId: 'sales' } });
    expect(describeRemoval(w, 'teams', 'success')!.question).toBe('Removing the team Customer Success also removes 2 RACI roles and takes the team off 1 stage it claims to lead.');
    expect(describeRemoval(sample, 'teams', 'success')!.refusal).toBe('Customer Success still has 1 participant. Move them to another team first.');
  });

  it('asks nothing more for an item that takes nothing with it, and names an untitled one', () => {
    const w = applyAll(aWorkshop(), { type: 'addItem', collection: 'stages', item: { ...aWorkshop('blank').stages[0], id: 'empty', name: '', customerGoal: '', customerQuestions: '', touchpoints: '', exitCriterion: '', measure: '', leadClaims: [], leadShared: false } });
    const description = describeRemoval(w, 'stages', 'empty')!;
    expect(description).toMatchObject({ name: 'this stage', takesMore: false, effects: [], question: 'Remove this stage?', summary: 'Removed this stage.' });
  });

  it('answers null for an item that does not exist', () => {
    expect(describeRemoval(aWorkshop(), 'stages', 'nope')).toBeNull();
  });

  it('joins lists the way a sentence does', () => {
    expect([joinList([]), joinList(['a']), joinList(['a', 'b']), joinList(['a', 'b', 'c'])]).toEqual(['', 'a', 'a and b', 'a, b and c']);
  });

  it('lists, for a team, each item that loses it', () => {
    const w = withSuccessTeamEverywhere();
    const description = describeRemoval(w, 'teams', 'success')!;
    expect(description.effects).toEqual([
      { kind: 'roles', change: 'removed', ids: [w.activities[0]!.id], count: 1 },
      { kind: 'handoffs', change: 'removed', ids: ['h0', 'h1'], count: 2 },
      { kind: 'leadClaims', change: 'cleared', ids: [w.stages[0]!.id], count: 1 },
      { kind: 'goalOwners', change: 'cleared', ids: ['g1'], count: 1 },
      { kind: 'incentiveTeams', change: 'cleared', ids: ['i1'], count: 1 },
      { kind: 'insightLoopTeams', change: 'cleared', ids: ['l1'], count: 1 },
    ]);
    expect(description.question).toBe(
      'Removing the team Customer Success also removes 1 RACI role and 2 hand-offs (1 hand-off point and 1 hand-back), and takes the team off 1 stage it claims to lead, 1 goal, 1 incentive and 1 insight loop.',
    );
    expect(describeRemoval(w, 'teams', 'leadership')!.effects.map((e) => e.kind)).toEqual(['roles']);
  });

  it('lists, for a participant, their scores, actions and sponsor entries, and nobody else\'s', () => {
    const sample = createSampleWorkshop(T0);
    expect(describeRemoval(sample, 'participants', 'p1')!.effects).toEqual([
      { kind: 'pulseScores', change: 'removed', ids: sample.pulse.statements.map((s) => `p1/${s.id}`), count: 10 },
      { kind: 'actionOwners', change: 'cleared', ids: ['a3'], count: 1 },
      { kind: 'sponsorLinks', change: 'cleared', ids: ['s1'], count: 1 },
    ]);
  });

  it('lists, for a stage, its activities and the hand-offs from or to it', () => {
    const sample = createSampleWorkshop(T0);
    expect(describeRemoval(sample, 'stages', 'k-4')!.effects).toEqual([
      { kind: 'activities', change: 'removed', ids: ['k-5', 'k-6', 'k-14'], count: 3 },
      { kind: 'handoffs', change: 'removed', ids: ['h1', 'h2'], count: 2 },
    ]);
    expect(describeRemoval(sample, 'stages', 'k-1')!.effects).toEqual([{ kind: 'activities', change: 'removed', ids: ['k-2', 'k-3'], count: 2 }]);
  });

  it('lists, for a pulse statement, its scores only', () => {
    const sample = createSampleWorkshop(T0);
    const description = describeRemoval(sample, 'pulseStatements', 'k-u')!;
    expect(description.effects).toEqual([{ kind: 'pulseScores', change: 'removed', ids: sample.participants.map((p) => `${p.id}/k-u`), count: 9 }]);
    expect(description.question).toBe('Removing the statement “We have one shared, written definition of a sales-ready l…” also removes 9 pulse scores.');
  });

  it('says when removing an agenda item resets the timer running on it, and only then', () => {
    const w = aWorkshop();
    const [first, second] = w.agenda;
    const running = applyAll(w, { type: 'startTimer', agendaItemId: first!.id });
    const description = describeRemoval(running, 'agenda', first!.id)!;
    expect(description.effects).toEqual([{ kind: 'timer', change: 'cleared', ids: ['timer'], count: 1 }]);
    expect(description.question).toBe('Removing the Setup agenda item also resets the timer running on it.');
    expect(description.summary).toBe('Removed the Setup agenda item. This also reset the timer running on it.');
    expect(describeRemoval(running, 'agenda', second!.id)!.takesMore).toBe(false);
  });
});
