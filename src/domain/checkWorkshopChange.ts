/**
 * The post-condition of every command: the changed workshop would open again, i.e. it passes
 * what opening applies (`parseWorkshopValue`: the strict `workshopSchema`, then `checkIntegrity`).
 *
 * Why it is incremental: a full `workshopSchema.safeParse` costs about 10 ms on a 5 MB workshop
 * (about 40 ms at 20 MB), too slow for every keystroke. It relies on two facts:
 * - the document a command starts from is valid (it was opened through `parseWorkshopValue` or
 *   made by an earlier checked command; undo and redo only return to such documents), and immer
 *   shares every untouched subtree with it, by reference;
 * - strict zod objects and bounded arrays are compositional: an object is valid when its keys are
 *   exactly its shape and each field is valid; an array when its length is in bounds and each
 *   element is valid wherever it sits.
 * So only subtrees whose reference changed are validated, down to the list items that are new or
 * edited. A schema node this walk does not understand (refinements, transforms, loose objects) is
 * parsed whole, so the shortcut can never weaken the check. The integrity part (unique ids, every
 * reference resolves) follows the same idea where it can (checkIntegrityAfterChange): the lists
 * that changed, unless an id went, since a removal can break a reference anywhere.
 * test/domain/checkWorkshopChange.test.ts shows that it accepts exactly what parseWorkshopValue
 * opens as it is (with no text to repair and no migration to run).
 */
import type { z } from 'zod';
import { checkIntegrityAfterChange } from './checkIntegrity';
import { countNoun } from './countNoun';
import { rejectionsFromZod, formatPath, type Rejection } from './validationMessages';
import { workshopSchema, type Workshop } from './workshopSchema';

/** The parts of zod's internal definition this walk reads. */
interface NodeDef {
  type: string;
  checks?: { _zod: { def: { check: string } } }[];
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
}

const LENGTH_CHECKS = new Set(['min_length', 'max_length']);
const ITEM = { one: 'item', other: 'items' };

const defOf = (schema: z.ZodType): NodeDef => (schema as unknown as { _zod: { def: NodeDef } })._zod.def;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Problems that would stop `after` from opening, given that `before` opens. Empty when it would open. */
export function checkWorkshopChange(before: Workshop, after: Workshop): Rejection[] {
  const problems = changedProblems(workshopSchema, after, before, []);
  return problems.length > 0 ? problems : checkIntegrityAfterChange(before, after);
}

function changedProblems(schema: z.ZodType, next: unknown, prev: unknown, path: PropertyKey[]): Rejection[] {
  if (Object.is(next, prev)) return [];
  const def = defOf(schema);
  const plain = (def.checks ?? []).length === 0;
  if (def.type === 'object' && plain && def.shape && def.catchall && defOf(def.catchall).type === 'never' && isRecord(next) && isRecord(prev)) {
    return objectProblems(def.shape, next, prev, path);
  }
  if (def.type === 'array' && def.element && Array.isArray(next) && Array.isArray(prev) && (def.checks ?? []).every((c) => LENGTH_CHECKS.has(c._zod.def.check))) {
    return arrayProblems(schema, def.element, next, prev, path);
  }
  return parseProblems(schema, next, path);
}

function objectProblems(shape: Record<string, z.ZodType>, next: Record<string, unknown>, prev: Record<string, unknown>, path: PropertyKey[]): Rejection[] {
  const problems: Rejection[] = [];
  for (const key of Object.keys(next)) {
    if (!Object.hasOwn(shape, key)) problems.push({ path: formatPath([...path, key]), message: 'is not a field Accord knows' });
  }
  for (const key of Object.keys(shape)) problems.push(...changedProblems(shape[key]!, next[key], prev[key], [...path, key]));
  return problems;
}

function arrayProblems(schema: z.ZodType, element: z.ZodType, next: unknown[], prev: unknown[], path: PropertyKey[]): Rejection[] {
  const problems: Rejection[] = [];
  let unchanged: Set<unknown> | null = null;
  next.forEach((item, index) => {
    if (item === prev[index]) return;
    unchanged ??= new Set(prev);
    if (unchanged.has(item)) return;
    problems.push(...parseProblems(element, item, [...path, index]));
  });
  return [...lengthProblems(schema, next.length, path), ...problems];
}

/** Checks only the length bounds of an array schema, without parsing its items again. */
function lengthProblems(schema: z.ZodType, length: number, path: PropertyKey[]): Rejection[] {
  const problems: Rejection[] = [];
  for (const check of defOf(schema).checks ?? []) {
    const d = check._zod.def as { check: string; minimum?: number; maximum?: number };
    if (d.check === 'max_length' && length > d.maximum!) problems.push({ path: formatPath(path), message: `may hold at most ${countNoun(d.maximum!, ITEM)}` });
    if (d.check === 'min_length' && length < d.minimum!) problems.push({ path: formatPath(path), message: `must hold at least ${countNoun(d.minimum!, ITEM)}` });
  }
  return problems;
}

function parseProblems(schema: z.ZodType, value: unknown, path: PropertyKey[]): Rejection[] {
  const parsed = schema.safeParse(value);
  return parsed.success ? [] : rejectionsFromZod(parsed.error, path);
}
