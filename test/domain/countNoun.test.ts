import { describe, expect, it } from 'vitest';
import { countNoun, nounFor } from '../../src/domain/countNoun';

const STAGE = { one: 'stage', other: 'stages' };

describe('countNoun', () => {
  it('uses the singular for exactly one', () => {
    expect(countNoun(1, STAGE)).toBe('1 stage');
  });

  it('uses the plural for none and for many', () => {
    expect(countNoun(0, STAGE)).toBe('0 stages');
    expect(countNoun(11, STAGE)).toBe('11 stages');
  });

  it('falls back to the other form when a language needs a form the noun lacks', () => {
    // Polish has "few" for 2–4; without that form the plural is used.
    expect(nounFor(3, STAGE, 'pl')).toBe('stages');
    expect(nounFor(3, { ...STAGE, few: 'etapy' }, 'pl')).toBe('etapy');
  });
});
