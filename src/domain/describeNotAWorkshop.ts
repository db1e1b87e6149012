/**
 * Well-formed JSON that is not an Accord workshop at all (another program's file, a list, a
 * settings file) gets one sentence saying so and the parts it lacks, instead of the dozens of
 * schema lines a damaged workshop would deserve.
 */
import type { Rejection } from './validationMessages';
import { workshopSchema } from './workshopSchema';

export interface NotAWorkshop {
  /** One sentence: "This file is JSON but not an Accord workshop: …". */
  reason: string;
  /** The workshop's parts the file lacks, in the schema's order, as field paths. */
  rejections: Rejection[];
}

const PARTS = Object.keys(workshopSchema.shape);
/** The parts a facilitator would recognise, in their words, named in the sentence when missing. */
const NAMED_PARTS: Record<string, string> = {
  schemaVersion: 'Accord version number',
  setup: 'workshop details',
  stages: 'buying-process stages',
  participants: 'participants',
};

const list = new Intl.ListFormat('en', { type: 'conjunction' });
const orList = new Intl.ListFormat('en', { type: 'disjunction' });

/** Null when `raw` looks like a workshop, damaged or not: then its field-by-field problems are the useful answer. */
export function describeNotAWorkshop(raw: unknown): NotAWorkshop | null {
  const lead = 'This file is JSON but not an Accord workshop';
  if (Array.isArray(raw)) return { reason: `${lead}: it holds a list, where a workshop is one object with named parts.`, rejections: [] };
  if (typeof raw !== 'object' || raw === null) {
    return { reason: `${lead}: it holds a single ${raw === null ? 'null' : typeof raw} value, where a workshop is one object with named parts.`, rejections: [] };
  }
  const missing = PARTS.filter((part) => !Object.hasOwn(raw, part));
  // A workshop missing a few parts is a damaged workshop, not another kind of file.
  if (missing.length <= PARTS.length / 2) return null;
  const named = Object.keys(NAMED_PARTS).filter((part) => missing.includes(part)).map((part) => NAMED_PARTS[part]!);
  const lacks = named.length > 0 ? `it has no ${orList.format(named)}` : `it lacks ${list.format(missing.slice(0, 3))}`;
  const howMuch = missing.length === PARTS.length ? 'none of the parts of a workshop is there' : `${missing.length} of the ${PARTS.length} parts of a workshop are missing`;
  return {
    reason: `${lead}: ${lacks} (${howMuch}).`,
    rejections: missing.map((path) => ({ path, message: 'is missing' })),
  };
}
