/**
 * The one road from untrusted JSON (a file on disk, an import) to a Workshop: version check,
 * migration, strict schema, integrity. It never throws and never guesses: the answer is a
 * workshop, a newer-version document to show read-only, or rejections with field paths.
 */
import { checkIntegrity } from './checkIntegrity';
import { withoutControlCharacters } from './withoutControlCharacters';
import { migrateDocument, MIGRATIONS, type MigrationStep, type RawDocument } from './migrations';
import { rejectionsFromZod, type Rejection } from './validationMessages';
import { CURRENT_SCHEMA_VERSION, workshopSchema, type Workshop } from './workshopSchema';

export type ParseOutcome =
  /** `cleanedFields`: text fields whose control characters (from before they were refused) were removed on the way in. */
  | { kind: 'ok'; workshop: Workshop; migratedFrom: number | null; cleanedFields: number }
  /** Written by a newer Accord: shown read-only, with the fields this version knows. */
  | { kind: 'newer'; workshop: Workshop | null; fileVersion: number }
  | { kind: 'invalid'; rejections: Rejection[] };

const invalid = (path: string, message: string): ParseOutcome => ({ kind: 'invalid', rejections: [{ path, message }] });

export function parseWorkshopText(text: string, steps: readonly MigrationStep[] = MIGRATIONS): ParseOutcome {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return invalid('', `The file is not valid JSON (${(error as Error).message}).`);
  }
  return parseWorkshopValue(raw, steps);
}

export function parseWorkshopValue(raw: unknown, steps: readonly MigrationStep[] = MIGRATIONS, target = CURRENT_SCHEMA_VERSION): ParseOutcome {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return invalid('', 'The file does not hold an Accord workshop.');
  const version = (raw as RawDocument).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return invalid('schemaVersion', 'is missing or not a positive whole number');
  }
  if (version > target) {
    return { kind: 'newer', workshop: readKnownFields(raw as RawDocument), fileVersion: version };
  }
  let migrated: { doc: RawDocument; from: number };
  try {
    migrated = migrateDocument(raw as RawDocument, steps, target);
  } catch (error) {
    return invalid('schemaVersion', `could not be migrated: ${(error as Error).message}`);
  }
  let parsed = workshopSchema.safeParse(migrated.doc);
  let cleanedFields = 0;
  if (!parsed.success) {
    const cleaned = withoutControlCharacters(migrated.doc, parsed.error.issues);
    if (cleaned !== null) {
      parsed = workshopSchema.safeParse(cleaned.doc);
      cleanedFields = cleaned.cleanedFields;
    }
  }
  if (!parsed.success) return { kind: 'invalid', rejections: rejectionsFromZod(parsed.error) };
  const problems = checkIntegrity(parsed.data);
  if (problems.length > 0) return { kind: 'invalid', rejections: problems };
  return { kind: 'ok', workshop: parsed.data, migratedFrom: migrated.from === target ? null : migrated.from, cleanedFields };
}

/**
 * Best effort for a document from a newer version: drop the fields this version does not
 * know and keep the rest if it then fits. Used only for read-only display.
 */
function readKnownFields(raw: RawDocument): Workshop | null {
  let doc: unknown = { ...JSON.parse(JSON.stringify(raw)) as RawDocument, schemaVersion: CURRENT_SCHEMA_VERSION };
  for (let attempt = 0; attempt < 20; attempt++) {
    const parsed = workshopSchema.safeParse(doc);
    if (parsed.success) return checkIntegrity(parsed.data).length === 0 ? parsed.data : null;
    const unknownKeys = parsed.error.issues.filter((issue) => issue.code === 'unrecognized_keys');
    if (unknownKeys.length === 0) return null;
    for (const issue of unknownKeys) {
      let target: unknown = doc;
      for (const segment of issue.path) target = (target as Record<PropertyKey, unknown>)[segment];
      for (const key of issue.keys) delete (target as Record<string, unknown>)[key];
    }
  }
  return null;
}
