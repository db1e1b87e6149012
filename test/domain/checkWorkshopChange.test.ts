import fc from 'fast-check';
import { produce } from 'immer';
import { describe, expect, it, vi } from 'vitest';
import { checkWorkshopChange } from '../../src/domain/checkWorkshopChange';
import { parseWorkshopValue } from '../../src/domain/parseWorkshop';
import { activitySchema, type Workshop } from '../../src/domain/workshopSchema';
import { buildLargeWorkshop } from '../helpers/buildLargeWorkshop';
import { PROPERTY_TIMEOUT_MS, propertyRuns, T0, workshop } from '../helpers/workshopArbitraries';

type Path = (string | number)[];
type Container = Record<string, unknown> | unknown[];

/** Every place in the document, as a path from the root. */
function pathsOf(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value)) return [path, ...value.flatMap((item, i) => pathsOf(item, [...path, i]))];
  if (typeof value === 'object' && value !== null) return [path, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...path, k]))];
  return [path];
}

const at = (root: unknown, path: Path): unknown => path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root);

const VALUES = ['abc', '', 0, 3, -1, 2.5, null, true, [], {}, T0, '2026-12-03', 'sales', 'marketing', 'x'.repeat(301), 'y'.repeat(10_001), ['sales'], ['ghost']];

/** One raw change to a document, made through immer so that untouched parts stay shared, as commands leave them. */
const rawEdit = fc.oneof(
  fc.record({ op: fc.constant('set' as const), target: fc.nat(), value: fc.oneof(fc.constantFrom(...VALUES), fc.nat().map((source) => ({ copyOf: source }))) }),
  fc.record({ op: fc.constant('delete' as const), target: fc.nat() }),
  fc.record({ op: fc.constant('unknownKey' as const), target: fc.nat(), key: fc.constantFrom('colour', '__proto__', 'constructor', 'toString') }),
  fc.record({ op: fc.constant('duplicate' as const), target: fc.nat(), copies: fc.integer({ min: 1, max: 25 }), freshIds: fc.boolean(), sameReference: fc.boolean() }),
  fc.record({ op: fc.constant('move' as const), target: fc.nat(), to: fc.nat() }),
);
type RawEdit = typeof rawEdit extends fc.Arbitrary<infer T> ? T : never;

function applyRaw(doc: Workshop, edits: RawEdit[]): Workshop {
  return edits.reduce((current, edit) => {
    const paths = pathsOf(current);
    const objects = paths.filter((p) => typeof at(current, p) === 'object' && at(current, p) !== null && !Array.isArray(at(current, p)));
    const arrays = paths.filter((p) => Array.isArray(at(current, p)) && (at(current, p) as unknown[]).length > 0);
    return produce(current, (draft) => {
      if (edit.op === 'set' || edit.op === 'delete') {
        const path = paths[1 + (edit.target % (paths.length - 1))]!;
        const parent = at(draft, path.slice(0, -1)) as Container;
        const key = path.at(-1)!;
        if (edit.op === 'delete') {
          if (Array.isArray(parent)) parent.splice(key as number, 1);
          else delete parent[key as string];
        } else {
          const value = typeof edit.value === 'object' && edit.value !== null && 'copyOf' in edit.value ? structuredClone(at(current, paths[edit.value.copyOf % paths.length]!)) : edit.value;
          (parent as Record<string | number, unknown>)[key] = value;
        }
      }
      if (edit.op === 'unknownKey') {
        // A copy of the object with one more own key (defineProperty, so "__proto__" is a key, not a prototype).
        const path = objects[edit.target % objects.length]!;
        const widened = { ...(at(current, path) as Record<string, unknown>) };
        Object.defineProperty(widened, edit.key, { value: 'extra', enumerable: true, configurable: true, writable: true });
        if (path.length === 0) return widened as Workshop;
        (at(draft, path.slice(0, -1)) as Record<string | number, unknown>)[path.at(-1)!] = widened;
      }
      if ((edit.op === 'duplicate' || edit.op === 'move') && arrays.length > 0) {
        const path = arrays[edit.target % arrays.length]!;
        const list = at(draft, path) as unknown[];
        const original = at(current, path) as unknown[];
        if (edit.op === 'move') {
          const [item] = list.splice(edit.to % list.length, 1);
          list.push(item);
          return;
        }
        for (let i = 0; i < edit.copies; i++) {
          const source = original[i % original.length];
          if (edit.sameReference) list.push(source);
          else {
            const copy = structuredClone(source) as unknown;
            if (edit.freshIds && typeof copy === 'object' && copy !== null && 'id' in copy) (copy as { id: string }).id = `copy-${i}`;
            list.push(copy);
          }
        }
      }
    });
  }, doc);
}

/**
 * Opens as it is: a file whose text fields need control characters or line breaks cleaned still
 * opens (repaired, with a notice), and a file claiming an older schema version opens through its
 * migrations, but a change that needs repairing or migrating is rightly refused.
 */
