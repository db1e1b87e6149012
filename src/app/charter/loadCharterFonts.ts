/**
 * Loads every font slice the printed charter needs, without laying the page out. The bundled
 * faces are split by unicode-range, and a browser fetches a slice only once some laid-out text
 * needs it. Chromium's print fetched the body's slices itself in our checks, but not those only
 * the footer's margin boxes show (PRINTING.md); loading them all first keeps the print from
 * depending on either. Laying the whole document out on screen only to trigger those requests
 * cost as much as the print itself on a long charter (≈ 17 s of 40 for 2,000 pages), and the
 * print lays it out again at the page's size anyway. Asking the font set to load the stack for
 * the characters of the document and its generated content loads every slice layout would, and
 * a few it would not (each face of the stack whose range meets the text, such as the emoji
 * slice that holds the digits): about 80 KB more, never printed.
 */

/** The weights and styles charter.css sets; a style without its own face loads the regular one. */
const FACES = ['400', '700', 'italic 400', 'italic 700'] as const;

/** Each character of `text` once, in first-seen order: the font set checks ranges per character, not per occurrence. */
export function distinctCharacters(text: string): string {
  return Array.from(new Set(text)).join('');
}

/** The literal words of `content:` declarations in the page's style sheets (the footer's "Page … of …", list marks such as "→"). */
export function generatedContentText(sheets: Iterable<CSSStyleSheet>): string {
  const words: string[] = [];
  const visit = (rules: CSSRuleList) => {
    for (const rule of Array.from(rules)) {
      const content = (rule as CSSStyleRule).style?.getPropertyValue('content');
      if (content) words.push(...Array.from(content.matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'/g), (m) => m[1] ?? m[2] ?? ''));
      const nested = (rule as CSSGroupingRule).cssRules;
      if (nested) visit(nested);
    }
  };
  for (const sheet of sheets) {
    try {
      visit(sheet.cssRules);
    } catch {
      // A sheet from another origin cannot be read; the charter's are all its own.
    }
  }
  return words.join(' ');
}

/** Resolves once the slices of `stack` covering `text` (in every face the charter prints with) have loaded. */
export async function loadCharterFonts(fonts: FontFaceSet, stack: string, text: string): Promise<void> {
  const characters = distinctCharacters(text);
  await Promise.all(FACES.map((face) => fonts.load(`${face} 10px ${stack}`, characters)));
  await fonts.ready;
}
