/**
 * Every malformed `.accord.json` handed to Import is refused with a message that names the
 * field, and the library on disk stays exactly as it was: hand-made files in
 * test/fixtures/malformed-imports/ plus seeded random mutations of the sample.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Rejection } from '../../../src/domain/validationMessages';
import { createWorkshopRepository } from '../../../electron/host/storage/workshopRepository';
import type { WorkshopRepository } from '../../../electron/host/storage/workshopRepository.types';
import { hashTree } from '../../helpers/hashTree';
import { MUTATION_KINDS, mutate, type Json } from '../../helpers/jsonMutations';
import { seededRandom } from '../../helpers/seededRandom';
import { aStoredWorkshop, sampleWorkshop } from '../../helpers/storageBuilders';
import { removeTempDataDirs, tempDataDir } from '../../helpers/tempDataDir';

const FIXTURES = fileURLToPath(new URL('../../fixtures/malformed-imports/', import.meta.url));
const MUTATIONS_PER_KIND = 60;

let dataDir: string;
let repository: WorkshopRepository;
let libraryBefore: Record<string, string>;
let refused = 0;
const prototypeNamesBefore = Object.getOwnPropertyNames(Object.prototype);

beforeAll(async () => {
  dataDir = await tempDataDir();
  repository = await createWorkshopRepository({ dataDir, newId: () => 'must-never-be-used' });
  await repository.create(sampleWorkshop());
  await repository.create(aStoredWorkshop({ id: 'w2' }));
  await repository.snapshot(aStoredWorkshop({ id: 'w2' }));
  libraryBefore = await hashTree(dataDir);
});

afterAll(async () => {
  await removeTempDataDirs();
  console.log(`Malformed imports: ${refused} refused (${handMade.length} hand-made, ${MUTATION_KINDS.length * MUTATIONS_PER_KIND} generated).`);
});

/** Top-level JSON that is not an object has no fields to name, and neither has a syntax error. */
function hasFields(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

async function expectRefused(fileName: string, text: string): Promise<Rejection[]> {
  const result = await repository.importText(fileName, text);
  if (result.ok) throw new Error(`${fileName} was imported as ${result.summary.id}`);
  expect(result.message.startsWith(`${fileName} was not imported: `)).toBe(true);
  // JSON that is not a workshop at all is named in one sentence; anything else lists its problems.
  if (result.notAWorkshop) expect(result.notAWorkshop).toMatch(/^This file is JSON but not an Accord workshop: .+\.$/);
  else expect(result.rejections.length).toBeGreaterThan(0);
  for (const rejection of result.rejections) {
    expect(rejection.message).not.toBe('');
    // A document with fields must point at one; unknown keys at the top level are named in the message instead.
    if (hasFields(text)) expect(rejection.path !== '' || /^unknown field\(s\): /.test(rejection.message), JSON.stringify(rejection)).toBe(true);
  }
  refused++;
  return result.rejections;
}

const handMade = (await readdir(FIXTURES)).sort();

describe('hand-made malformed imports', () => {
  it('has a corpus of at least 50 files', () => {
    expect(handMade.length).toBeGreaterThanOrEqual(50);
  });

  it.each(handMade)('refuses %s', async (name) => {
    await expectRefused(name, await readFile(join(FIXTURES, name), 'utf8'));
  });
});

describe('generated malformed imports', () => {
  const sample = JSON.parse(JSON.stringify(sampleWorkshop())) as Json;
  const random = seededRandom(7);
  const cases = MUTATION_KINDS.flatMap((kind) => Array.from({ length: MUTATIONS_PER_KIND }, () => mutate(sample, kind, random)));

  it.each(cases.map((c) => [c.description, c.path, c.text] as const))('refuses %s', async (_, path, text) => {
    const rejections = await expectRefused('mutated.accord.json', text);
    // The schema names the changed place itself or a field inside it.
    if (path !== '') expect(rejections.map((r) => r.path)).toContainEqual(expect.stringMatching(new RegExp(`^${escapeRegExp(path)}($|[.[])`)));
  });
});

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('after every import above', () => {
  it('left the library on disk byte for byte as it was', async () => {
    expect(refused).toBeGreaterThanOrEqual(50 + MUTATION_KINDS.length * MUTATIONS_PER_KIND);
    expect(await hashTree(dataDir)).toEqual(libraryBefore);
    expect((await repository.list()).map((s) => s.id).sort()).toEqual(['sample-kestrel', 'w2']);
  });

  it('left Object.prototype unpolluted', () => {
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(prototypeNamesBefore);
  });
});

describe('JSON that is not a workshop', () => {
  it('is refused with one sentence saying what it is not, and the missing parts as paths', async () => {
    const settings = JSON.stringify({ schemaVersion: 1, name: 'accord', scripts: { test: 'vitest' }, dependencies: { zod: '4' } });
    const result = await repository.importText('package.json', settings);
    if (result.ok) throw new Error('imported');
    expect(result.notAWorkshop).toBe('This file is JSON but not an Accord workshop: it has no workshop details, buying-process stages, or participants (27 of the 28 parts of a workshop are missing).');
    expect(result.message).toBe(`package.json was not imported: ${result.notAWorkshop}`);
    expect(result.rejections.slice(0, 3).map((r) => r.path)).toEqual(['id', 'createdAt', 'updatedAt']);
    // Without this, the same file got one raw schema line per missing or unknown field.
    expect(result.message).not.toMatch(/expected|Invalid input/);
  });

  it('is still listed field by field when it is a damaged workshop', async () => {
    const damaged = JSON.parse(JSON.stringify(sampleWorkshop())) as Record<string, unknown>;
    delete damaged.stages;
    const result = await repository.importText('damaged.accord.json', JSON.stringify(damaged));
    if (result.ok) throw new Error('imported');
    expect(result.notAWorkshop).toBeUndefined();
    expect(result.rejections[0]?.path).toBe('stages');
  });
});
