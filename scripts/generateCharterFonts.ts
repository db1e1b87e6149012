/**
 * Writes src/app/charter/charterFonts.css: the @font-face rules of the charter's bundled fonts,
 * taken from the installed @fontsource packages but pointing at their woff2 files only (the
 * packages' own CSS also lists a woff fallback, which every browser Accord runs in skips, yet
 * the build would copy). Each rule keeps its unicode-range, so a page loads only the slices its
 * text needs. test/app/charterFonts.test.ts fails when the file is out of date.
 * Usage: npx tsx scripts/generateCharterFonts.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

interface FontSource {
  /** The @fontsource package. */
  pkg: string;
  family: string;
  weights: readonly number[];
  /** Which of the package's subsets to keep: script subsets only, since Noto Sans covers Latin, Greek and Cyrillic first. */
  keep: (subset: string) => boolean;
  /**
   * Only where the fonts before it in the stack have no glyph: its rules are limited to those
   * code points (a slice with none left is dropped), so it fills gaps and changes nothing else.
   */
  gapsOnly?: boolean;
  /**
   * The code points this font is for, instead of its package's unicode-range: a package without
   * script subsets ships the whole font in one file whose rule names Latin only (Noto Sans Math).
   */
  only?: string;
}

const numbered = (subset: string) => /^\d+$/.test(subset);

/**
 * In the order of the charter's font stack. CJK and emoji come in regular weight only: their
 * bold files would add about 7 MB for bold names and headings, and a bold the browser
 * synthesises instead prints as Type 3 glyphs, so the charter shows them at regular weight.
 */
export const CHARTER_FONT_SOURCES: readonly FontSource[] = [
  // First: Noto Sans (the app's font, also bundled by theme/tokens.css) has a Devanagari slice
  // too, with fewer glyphs (conjuncts, Vedic marks) than the dedicated font. Its range is Devanagari only.
  { pkg: '@fontsource/noto-sans-devanagari', family: 'Noto Sans Devanagari', weights: [400, 700], keep: (s) => s === 'devanagari' },
  { pkg: '@fontsource/noto-sans', family: 'Noto Sans', weights: [400, 700], keep: (s) => s !== 'devanagari' },
  { pkg: '@fontsource/noto-sans-arabic', family: 'Noto Sans Arabic', weights: [400, 700], keep: (s) => s === 'arabic' },
  { pkg: '@fontsource/noto-sans-hebrew', family: 'Noto Sans Hebrew', weights: [400, 700], keep: (s) => s === 'hebrew' },
  // Arrows and operators people type (≤ ≥ ← → ↔ ↩ ⇒ ≠): before Noto Emoji, whose arrows are
  // boxed pictographs, and before Noto Sans SC, whose slices also claim them and would print them
  // in a CJK face of another weight. The whole font is one file (268 KB); regular weight only.
  {
    pkg: '@fontsource/noto-sans-math',
    family: 'Noto Sans Math',
    weights: [400],
    keep: (s) => s === 'latin',
    gapsOnly: true,
    only: 'U+2190-21FF,U+2200-22FF,U+27C0-27FF,U+2900-2AFF',
  },
  { pkg: '@fontsource/noto-emoji', family: 'Noto Emoji', weights: [400], keep: numbered },
  // Technical signs, shapes and dingbats that are not emoji (✓ ✗ ★ ■ ⌘ ①), before Noto Sans SC
  // for the same reason: its symbols slice (376 KB), regular weight only.
  {
    pkg: '@fontsource/noto-sans-symbols-2',
    family: 'Noto Sans Symbols 2',
    weights: [400],
    keep: (s) => s === 'symbols',
    gapsOnly: true,
    only: 'U+2300-23FF,U+2460-24FF,U+25A0-27BF,U+2B00-2BFF',
  },
  // Simplified Chinese, Japanese kana and most kanji; its Hangul is only a few dozen syllables.
  { pkg: '@fontsource/noto-sans-sc', family: 'Noto Sans SC', weights: [400], keep: numbered },
  { pkg: '@fontsource/noto-sans-kr', family: 'Noto Sans KR', weights: [400], keep: numbered },
  // Only the kanji neither of the two has, which Japanese names use (薗, 碕, 栂: 46 of the 2,965
  // JIS X 0208 level-1 kanji, 615 of the 3,390 of level 2; 𠮷 and other names beyond): 75 slices,
  // 2.2 MB in the build. Kana and every kanji they share keep the shapes the charter always printed.
  { pkg: '@fontsource/noto-sans-jp', family: 'Noto Sans JP', weights: [400], keep: numbered, gapsOnly: true },
];

/** After the bundled fonts, the system's, so that a character none of them has still shows. */
const SYSTEM_FALLBACKS = ['system-ui', 'sans-serif'];

export const CHARTER_FONT_STACK = [...CHARTER_FONT_SOURCES.map((s) => `'${s.family}'`), ...SYSTEM_FALLBACKS].join(', ');

const require = createRequire(import.meta.url);
const packageDir = (pkg: string) => dirname(require.resolve(`${pkg}/package.json`));

