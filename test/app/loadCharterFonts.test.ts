import { describe, expect, it, vi } from 'vitest';
import { distinctCharacters, generatedContentText, loadCharterFonts } from '../../src/app/charter/loadCharterFonts';

/** A style sheet as the CSSOM shows it: rules with a `style`, group rules (media, page) with their own rules. */
const rule = (content: string) => ({ style: { getPropertyValue: (name: string) => (name === 'content' ? content : '') } });
const group = (...rules: unknown[]) => ({ cssRules: rules });
const sheet = (...rules: unknown[]) => ({ cssRules: rules }) as unknown as CSSStyleSheet;

describe('distinctCharacters', () => {
  it('keeps each character once, in first-seen order, whole beyond the BMP', () => {
    expect(distinctCharacters('abcabc')).toBe('abc');
    expect(distinctCharacters('𠮷田𠮷👍🏽田')).toBe('𠮷田👍🏽');
    expect(distinctCharacters('')).toBe('');
  });
});

describe('generatedContentText', () => {
  it('collects the quoted words of content declarations, also inside @page and @media rules', () => {
    const text = generatedContentText([
      sheet(rule('"→  "'), rule(''), group(rule(`"Page " counter(page) " of " counter(pages)`), group(rule("'✓ '")))),
      sheet(rule('var(--charter-footer-company, "")'), rule('"say \\"hi\\""')),
    ]);
    for (const word of ['→', 'Page', ' of ', '✓', 'say']) expect(text).toContain(word);
    expect(text).not.toContain('counter');
  });

  it('passes over a sheet that cannot be read', () => {
    const foreign = {
      get cssRules(): CSSRuleList {
        throw new DOMException('cross-origin', 'SecurityError');
      },
    } as unknown as CSSStyleSheet;
    expect(generatedContentText([foreign, sheet(rule('"↩"'))])).toBe('↩');
  });
});

describe('loadCharterFonts', () => {
  it('asks for every face the charter prints with, once per distinct character, then waits for the set', async () => {
    const order: string[] = [];
    const fonts = {
      load: vi.fn(async (font: string, text: string) => {
        order.push(`load ${font} ${text}`);
        return [];
      }),
      get ready() {
        order.push('ready');
        return Promise.resolve(this);
      },
    } as unknown as FontFaceSet;
    await loadCharterFonts(fonts, "'Noto Sans', sans-serif", 'aab→');
    expect(order).toEqual([
      "load 400 10px 'Noto Sans', sans-serif ab→",
      "load 700 10px 'Noto Sans', sans-serif ab→",
      "load italic 400 10px 'Noto Sans', sans-serif ab→",
      "load italic 700 10px 'Noto Sans', sans-serif ab→",
      'ready',
    ]);
  });
});
