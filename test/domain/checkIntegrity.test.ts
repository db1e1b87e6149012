import fc from 'fast-check';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { checkIntegrity, checkIntegrityAfterChange } from '../../src/domain/checkIntegrity';
import { collections, COLLECTION_KEYS } from '../../src/domain/collections';
import { createSampleWorkshop } from '../../src/domain/sampleWorkshop';
import type { Workshop } from '../../src/domain/workshopSchema';
import { buildLargeWorkshop } from '../helpers/buildLargeWorkshop';
import { T0 } from '../helpers/domainBuilders';
import { PROPERTY_TIMEOUT_MS, propertyRuns, workshop } from '../helpers/workshopArbitraries';

/**
 * One change that can break integrity or keep it, made through immer as commands make them:
 * point a reference at an id that exists (or at nothing), remove an item, add a copy of one
 * (with its own id or the same), change an item's id, move one, edit a text (in place or by
 * replacing the item), or touch what sits outside the collections.
 */
const integrityEdit = fc.record({
  op: fc.constantFrom('pointAt', 'remove', 'copy', 'copySameId', 'changeId', 'move', 'rename', 'renameInPlace', 'role', 'leadDefinition', 'score', 'rescore', 'absent', 'timer'),
  list: fc.nat(),
  item: fc.nat(),
  pick: fc.nat(),
  ghost: fc.boolean(),
});
type IntegrityEdit = typeof integrityEdit extends fc.Arbitrary<infer T> ? T : never;

function applyIntegrityEdit(current: Workshop, edit: IntegrityEdit): Workshop {
  const withItems = COLLECTION_KEYS.filter((key) => collections[key].get(current).length > 0);
  const key = withItems[edit.list % withItems.length]!;
  const spec = collections[key];
  const idIn = (to: keyof typeof collections) => (edit.ghost ? 'ghost' : (collections[to].get(current)[edit.pick % Math.max(1, collections[to].get(current).length)]?.id ?? 'ghost'));
  return produce(current, (draft) => {
    const list = spec.get(draft) as unknown as Record<string, unknown>[];
    const index = edit.item % list.length;
    const original = spec.get(current)[index] as unknown as Record<string, unknown>;
    switch (edit.op) {
      case 'pointAt': {
        const ref = spec.references[edit.pick % Math.max(1, spec.references.length)];
        if (ref) list[index]![ref.field] = ref.many ? [idIn(ref.to)] : idIn(ref.to);
        break;
      }
      case 'remove':
        list.splice(index, 1);
        break;
      case 'copy':
        list.push({ ...structuredClone(original), id: `copy-${edit.pick}` });
        break;
      case 'copySameId':
        list.push(structuredClone(original));
        break;
      case 'changeId':
        list[index]!.id = edit.ghost ? `changed-${edit.pick}` : String(collections[key].get(current)[edit.pick % list.length]!.id);
        break;
      case 'move':
        list.push(...list.splice(index, 1));
        break;
      case 'renameInPlace':
        list[index]!.name = `renamed ${edit.pick}`;
        break;
      case 'rename':
        list[index] = { ...structuredClone(original), name: `renamed ${edit.pick}` };
        break;
      case 'role':
        draft.activities[edit.item % Math.max(1, draft.activities.length)]?.roles.push({ teamId: idIn('teams'), role: 'C' });
        break;
      case 'leadDefinition': {
        const definitions = current.handoffs.flatMap((h) => h.leadDefinitions);
        const from = definitions[edit.pick % Math.max(1, definitions.length)];
        const to = draft.handoffs[edit.item % Math.max(1, draft.handoffs.length)];
        if (from && to) to.leadDefinitions.push(edit.ghost ? { ...structuredClone(from), id: `definition-${edit.pick}` } : structuredClone(from));
        break;
      }
      case 'score':
        draft.pulse.scores.push({ participantId: idIn('participants'), statementId: idIn('pulseStatements'), score: 3 });
        break;
      case 'rescore': {
        const score = draft.pulse.scores[edit.item % Math.max(1, draft.pulse.scores.length)];
        if (score) score.statementId = idIn('pulseStatements');
        break;
      }
      case 'absent':
        draft.signoff.absent.push(idIn('participants'));
        break;
      case 'timer':
        draft.timer.agendaItemId = idIn('agenda');
        break;
    }
  });
}

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

  it('after any change to a workshop that passes, answers exactly as the whole check of the result does', () => {
    const outcomes = { kept: 0, broken: 0 };
    fc.assert(
      fc.property(workshop, fc.array(integrityEdit, { minLength: 1, maxLength: 3 }), (before, edits) => {
        fc.pre(checkIntegrity(before).length === 0);
        const after = edits.reduce(applyIntegrityEdit, before);
        const whole = checkIntegrity(after);
        outcomes[whole.length === 0 ? 'kept' : 'broken']++;
        expect(checkIntegrityAfterChange(before, after)).toEqual(whole);
      }),
      { numRuns: propertyRuns(300), reporter: (run) => { if (run.failed) throw new Error(`edits ${JSON.stringify(run.counterexample?.[1])} (seed ${run.seed}): ${String(run.errorInstance)}`); } },
    );
    expect(outcomes.kept).toBeGreaterThan(propertyRuns(300) / 10);
    expect(outcomes.broken).toBeGreaterThan(propertyRuns(300) / 10);
  }, PROPERTY_TIMEOUT_MS);

  it('after a change that keeps every id, looks only at what changed', () => {
    // A reference to nothing planted in an item the change leaves alone: the whole check sees it,
    // the check after the change does not, because it trusts the workshop it started from.
    const planted = produce(buildLargeWorkshop({ activities: 200, notes: 10 }), (draft) => {
      draft.activities[0]!.stageId = 'gone-stage';
    });
    const switched = produce(planted, (draft) => {
      draft.currentPhase = 'responsibilities';
    });
    const typed = produce(planted, (draft) => {
      draft.activities[100]!.name = 'Qualify the lead';
    });
    expect(checkIntegrity(switched)).toHaveLength(1);
    expect(checkIntegrityAfterChange(planted, switched)).toEqual([]);
    expect(checkIntegrityAfterChange(planted, typed)).toEqual([]);
    // A removal can break a reference anywhere: the whole check runs.
    const removed = produce(planted, (draft) => {
      draft.activities.splice(150, 1);
    });
    expect(checkIntegrityAfterChange(planted, removed)).toEqual(checkIntegrity(removed));
    expect(checkIntegrityAfterChange(planted, removed)).toHaveLength(1);
  });
});