const FACE = /@font-face\s*{([^}]*)}/g;

interface Face {
  file: string;
  /** The package's own unicode-range, written as it is unless the rule is narrowed. */
  range: string;
  ranges: Ranges;
}

/** The package's kept rules for one weight: each slice's woff2 file and the code points it has. */
function keptFaces(source: FontSource, weight: number): Face[] {
  const css = readFileSync(join(packageDir(source.pkg), `${weight}.css`), 'utf8');
  const faces: Face[] = [];
  for (const [, body] of css.matchAll(FACE)) {
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body!)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(body!)?.[1];
    if (!file || !range) throw new Error(`${source.pkg}/${weight}.css: a rule without a woff2 file or a unicode-range`);
    const base = source.pkg.replace('@fontsource/', '');
    const subset = file.slice(base.length + 1, -`-${weight}-normal.woff2`.length);
    if (source.keep(subset)) faces.push({ file, range: source.only ?? range.trim(), ranges: parseRanges(source.only ?? range) });
  }
  if (faces.length === 0) throw new Error(`${source.pkg}/${weight}.css: no subset kept`);
  return faces;
}

function faceRule(source: FontSource, weight: number, range: string, file: string): string {
  return [
    '@font-face {',
    `  font-family: '${source.family}';`,
    '  font-style: normal;',
    '  font-display: swap;',
    `  font-weight: ${weight};`,
    `  src: url('${source.pkg}/files/${file}') format('woff2');`,
    `  unicode-range: ${range};`,
    '}',
  ].join('\n');
}

// ---------------------------------------------------------------- unicode ranges

/** Sorted, disjoint, inclusive [first, last] code point pairs. */
type Ranges = Array<[number, number]>;

/** "U+0900-097F,U+25CC,U+1F??" as ranges (a `?` stands for any hex digit). */
function parseRanges(text: string): Ranges {
  const ranges: Ranges = text.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    if (to !== undefined) return [parseInt(from!, 16), parseInt(to, 16)];
    return [parseInt(from!.replace(/\?/g, '0'), 16), parseInt(from!.replace(/\?/g, 'F'), 16)];
  });
  return union(ranges);
}

function union(ranges: Ranges): Ranges {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: Ranges = [];
  for (const [first, last] of sorted) {
    const previous = merged.at(-1);
    if (previous && first <= previous[1] + 1) previous[1] = Math.max(previous[1], last);
    else merged.push([first, last]);
  }
  return merged;
}

/** The code points of `ranges` that are not in `taken` (both sorted and disjoint). */
function subtract(ranges: Ranges, taken: Ranges): Ranges {
  const left: Ranges = [];
  for (const [first, last] of ranges) {
    let from = first;
    for (const [takenFirst, takenLast] of taken) {
      if (takenLast < from || takenFirst > last) continue;
      if (takenFirst > from) left.push([from, takenFirst - 1]);
      from = takenLast + 1;
      if (from > last) break;
    }
    if (from <= last) left.push([from, last]);
  }
  return left;
}

function formatRanges(ranges: Ranges): string {
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
  return ranges.map(([first, last]) => (first === last ? `U+${hex(first)}` : `U+${hex(first)}-${hex(last)}`)).join(',');
}

// ---------------------------------------------------------------- the file

export function charterFontsCss(): string {
  const versions = CHARTER_FONT_SOURCES.map((s) => `${s.pkg} ${(require(`${s.pkg}/package.json`) as { version: string }).version}`).join(', ');
  const header = [
    '/*',
    ' * Generated by scripts/generateCharterFonts.ts from ' + versions + ': do not edit.',
    ' * The charter\'s fonts, bundled so that every machine prints the same and no script shows as',
    ' * boxes. `--font-charter` is the family stack, for the charter and any screen that adopts it.',
    ' */',
  ].join('\n');
  const root = `:root {\n  --font-charter: ${CHARTER_FONT_STACK};\n}`;
  const rules: string[] = [];
  /** Per weight, what the fonts so far have glyphs for. */
  const covered = new Map<number, Ranges>();
  for (const source of CHARTER_FONT_SOURCES) {
    for (const weight of source.weights) {
      const before = covered.get(weight) ?? [];
      const faces = keptFaces(source, weight);
      for (const face of faces) {
        if (!source.gapsOnly) {
          rules.push(faceRule(source, weight, face.range, face.file));
          continue;
        }
        const gaps = subtract(face.ranges, before);
        if (gaps.length > 0) rules.push(faceRule(source, weight, formatRanges(gaps), face.file));
      }
      covered.set(weight, union([...before, ...faces.flatMap((face) => face.ranges)]));
    }
  }
  return `${header}\n${root}\n\n${rules.join('\n\n')}\n`;
}

export const CHARTER_FONTS_CSS_PATH = resolve(import.meta.dirname, '../src/app/charter/charterFonts.css');

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  writeFileSync(CHARTER_FONTS_CSS_PATH, charterFontsCss());
  console.log(`Wrote ${CHARTER_FONTS_CSS_PATH}`);
}
