/**
 * Text laid out without a browser: how wide a text runs (in ems of the charter's font), where
 * it wraps to a width, and the direction it reads in. The SVG pictures use it because SVG text
 * cannot wrap; the review's page split uses it to know, before anything is drawn, how many
 * lines a text takes on a page, so the console and the projector cut pages at the same place.
 */

/** Characters that take a full em: CJK, kana, Hangul, full-width forms and emoji. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|\p{Extended_Pictographic}/u;

/**
 * Advance widths of Noto Sans for the printable ASCII characters (space to "~"), in hundredths
 * of an em, regular and bold, as Chromium measures the bundled font.
 */
const ASCII_REGULAR = [
  26, 27, 41, 65, 57, 83, 73, 22, 30, 30, 55, 57, 27, 32, 27, 37, 57, 57, 57, 57, 57, 57, 57, 57, 57, 57, 27, 27, 57, 57, 57, 43, 90, 64, 65, 63, 73, 56, 52, 73, 74, 34, 27, 62, 52, 91, 76, 78, 60, 78, 62, 55, 56,
  73, 60, 93, 59, 57, 57, 33, 37, 33, 57, 44, 28, 56, 61, 48, 61, 56, 34, 61, 62, 26, 26, 53, 26, 93, 62, 60, 61, 61, 41, 48, 36, 62, 51, 79, 53, 51, 47, 38, 55, 38, 57,
];
const ASCII_BOLD = [
  26, 28, 48, 65, 57, 90, 75, 27, 34, 34, 54, 57, 28, 32, 28, 41, 57, 57, 57, 57, 57, 57, 57, 57, 57, 57, 28, 28, 57, 57, 57, 48, 90, 69, 66, 64, 73, 56, 55, 72, 76, 39, 33, 66, 56, 94, 81, 79, 62, 79, 66, 55, 58,
  76, 65, 97, 67, 63, 58, 33, 41, 33, 57, 41, 36, 60, 63, 52, 63, 60, 39, 63, 65, 30, 30, 62, 30, 97, 65, 62, 63, 63, 45, 50, 43, 65, 57, 86, 58, 57, 49, 39, 55, 39, 57,
];
/** Letters of other scripts (Cyrillic bold averages 0.58, Greek 0.56, Hebrew 0.53, Arabic 0.43, Devanagari 0.40): a safe upper figure. */
const OTHER_EM = 0.64;
/** Arrows, ≤ ≥ and ✓ ✗ as the bundled Noto Sans Math and Noto Sans Symbols 2 draw them. */
const SPECIAL: Record<string, number> = {
  '—': 1,
  '…': 0.9,
  '–': 0.55,
  æ: 0.9,
  Æ: 0.95,
  œ: 0.95,
  Œ: 1.05,
  ß: 0.65,
  '→': 1.02,
  '←': 1.02,
  '↔': 1.13,
  '↩': 1.05,
  '⇒': 1.02,
  '≤': 0.58,
  '≥': 0.58,
  '≠': 0.58,
  '✓': 0.83,
  '✗': 0.67,
};
/** Room to spare over the measured advances: fallback fonts and rounding never make a line overflow. */
const SPARE = 1.03;

function characterWidth(character: string, bold: boolean): number {
  const code = character.codePointAt(0)!;
  if (code >= 32 && code < 127) return (bold ? ASCII_BOLD : ASCII_REGULAR)[code - 32]! / 100;
  if (WIDE.test(character)) return 1;
  const special = SPECIAL[character];
  if (special !== undefined) return special;
  // Latin letters with accents are as wide as their base letter.
  const base = character.normalize('NFD').codePointAt(0)!;
  if (base >= 32 && base < 127) return (bold ? ASCII_BOLD : ASCII_REGULAR)[base - 32]! / 100;
  if (/\p{M}|[\u200b-\u200f\ufe0f]/u.test(character)) return 0;
  return OTHER_EM;
}

/** How wide `text` runs, in ems, on one line (regular weight unless `bold`). */
export function textWidthEm(text: string, bold = false): number {
  return rangeWidthEm(text, 0, text.length, bold);
}

function rangeWidthEm(text: string, start: number, end: number, bold: boolean): number {
  const table = bold ? ASCII_BOLD : ASCII_REGULAR;
  let narrow = 0;
  let wide = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 32 && code < 127) {
      narrow += table[code - 32]!;
      continue;
    }
    const point = text.codePointAt(i)!;
    const character = String.fromCodePoint(point);
    if (point > 0xffff) i++;
    const width = characterWidth(character, bold);
    // Full-width characters are exactly an em wide: no room to spare is needed for them.
    if (width === 1 && WIDE.test(character)) wide += 1;
    else narrow += width * 100;
  }
  return (narrow / 100) * SPARE + wide;
}

/** A line of wrapped text: where it starts and ends in the text (the end excludes the break). */
export interface LineRange {
  start: number;
  end: number;
}

/**
 * Where `text` wraps at `maxEm` per line (the first line of each paragraph `indentEm` less),
 * as ranges into the text. Line breaks in the text start a new line, as `white-space: pre-line`
 * shows them; a word longer than a line is split between characters, as `overflow-wrap` does.
 */
export function wrapRanges(text: string, maxEm: number, { indentEm = 0, bold = false }: { indentEm?: number; bold?: boolean } = {}): LineRange[] {
  const lines: LineRange[] = [];
  let offset = 0;
  for (const paragraph of text.split('\n')) {
    wrapParagraph(paragraph, offset, maxEm, lines.length === 0 ? indentEm : 0, bold, lines);
    offset += paragraph.length + 1;
  }
  return lines;
}

