import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/domain/applyCommand';
import { canonicalJson, CanonicalJsonError } from '../../src/domain/canonicalJson';
import { charterContent } from '../../src/domain/charterContent';
import type { CharterContent } from '../../src/domain/charterRecord';
import { COLLECTION_KEYS, collections } from '../../src/domain/collections';
import type { Command } from '../../src/domain/commands';
import { describeCharterChanges } from '../../src/domain/describeCharterChanges';
import { createSampleWorkshop } from '../../src/domain/sampleWorkshop';
import type { Workshop } from '../../src/domain/workshopSchema';
import { aContext, applyAll, T0 } from '../helpers/domainBuilders';
import { PROPERTY_TIMEOUT_MS, propertyRuns, recipe, workshop as anyWorkshop } from '../helpers/workshopArbitraries';

const sample = () => createSampleWorkshop(T0);
/** The lines for what the commands change in the sample's charter. */
const changesBy = (...commands: Command[]) => {
  const w = sample();
  return describeCharterChanges(charterContent(w), charterContent(applyAll(w, ...commands)));
};
const stageId = (w: Workshop, name: string) => w.stages.find((s) => s.name === name)!.id;
const anAction = (id: string, title: string): Command => ({ type: 'addItem', collection: 'actions', item: { id, title, ownerParticipantId: null, due: '', status: 'open', stageId: null, topic: null } });

describe('describeCharterChanges', () => {
  it('says nothing when both versions say the same, also when one spells a text in another Unicode form', () => {
    const content = charterContent(sample());
    expect(describeCharterChanges(content, content)).toEqual([]);
    expect(describeCharterChanges(content, structuredClone(content))).toEqual([]);
    const nfd = structuredClone(content);
    nfd.participants[0]!.name = nfd.participants[0]!.name.normalize('NFD');
    const nfc = structuredClone(content);
    nfc.participants[0]!.name = 'Zoë Lindqvist';
    nfd.participants[0]!.name = 'Zoë Lindqvist'.normalize('NFD');
    expect(describeCharterChanges(nfc, nfd)).toEqual([]);
  });

  it('names a renamed stage by its old and new name', () => {
    const w = sample();
    expect(changesBy({ type: 'updateItem', collection: 'stages', id: stageId(w, 'Evaluation'), patch: { name: 'Assessment' } })).toEqual(['Buying process: stage “Evaluation” renamed to “Assessment”']);
  });

  it('lists a few changes of a list one by one and counts many', () => {
    expect(changesBy(anAction('new1', 'Write the playbook'))).toEqual(['Actions: “Write the playbook” added']);
    expect(changesBy(anAction('new1', 'Write the playbook'), { type: 'removeItem', collection: 'actions', id: 'a2' })).toEqual([
      'Actions: “Write the playbook” added',
      'Actions: “Set up the fortnightly pipeline review” removed',
    ]);
    expect(changesBy(anAction('new1', 'Write the playbook'), anAction('new2', 'Book the offsite'), { type: 'removeItem', collection: 'actions', id: 'a2' })).toEqual(['Actions: 2 added, 1 removed']);
  });

  it('says which cover fields changed', () => {
    expect(changesBy({ type: 'updateSetup', patch: { venue: 'Harbourside, Room Borealis' } })).toEqual(['Cover: venue changed']);
    expect(changesBy({ type: 'updateSetup', patch: { venue: 'Elsewhere', date: '2027-01-12' } })).toEqual(['Cover: date and venue changed']);
    // What the charter does not show is no change of it.
    expect(changesBy({ type: 'updateSetup', patch: { paperSize: 'letter', dayLengthMinutes: 200 } })).toEqual([]);
  });

  it('says what changed about an item: its fields in words, where an activity moved, an action’s new status', () => {
    const w = sample();
    const evaluation = stageId(w, 'Evaluation');
    const activity = w.activities.find((a) => a.stageId === stageId(w, 'Education'))!;
    expect(changesBy({ type: 'updateItem', collection: 'stages', id: evaluation, patch: { exitCriterion: 'Signed pilot', measure: 'Pilots per quarter' } })).toEqual(['Buying process: stage “Evaluation”: exit criterion and measure changed']);
    expect(changesBy({ type: 'updateItem', collection: 'activities', id: activity.id, patch: { stageId: evaluation } })).toEqual([`Responsibilities: activity “${activity.name}”: moved to “Evaluation”`]);
    expect(changesBy({ type: 'updateItem', collection: 'actions', id: 'a1', patch: { status: 'done' } })).toEqual(['Actions: “Publish the lead definitions in the CRM…”: now done']);
    expect(changesBy({ type: 'updateItem', collection: 'stages', id: evaluation, patch: { name: 'Assessment', measure: 'Pilots' } })).toEqual(['Buying process: stage “Evaluation” renamed to “Assessment”; measure changed']);
    expect(changesBy({ type: 'setPulseScore', participantId: 'p1', statementId: w.pulse.statements[0]!.id, score: 1 })).toEqual(['Pulse: 1 score changed']);
  });

  it('notices a new order of the stages', () => {
    const w = sample();
    expect(changesBy({ type: 'moveItem', collection: 'stages', id: stageId(w, 'Evaluation'), toIndex: 0 })).toEqual(['Buying process: order of stages changed']);
  });

  it('follows the charter’s reading order, whatever order the edits came in', () => {
    const w = sample();
    const lines = changesBy(
      { type: 'addItem', collection: 'pulseStatements', item: { id: 'q-new', text: 'We trust each other’s numbers' } },
      anAction('new1', 'Write the playbook'),
      { type: 'updateItem', collection: 'stages', id: stageId(w, 'Evaluation'), patch: { name: 'Assessment' } },
      { type: 'updateSetup', patch: { venue: 'Elsewhere' } },
    );
    expect(lines.map((line) => line.split(':')[0])).toEqual(['Cover', 'Buying process', 'Actions', 'Pulse']);
  });

  it('stops at the limit and counts what it left out', () => {
    const w = sample();
    const lines = describeCharterChanges(
      charterContent(w),
      charterContent(
        applyAll(
          w,
          { type: 'updateSetup', patch: { venue: 'Elsewhere' } },
          { type: 'updateItem', collection: 'stages', id: stageId(w, 'Evaluation'), patch: { name: 'Assessment' } },
          anAction('new1', 'One'),
          anAction('new2', 'Two'),
          anAction('new3', 'Three'),
          { type: 'removeItem', collection: 'decisions', id: 'd1' },
        ),
      ),
      3,
    );
    // Cover, Buying process, "Actions: 3 added" (three changes) and Decisions: two shown, four counted.
    expect(lines).toEqual(['Cover: venue changed', 'Buying process: stage “Evaluation” renamed to “Assessment”', 'and 4 more changes']);
  });

  it('keeps a long or multi-line name to one short line', () => {
    const [line] = changesBy({ type: 'parkTopic', text: `First line\nsecond line ${'long '.repeat(30)}`, raisedInPhase: 'actions' });
    expect(line).toBe('Parking lot: “First line second line long long long lo…” added');
  });
});

