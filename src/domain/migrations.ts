/**
 * Schema migrations: numbered, contiguous, pure steps. Step N takes a document written at
 * schema version N to version N+1. None exist yet because version 1 is the first released
 * format; add the next step here together with a fixture in test/fixtures/schema-vN.
 */
import { CURRENT_SCHEMA_VERSION } from './workshopSchema';

export type RawDocument = Record<string, unknown>;

export interface MigrationStep {
  /** The version this step reads; it writes `from + 1`. */
  from: number;
  describe: string;
  migrate: (doc: RawDocument) => RawDocument;
}

export const MIGRATIONS: readonly MigrationStep[] = [];

/** Throws if the steps do not lead one by one from version 1 to `target`. */
export function assertContiguous(steps: readonly MigrationStep[], target: number): void {
  if (steps.length !== target - 1) throw new Error(`Expected ${target - 1} migration steps to reach version ${target}, found ${steps.length}.`);
  steps.forEach((step, index) => {
    if (step.from !== index + 1) throw new Error(`Migration step ${index} reads version ${step.from}; expected ${index + 1}.`);
  });
}

/** Runs every step from the document's version up to `target`; never mutates its input. */
export function migrateDocument(
  doc: RawDocument,
  steps: readonly MigrationStep[] = MIGRATIONS,
  target: number = CURRENT_SCHEMA_VERSION,
): { doc: RawDocument; from: number } {
  assertContiguous(steps, target);
  const from = doc.schemaVersion as number;
  let current = JSON.parse(JSON.stringify(doc)) as RawDocument;
  for (let version = from; version < target; version++) {
    current = { ...steps[version - 1]!.migrate(current), schemaVersion: version + 1 };
  }
  return { doc: current, from };
}
