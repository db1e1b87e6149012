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
      expect(face).toMatch(/src: url\('@fontsource\/[a-z-]+\/files\/[a-z0-9-]+\.woff2'\) format\('woff2'\);/);
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
});
