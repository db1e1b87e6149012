import { describe, expect, it } from 'vitest';
import { createSampleWorkshop } from '../../src/domain/sampleWorkshop';
import { parseWorkshopValue } from '../../src/domain/parseWorkshop';
describe('sample', () => { it('parses', () => { const r = parseWorkshopValue(createSampleWorkshop('2026-11-22T10:00:00.000Z')); expect(r.kind === 'invalid' ? r.rejections : []).toEqual([]); }); });
