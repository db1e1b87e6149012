import { describe, expect, it } from 'vitest';
import { describeNotAWorkshop } from '../../src/domain/describeNotAWorkshop';
import { createSampleWorkshop } from '../../src/domain/sampleWorkshop';

const sample = () => JSON.parse(JSON.stringify(createSampleWorkshop('2026-11-22T09:00:00.000Z'))) as Record<string, unknown>;

describe('describeNotAWorkshop', () => {
  it('says in one sentence what a settings file is not, and lists the missing parts as paths', () => {
    const result = describeNotAWorkshop({ name: 'accord', version: '0.1.0', scripts: { start: 'node' } });
    expect(result?.reason).toBe(
      'This file is JSON but not an Accord workshop: it has no Accord version number, workshop details, buying-process stages, or participants (none of the parts of a workshop is there).',
    );
    expect(result?.rejections.slice(0, 3)).toEqual([
      { path: 'schemaVersion', message: 'is missing' },
      { path: 'id', message: 'is missing' },
      { path: 'createdAt', message: 'is missing' },
    ]);
  });

  it('names what a file with a schemaVersion but nothing else lacks', () => {
    const result = describeNotAWorkshop({ schemaVersion: 3, kind: 'export' });
    expect(result?.reason).toMatch(/^This file is JSON but not an Accord workshop: it has no workshop details, buying-process stages, or participants \(27 of the 28 parts/);
    expect(result?.rejections.map((r) => r.path)).not.toContain('schemaVersion');
  });

  it('explains a list and a single value', () => {
    expect(describeNotAWorkshop([1, 2])?.reason).toMatch(/: it holds a list, where a workshop is one object/);
    expect(describeNotAWorkshop(42)?.reason).toMatch(/: it holds a single number value/);
    expect(describeNotAWorkshop(null)?.reason).toMatch(/: it holds a single null value/);
  });

  it('leaves a damaged workshop to the field-by-field rejections', () => {
    const damaged = sample();
    delete damaged.stages;
    delete damaged.setup;
    expect(describeNotAWorkshop(damaged)).toBeNull();
    expect(describeNotAWorkshop(sample())).toBeNull();
  });
});
