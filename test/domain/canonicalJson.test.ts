import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, CanonicalJsonError } from '../../src/domain/canonicalJson';

describe('canonicalJson', () => {
  it('orders keys by UTF-16 code units at every depth, whatever order they were written in', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: null, y: true }], c: 'x' } })).toBe('{"a":{"c":"x","d":[3,{"y":true,"z":null}]},"b":1}');
    // RFC 8785 §3.2.3: "\u20ac" (€) sorts after "\r" and before "\ud83d\ude00" (😀) by code unit.
    expect(canonicalJson({ '😀': 3, '€': 2, '\r': 1 })).toBe('{"\\r":1,"€":2,"😀":3}');
  });

  it('writes no insignificant whitespace and escapes as RFC 8785 asks', () => {
    expect(canonicalJson({ text: 'tab\there "quoted" \\ \u0001 é' })).toBe('{"text":"tab\\there \\"quoted\\" \\\\ \\u0001 é"}');
  });

  it('gives the same text for composed and decomposed accents, in values and keys', () => {
    const composed = { 'Zoë': 'Café Ångström' };
    const decomposed = { 'Zoe\u0308': 'Cafe\u0301 A\u030Angstro\u0308m' };
    expect(canonicalJson(decomposed)).toBe(canonicalJson(composed));
  });

  it('writes -0 as 0 and refuses floats, NaN and numbers past 2^53', () => {
    expect(canonicalJson([-0, 42, -7])).toBe('[0,42,-7]');
    for (const bad of [1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53]) {
      expect(() => canonicalJson({ n: bad })).toThrow(CanonicalJsonError);
    }
  });

  it('names where a value has no canonical form', () => {
    expect(() => canonicalJson({ stages: [{ name: 'ok' }, { name: 'bad\uD800' }] })).toThrow('$.stages[1].name');
    expect(() => canonicalJson({ when: new Date(0) })).toThrow('$.when: is not a plain object');
    expect(() => canonicalJson({ 'e\u0301': 1, 'é': 2 })).toThrow('two keys that read the same');
    expect(() => canonicalJson({ f: () => 1 })).toThrow('is a function');
  });

  it('drops undefined fields, as JSON does', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
  });

  it('reads back to the same value (NFC-normalised) for any JSON of strings, integers and booleans', () => {
    const json = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, fc.constant(null), fc.boolean(), fc.maxSafeInteger(), fc.string({ unit: 'grapheme' }), tie('array'), tie('object')),
      array: fc.array(tie('value'), { maxLength: 5 }),
      object: fc.dictionary(fc.string({ unit: 'grapheme-ascii' }), tie('value'), { maxKeys: 5 }),
    })).value;
    fc.assert(
      fc.property(json, (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
        expect(text).toBe(text.normalize('NFC'));
      }),
      { numRuns: 300 },
    );
  });
});