/** The canonical text, or null for content with a broken character (which has no fingerprint). */
const canonical = (content: CharterContent) => {
  try {
    return canonicalJson(content);
  } catch (error) {
    if (error instanceof CanonicalJsonError) return null;
    throw error;
  }
};

/** The content with every id (and id reference) replaced by a marker no name holds: `#ID7#`. */
function disguised(content: CharterContent, ids: Map<string, string>): CharterContent {
  const mark = (id: string) => {
    if (!ids.has(id)) ids.set(id, `#ID${ids.size}#`);
    return ids.get(id)!;
  };
  const walk = (value: unknown, key: string): unknown => {
    const isId = key === 'id' || /Ids?$/.test(key) || key === 'leadClaims';
    if (typeof value === 'string') return isId ? mark(value) : value;
    if (Array.isArray(value)) return value.map((item) => walk(item, isId ? key : ''));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return value;
  };
  return walk(content, '') as CharterContent;
}

describe('describeCharterChanges on random edits', () => {
  /** One field of an item set to what another item of the same list has there: a valid edit of any field. */
  const fieldFromSibling = fc.record({ key: fc.constantFrom(...COLLECTION_KEYS), from: fc.nat(), to: fc.nat(), field: fc.nat() }).map(({ key, from, to, field }) => (w: Workshop): Command => {
    const items = collections[key].get(w) as unknown as Record<string, unknown>[];
    if (items.length === 0) return { type: 'goToPhase', phase: 'signoff' };
    const source = items[from % items.length]!;
    const fields = Object.keys(source).filter((f) => f !== 'id');
    const name = fields[field % fields.length]!;
    return { type: 'updateItem', collection: key, id: items[to % items.length]!.id as string, patch: { [name]: source[name] } } as Command;
  });
  const edit = fc.oneof(recipe, fieldFromSibling);
  // Mostly one edit, so that each change gets its own line rather than a count.
  const edits = fc.tuple(anyWorkshop, fc.oneof({ weight: 3, arbitrary: fc.array(edit, { minLength: 1, maxLength: 1 }) }, { weight: 1, arbitrary: fc.array(edit, { minLength: 2, maxLength: 6 }) }));
  const run = (start: Workshop, recipes: ((w: Workshop) => Command)[]) => {
    let w = start;
    for (const make of recipes) {
      const result = applyCommand(w, make(w), aContext(T0));
      if (result.ok) w = result.workshop;
    }
    return w;
  };

  it('gives at least one line for any change the fingerprint sees and none otherwise, within the limit, naming nothing by id', () => {
    let changed = 0;
    fc.assert(
      fc.property(edits, fc.integer({ min: 1, max: 10 }), ([start, recipes], limit) => {
        const ids = new Map<string, string>();
        const before = disguised(charterContent(start), ids);
        const after = disguised(charterContent(run(start, recipes)), ids);
        const lines = describeCharterChanges(before, after, limit);
        const [was, is] = [canonical(before), canonical(after)];
        if (was !== null && is !== null) {
          expect(lines.length > 0).toBe(was !== is);
          if (was !== is) changed++;
        }
        expect(lines.length).toBeLessThanOrEqual(limit);
        for (const line of lines) {
          expect(line).not.toContain('#ID');
          expect(line.length).toBeLessThanOrEqual(300);
          expect(line).not.toMatch(/\n|undefined|\[object/);
          // The parts every workshop has in common never change between two of its versions.
          expect(line).not.toMatch(/^Charter:/);
        }
      }),
      { numRuns: propertyRuns(200) },
    );
    // A property that never sees a change proves nothing.
    expect(changed).toBeGreaterThan(50);
  }, PROPERTY_TIMEOUT_MS);
});