const isSpace = (code: number) => code === 32 || (code >= 9 && code <= 13) || code === 0x3000 || (code >= 0x2000 && code <= 0x200a);
/** A character that may break on either side: CJK, Hangul, full-width forms and emoji. */
const BREAKS_ANYWHERE = /^(?:[\u2e80-\u9fff\uac00-\ud7ff\uf900-\ufaff\uff00-\uffef]|\p{Extended_Pictographic})$/u;

/**
 * The text's break units in order, as [start, end) pairs into `text`: runs of white space, a
 * character that breaks anywhere (with its variation selector), and words (with the hyphens
 * that end them, after which a line may break). A hand-written scan: wrapping the charter's
 * longest texts must not make garbage for every word.
 */
function forEachToken(text: string, visit: (start: number, end: number, space: boolean) => void): void {
  const n = text.length;
  let i = 0;
  const breaksAnywhere = (at: number) => {
    const code = text.charCodeAt(at);
    if (code < 0x2e80 && code < 0x2000) return 0;
    const point = text.codePointAt(at)!;
    const width = point > 0xffff ? 2 : 1;
    if (!BREAKS_ANYWHERE.test(text.slice(at, at + width))) return 0;
    return text.charCodeAt(at + width) === 0xfe0f ? width + 1 : width;
  };
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      let j = i + 1;
      while (j < n && isSpace(text.charCodeAt(j))) j++;
      visit(i, j, true);
      i = j;
      continue;
    }
    const wide = breaksAnywhere(i);
    if (wide > 0) {
      visit(i, i + wide, false);
      i += wide;
      continue;
    }
    let j = i;
    if (code === 45) {
      while (j < n && text.charCodeAt(j) === 45) j++;
    } else {
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === 45 || isSpace(c) || breaksAnywhere(j) > 0) break;
        j++;
      }
      while (j < n && text.charCodeAt(j) === 45) j++;
    }
    visit(i, j, false);
    i = j;
  }
}

function wrapParagraph(paragraph: string, offset: number, maxEm: number, indentEm: number, bold: boolean, lines: LineRange[]): void {
  const first = lines.length;
  let start = -1;
  let end = -1;
  let width = 0;
  const spaceWidth = textWidthEm(' ', bold);
  const room = () => (lines.length === first ? maxEm - indentEm : maxEm);
  const push = () => {
    lines.push(start < 0 ? { start: offset, end: offset } : { start: offset + start, end: offset + end });
    start = -1;
    end = -1;
    width = 0;
  };
  let pendingSpace = 0;
  forEachToken(paragraph, (at, tokenEnd, space) => {
    if (space) {
      if (start >= 0) pendingSpace = spaceWidth;
      return;
    }
    const tokenWidth = rangeWidthEm(paragraph, at, tokenEnd, bold);
    if (start >= 0 && width + pendingSpace + tokenWidth <= room()) {
      width += pendingSpace + tokenWidth;
      end = tokenEnd;
      pendingSpace = 0;
      return;
    }
    if (start < 0 && tokenWidth <= room()) {
      start = at;
      end = tokenEnd;
      width = tokenWidth;
      pendingSpace = 0;
      return;
    }
    if (start >= 0) push();
    // A word too long for what is left of the first line starts on the next one, whole if it can.
    else if (lines.length === first && indentEm > 0 && tokenWidth <= maxEm) push();
    pendingSpace = 0;
    if (tokenWidth <= room()) {
      start = at;
      end = tokenEnd;
      width = tokenWidth;
      return;
    }
    // Longer than a whole line: split between characters.
    let index = 0;
    for (const character of paragraph.slice(at, tokenEnd)) {
      const w = textWidthEm(character, bold);
      if (start >= 0 && width + w > room()) push();
      if (start < 0) {
        start = at + index;
        width = 0;
      }
      width += w;
      index += character.length;
      end = at + index;
    }
  });
  if (start >= 0 || lines.length === first) push();
}

/** How many lines `text` takes at `maxEm` per line. */
export function lineCount(text: string, maxEm: number, options?: { indentEm?: number; bold?: boolean }): number {
  return wrapRanges(text, maxEm, options).length;
}

/**
 * The text in lines of at most `maxEm` (the first line `indentEm` less), at most `maxLines` of
 * them; the last one ends in "…" when text was left out.
 */
export function wrapLines(text: string, maxEm: number, maxLines: number, indentEm = 0, bold = false): string[] {
  const trimmed = text.trim().replace(/\s*\n\s*/g, ' ');
  const lines = wrapRanges(trimmed, maxEm, { indentEm, bold }).map((r) => trimmed.slice(r.start, r.end).trim());
  if (lines.length === 1 && lines[0] === '') return [];
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const room = maxLines === 1 ? maxEm - indentEm : maxEm;
  let last = kept[maxLines - 1]!;
  while (last && textWidthEm(`${last}…`, bold) > room) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}

const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
const STRONG = /[\p{L}]/u;

/** The direction of the first strong character (Unicode's rule for dir="auto"). */
export function textDirection(text: string): 'ltr' | 'rtl' {
  for (const character of text) {
    if (RTL.test(character)) return 'rtl';
    if (STRONG.test(character)) return 'ltr';
  }
  return 'ltr';
}
