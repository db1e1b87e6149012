import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assertContiguous, migrateDocument, MIGRATIONS, type MigrationStep } from '../../src/domain/migrations';
import { parseWorkshopText, parseWorkshopValue } from '../../src/domain/parseWorkshop';
import { createSampleWorkshop } from '../../src/domain/sampleWorkshop';
import { CURRENT_SCHEMA_VERSION } from '../../src/domain/workshopSchema';
import { aWorkshop } from '../helpers/domainBuilders';

const sample = () => createSampleWorkshop('2026-11-22T09:00:00.000Z');
const pathsOf = (outcome: ReturnType<typeof parseWorkshopValue>) => (outcome.kind === 'invalid' ? outcome.rejections.map((r) => r.path) : []);

describe('parseWorkshop', () => {
  it('accepts the sample workshop and every template', () => {
    expect(parseWorkshopValue(sample()).kind).toBe('ok');
    for (const t of ['b2b-considered', 'transactional-smb', 'enterprise-committee', 'blank']) expect(parseWorkshopValue(aWorkshop(t)).kind).toBe('ok');
  });

  it('reads the committed fixture of every released schema version', () => {
    for (let version = 1; version <= CURRENT_SCHEMA_VERSION; version++) {
      const text = readFileSync(new URL(`../fixtures/schema-v${version}.accord.json`, import.meta.url), 'utf8');
      const outcome = parseWorkshopText(text);
      expect(outcome.kind, `schema v${version}`).toBe('ok');
    }
  });

  it('names the field of a schema error', () => {
    const w = sample();
    (w.stages[2] as { name: unknown }).name = 42;
    expect(pathsOf(parseWorkshopValue(w))).toContain('stages[2].name');
  });

  it('rejects unknown keys, including __proto__, without polluting prototypes', () => {
    const text = JSON.stringify(sample()).replace('"setup":{', '"setup":{"__proto__":{"polluted":true},');
    const outcome = parseWorkshopText(text);
    expect(outcome.kind).toBe('invalid');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects dangling references and duplicate ids with their paths', () => {
    const w = sample();
    w.participants[1]!.teamId = 'finance';
    w.actions[1]!.id = w.actions[0]!.id;
    expect(pathsOf(parseWorkshopValue(w))).toEqual(expect.arrayContaining(['participants[1].teamId', 'actions[1].id']));
  });

  it('explains non-JSON and non-workshop input', () => {
    expect(parseWorkshopText('{"schemaVersion": 1,')).toMatchObject({ kind: 'invalid', rejections: [{ path: '', message: expect.stringMatching(/not valid JSON/) }] });
    expect(parseWorkshopValue([1, 2])).toMatchObject({ kind: 'invalid' });
    expect(pathsOf(parseWorkshopValue({ schemaVersion: '1' }))).toEqual(['schemaVersion']);
  });

  it('keeps what it understands of a document from a newer version, for read-only display', () => {
    const newer = { ...sample(), schemaVersion: CURRENT_SCHEMA_VERSION + 1, futureField: { x: 1 }, setup: { ...sample().setup, mood: 'great' } };
    const outcome = parseWorkshopValue(newer);
    expect(outcome.kind).toBe('newer');
    if (outcome.kind !== 'newer') return;
    expect(outcome.fileVersion).toBe(CURRENT_SCHEMA_VERSION + 1);
    expect(outcome.workshop?.setup.company).toBe('Kestrel Fleet Systems');
  });
});

describe('migrations', () => {
  const steps: MigrationStep[] = [
    { from: 1, describe: 'rename venue to place', migrate: ({ venue, ...rest }) => ({ ...rest, place: venue }) },
    { from: 2, describe: 'add a tag', migrate: (doc) => ({ ...doc, tag: 'v3' }) },
  ];

  it('the released steps are contiguous up to the current version', () => {
    expect(() => assertContiguous(MIGRATIONS, CURRENT_SCHEMA_VERSION)).not.toThrow();
  });

  it('runs every step in order from the document version, purely', () => {
    const input = { schemaVersion: 1, venue: 'Atlas' };
    const { doc, from } = migrateDocument(input, steps, 3);
    expect(doc).toEqual({ schemaVersion: 3, place: 'Atlas', tag: 'v3' });
    expect(from).toBe(1);
    expect(input).toEqual({ schemaVersion: 1, venue: 'Atlas' });
    expect(migrateDocument({ schemaVersion: 2, place: 'B' }, steps, 3).doc).toEqual({ schemaVersion: 3, place: 'B', tag: 'v3' });
  });

  it('refuses a gap or a wrong order in the steps', () => {
    expect(() => assertContiguous([steps[1]!], 2)).toThrow(/reads version 2; expected 1/);
    expect(() => assertContiguous(steps, 2)).toThrow(/Expected 1 migration steps/);
  });

  it('a failing migration becomes a readable rejection, not a crash', () => {
    const broken: MigrationStep[] = [{ from: 1, describe: 'throws', migrate: () => { throw new Error('bad data'); } }];
    expect(parseWorkshopValue({ schemaVersion: 1 }, broken, 2)).toMatchObject({ kind: 'invalid', rejections: [{ path: 'schemaVersion', message: expect.stringMatching(/bad data/) }] });
  });
});
