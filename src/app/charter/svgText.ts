/**
 * Text for the charter's SVG pictures, which cannot wrap on their own: an estimate of how wide
 * a text runs (in ems), greedy wrapping to a width with an ellipsis past the last line, and the
 * direction a text reads in, so Arabic and Hebrew names start at the right edge.
 */

/** Characters that take a full em: CJK, kana, Hangul, full-width forms and emoji. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|\p{Extended_Pictographic}/u;
/** Wide characters may break anywhere; other text breaks at spaces and after hyphens (mid-word only when a word is too long). */
const TOKEN = /\s+|[\u2e80-\u9fff\uac00-\ud7ff\uf900-\ufaff\uff00-\uffef]|\p{Extended_Pictographic}\uFE0F?|[^\s\u2e80-\u9fff\uac00-\ud7ff\uf900-\ufaff\uff00-\uffef-]+-*|-+/gu;
/** The average advance of Noto Sans at regular weight, with a little room to spare. */
const NARROW_EM = 0.56;

export function textWidthEm(text: string): number {
  let width = 0;
  for (const character of text) width += WIDE.test(character) ? 1 : NARROW_EM;
  return width;
}

function splitToFit(word: string, maxEm: number): string[] {
  const parts: string[] = [];
  let current = '';
  for (const character of word) {
    if (current && textWidthEm(current + character) > maxEm) {
      parts.push(current);
      current = '';
    }
    current += character;
  }
  if (current) parts.push(current);
  return parts;
}

/**
 * The text in lines of at most `maxEm` (the first line `indentEm` less), at most `maxLines` of
 * them; the last one ends in "…" when text was left out.
 */
export function wrapLines(text: string, maxEm: number, maxLines: number, indentEm = 0): string[] {
  const lines: string[] = [];
  let current = '';
  const room = () => (lines.length === 0 ? maxEm - indentEm : maxEm);
  const push = () => {
    lines.push(current.trim());
    current = '';
  };
  for (const token of text.trim().match(TOKEN) ?? []) {
    if (/^\s+$/.test(token)) {
      if (current) current += ' ';
      continue;
    }
    if (textWidthEm(current + token) <= room()) {
      current += token;
      continue;
    }
    if (current.trim()) push();
    // A word too long for what is left of the first line starts on the next one, whole if it can.
    else if (lines.length === 0 && indentEm > 0 && textWidthEm(token) <= maxEm) push();
    for (const part of splitToFit(token, room())) {
      if (current && textWidthEm(current + part) > room()) push();
      current += part;
    }
  }
  if (current.trim()) push();
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last && textWidthEm(`${last}…`) > (maxLines === 1 ? maxEm - indentEm : maxEm)) last = [...last].slice(0, -1).join('');
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