const opens = (w: Workshop) => {
  const outcome = parseWorkshopValue(JSON.parse(JSON.stringify(w)));
  return outcome.kind === 'ok' && outcome.cleanedFields === 0 && outcome.migratedFrom === null;
};

describe('checkWorkshopChange', () => {
  it('accepts exactly the changed workshops that would open again', () => {
    const outcomes = { accepted: 0, refused: 0 };
    fc.assert(
      fc.property(workshop, fc.array(rawEdit, { minLength: 1, maxLength: 3 }), (before, edits) => {
        const after = applyRaw(before, edits);
        const accepted = checkWorkshopChange(before, after).length === 0;
        outcomes[accepted ? 'accepted' : 'refused']++;
        expect(accepted).toBe(opens(after));
      }),
      { numRuns: propertyRuns(250), reporter: (run) => { if (run.failed) throw new Error(`edits ${JSON.stringify(run.counterexample?.[1])} (seed ${run.seed}): ${String(run.errorInstance)}`); } },
    );
    expect(outcomes.accepted).toBeGreaterThan(propertyRuns(250) / 10);
    expect(outcomes.refused).toBeGreaterThan(propertyRuns(250) / 10);
  }, PROPERTY_TIMEOUT_MS);

  it('refuses a dangling reference anywhere, not only in what changed', () => {
    const before = buildLargeWorkshop({ activities: 20, notes: 5 });
    const after = produce(before, (draft) => {
      draft.stages.splice(0, 1);
    });
    expect(checkWorkshopChange(before, after)[0]).toEqual({ path: expect.stringMatching(/^activities\[\d+\]\.stageId$/), message: expect.stringMatching(/stage that does not exist/) });
  });

  it('refuses a change that claims an older schema version, which opening would migrate again', () => {
    const before = buildLargeWorkshop({ activities: 1, notes: 0 });
    const after = { ...before, schemaVersion: 3 } as unknown as Workshop;
    expect(parseWorkshopValue(JSON.parse(JSON.stringify(after)))).toMatchObject({ kind: 'ok', migratedFrom: 3 });
    expect(checkWorkshopChange(before, after)).toEqual([{ path: 'schemaVersion', message: expect.any(String) }]);
  });

  it('refuses a line break in a one-line field, which opening a file would have to repair', () => {
    const before = buildLargeWorkshop({ activities: 1, notes: 0 });
    const after = produce(before, (draft) => {
      draft.rhythm.meetings.push({ id: 'm-new', name: 'Pipeline review', cadence: '', schedule: null, attendees: '• Sales leads\n• Marketing ops', purpose: '' });
    });
    expect(checkWorkshopChange(before, after)).toEqual([{ path: expect.stringMatching(/^rhythm\.meetings\[\d+\]\.attendees$/), message: expect.stringMatching(/one line of text/) }]);
    expect(opens(after)).toBe(false);
  });

  it('refuses a list that grows past its limit, naming the list', () => {
    const before = buildLargeWorkshop({ activities: 1, notes: 0 });
    const after = produce(before, (draft) => {
      for (let i = 0; i < 21; i++) draft.rhythm.sponsors.push({ id: `s${i}`, participantId: null, name: '', role: '' });
    });
    expect(checkWorkshopChange(before, after)).toEqual([{ path: 'rhythm.sponsors', message: 'may hold at most 20 items' }]);
  });

  it('refuses a workshop without teams, and takes back nothing already valid', () => {
    const before = buildLargeWorkshop({ activities: 1, notes: 0 });
    const noTeams = produce(before, (draft) => {
      draft.teams = [];
    });
    expect(checkWorkshopChange(before, noTeams)[0]).toEqual({ path: 'teams', message: 'must hold at least 1 item' });
    const renamed = produce(before, (draft) => {
      draft.teams[0]!.name = 'Demand generation';
      draft.setup.venue = 'Atlas';
    });
    expect(checkWorkshopChange(before, renamed)).toEqual([]);
  });

  it('parses only the edited item of a large list', () => {
    const before = buildLargeWorkshop();
    const after = produce(before, (draft) => {
      draft.activities[500]!.name = 'x'.repeat(301);
    });
    const parse = vi.spyOn(activitySchema, 'safeParse');
    expect(checkWorkshopChange(before, after)).toEqual([{ path: 'activities[500].name', message: 'must be at most 300 characters' }]);
    expect(parse).toHaveBeenCalledTimes(1);
    parse.mockRestore();
  });

  it('parses a list again when items were removed, only for the items that are new', () => {
    const before = buildLargeWorkshop({ activities: 50, notes: 0 });
    const after = produce(before, (draft) => {
      draft.activities.splice(3, 1);
      draft.activities.push({ ...draft.activities[0]!, id: 'fresh' });
    });
    const parse = vi.spyOn(activitySchema, 'safeParse');
    expect(checkWorkshopChange(before, after)).toEqual([]);
    expect(parse).toHaveBeenCalledTimes(1);
    parse.mockRestore();
  });
});
