import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cssString } from '../../src/app/charter/cssString';

/**
 * A CSS string token read back the way a browser reads it (CSS Syntax Level 3, "consume a
 * string token", after input preprocessing): where it ends, and the text it holds.
 */
function readCssString(css: string): { value: string; end: number; bad: boolean } {
  const input = [...css.replace(/\r\n|[\r\f]/g, '\n').replace(/\0/g, '\ufffd')].map((c) => (/^[\ud800-\udfff]$/.test(c) ? '\ufffd' : c));
  const quote = input[0];
  if (quote !== '"' && quote !== "'") throw new Error('not a string token');
  let value = '';
  for (let i = 1; i < input.length; i++) {
    const c = input[i]!;
    if (c === quote) return { value, end: i + 1, bad: false };
    if (c === '\n') return { value, end: i, bad: true };
    if (c !== '\\') {
      value += c;
      continue;
    }
    const next = input[i + 1];
    if (next === undefined) continue;
    if (next === '\n') {
      i += 1;
      continue;
    }
    if (/[0-9a-f]/i.test(next)) {
      let hex = '';
      while (hex.length < 6 && /[0-9a-f]/i.test(input[i + 1] ?? '')) hex += input[++i];
      if (/[ \t\n]/.test(input[i + 1] ?? '')) i += 1;
      const code = parseInt(hex, 16);
      value += code === 0 || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff ? '\ufffd' : String.fromCodePoint(code);
      continue;
    }
    value += next;
    i += 1;
  }
  return { value, end: input.length, bad: false };
}

/** What a browser keeps of a text: NUL and broken surrogates become the replacement character. */
const asRead = (text: string) => [...text].map((c) => (c === '\0' || /^[\ud800-\udfff]$/.test(c) ? '\ufffd' : c)).join('');

describe('cssString', () => {
  it('quotes plain text as it is', () => {
    expect(cssString('Kestrel Fleet Systems')).toBe('"Kestrel Fleet Systems"');
    expect(cssString('Ωμέγα · 株式会社 · شركة')).toBe('"Ωμέγα · 株式会社 · شركة"');
  });

  it('escapes quotes and backslashes so the string ends where it should', () => {
    expect(cssString('say "hi" \\o/')).toBe('"say \\"hi\\" \\\\o/"');
  });

  it('turns line breaks and control characters into hex escapes', () => {
    expect(cssString('a\nb\r\tc\u0000')).toBe('"a\\A b\\D \\9 c\\FFFD "');
  });

  it('never spells a closing style tag, whatever the company is called', () => {
    const css = cssString('</style><script>alert(1)</script>');
    expect(css).not.toMatch(/[<>]/);
    expect(readCssString(css).value).toBe('</style><script>alert(1)</script>');
  });

  it('stays one string a browser reads back as the same text, for any text', () => {
    const hostile = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({ unit: fc.constantFrom('"', "'", '\\', '\n', '\r', '\f', '<', '>', '/', ';', '}', '{', ')', 'a', 'F', '0', ' ', '\ud800', '\udc00', '\0'), maxLength: 30 }),
    );
    fc.assert(
      fc.property(hostile, (text) => {
        const css = cssString(text);
        const read = readCssString(css);
        expect(read.bad).toBe(false);
        expect(read.end).toBe([...css].length);
        expect(read.value).toBe(asRead(text));
        expect(css).not.toMatch(/[\n\r\f<>]/);
      }),
      { numRuns: 500 },
    );
  });
});
