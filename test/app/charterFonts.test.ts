import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHARTER_FONTS_CSS_PATH, CHARTER_FONT_STACK, charterFontsCss } from '../../scripts/generateCharterFonts';

describe('charterFonts.css', () => {
  const css = readFileSync(CHARTER_FONTS_CSS_PATH, 'utf8');

  it('is what the generator makes from the installed font packages (run scripts/generateCharterFonts.ts after upgrading them)', () => {
    expect(css).toBe(charterFontsCss());
  });

  it('points at woff2 files only, each rule limited to its unicode range', () => {
    const faces = css.match(/@font-face\s*{[^}]*}/g) ?? [];
    expect(faces.length).toBeGreaterThan(200);
    for (const face of faces) {
      expect(face).toMatch(/src: url\('@fontsource\/[a-z0-9-]+\/files\/[a-z0-9-]+\.woff2'\) format\('woff2'\);/);
      expect(face).toMatch(/unicode-range: U\+/);
      expect(face).not.toMatch(/\.woff'/);
    }
  });

  it('bundles weights 400 and 700 at most, and a font for every script the charter promises', () => {
    const weights = new Set([...css.matchAll(/font-weight: (\d+);/g)].map((m) => m[1]));
    expect([...weights].sort()).toEqual(['400', '700']);
    for (const family of ['Noto Sans', 'Noto Sans SC', 'Noto Sans KR', 'Noto Sans Arabic', 'Noto Sans Hebrew', 'Noto Sans Devanagari', 'Noto Emoji']) {
      expect(css).toContain(`font-family: '${family}';`);
      expect(CHARTER_FONT_STACK).toContain(`'${family}'`);
    }
    expect(css).toContain(`--font-charter: ${CHARTER_FONT_STACK};`);
  });

  it('gives the symbols people type a face of their own, ahead of the CJK fonts that also claim them', () => {
    const faces = [...css.matchAll(/@font-face\s*{[^}]*}/g)].map(([face]) => ({
      family: /font-family: '([^']+)'/.exec(face)![1]!,
      weight: Number(/font-weight: (\d+)/.exec(face)![1]),
      ranges: /unicode-range: ([^;]+);/.exec(face)![1]!.split(',').map((part) => {
        const [from, to] = part.trim().slice(2).split('-');
        return [parseInt(from!.replace(/\?/g, '0'), 16), parseInt((to ?? from!).replace(/\?/g, 'F'), 16)] as const;
      }),
    }));
    const stack = CHARTER_FONT_STACK.split(', ').map((family) => family.replace(/'/g, ''));
    /** The first family of the stack with a rule for the character at that weight (the browser's first choice). */
    const firstFace = (character: string, weight: number) => {
      const code = character.codePointAt(0)!;
      const covering = faces.filter((f) => f.weight === weight && f.ranges.some(([from, to]) => code >= from && code <= to)).map((f) => f.family);
      return stack.find((family) => covering.includes(family));
    };
    const expected: Record<string, string> = { '≥': 'Noto Sans Math', '≤': 'Noto Sans Math', '→': 'Noto Sans Math', '←': 'Noto Sans Math', '↔': 'Noto Sans Math', '↩': 'Noto Sans Math', '≠': 'Noto Sans Math', '✓': 'Noto Sans Symbols 2', '✗': 'Noto Sans Symbols 2', '★': 'Noto Sans Symbols 2', '×': 'Noto Sans', '−': 'Noto Sans', '…': 'Noto Sans', '•': 'Noto Sans', '€': 'Noto Sans', '£': 'Noto Sans' };
    for (const [character, family] of Object.entries(expected)) expect(firstFace(character, 400), character).toBe(family);
    // Emoji keep their font; CJK keeps its own.
    expect(firstFace('🚀', 400)).toBe('Noto Emoji');
    expect(firstFace('❤', 400)).toBe('Noto Emoji');
    expect(firstFace('王', 400)).toBe('Noto Sans SC');
  });
});
