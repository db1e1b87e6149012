/**
 * The charter's Markdown rendered by real renderers: mdast-util-from-markdown with GFM (micromark),
 * and GitHub's own cmark-gfm where it is installed (.ci/run installs it). Hostile text in every
 * string of the charter model must give exactly the structure that benign text of the same lines
 * gives (so no link, image, HTML, heading, list, table, quote, code or emphasis of its own), and
 * must read back as typed (each line trimmed; the invisible word joiners aside).
 */
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { buildCharterModel, type CharterModel } from '../../../src/domain/charterModel';
import { charterMarkdown } from '../../../src/domain/charterMarkdown';
import { currentCharterRecord } from '../../../src/domain/charterRecord';
import { createSampleWorkshop } from '../../../src/domain/sampleWorkshop';
import { checkInFixture } from '../../helpers/checkInFixture';
import { applyAll, fingerprintOf, readyToSign, signCommand, T0 } from '../../helpers/domainBuilders';
import { benign, MARKDOWN_ATTACKS } from './hostileText';

const WORD_JOINER = /\u2060/g;

const parse = (markdown: string): Root => fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

/** The tree's structure without its words: text and hard breaks are one "text" run. */
function skeleton(node: Nodes): string {
  if (node.type === 'text' || node.type === 'break') return 'T';
  const attributes = [
    'depth' in node ? `h${node.depth}` : '',
    'ordered' in node && node.ordered ? 'ol' : '',
    'checked' in node && typeof node.checked === 'boolean' ? 'task' : '',
  ].join('');
  const children = 'children' in node ? (node.children as Nodes[]).map(skeleton).join(',').replace(/T(,T)+/g, 'T') : '';
  return `${node.type}${attributes}(${children})`;
}

/** What a reader sees: each block's text on its own line, hard breaks as line breaks. */
function visibleText(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'break') return '\n';
  if (!('children' in node)) return 'value' in node ? node.value : '';
  const separator = ['root', 'list', 'listItem', 'table', 'tableRow', 'blockquote'].includes(node.type) ? '\n' : '';
  return (node.children as Nodes[]).map(visibleText).join(node.type === 'tableRow' ? ' | ' : separator);
}

const nodesOfType = (node: Nodes, types: readonly string[]): string[] => [
  ...(types.includes(node.type) ? [node.type] : []),
  ...('children' in node ? (node.children as Nodes[]).flatMap((child) => nodesOfType(child, types)) : []),
];

/** The text as the Markdown shows it: lines trimmed of spaces and tabs, no blank lines at the ends. */
function shownLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/).map((line) => line.replace(/^[ \t]+|[ \t]+$/g, ''));
  while (lines[0] === '') lines.shift();
  while (lines.at(-1) === '') lines.pop();
  return lines;
}

/** Keys of the model that are not text anyone reads: they stay as they are. */
const MACHINE_KEYS = new Set(['id', 'lang', 'paperSize', 'strokesPath', 'fromTeamId', 'toTeamId', 'kind']);

/**
 * Strings of the model the Markdown does not show (the PDF's running footer and colours, the
 * cover's own title "Cover", the swimlane arrows' short labels and the swimlanes' empty sentence, a team's name again beside each
 * average): they stay as they are, so every text placed is one the reader must find.
 */
function notShown(path: readonly string[]): boolean {
  const [top, , inSection] = path;
  if (top === 'footer' || top === 'shortFingerprint' || top === 'fingerprint' || top === 'teams') return true;
  if (top === 'sections' && path[1] === '0' && inSection === 'title') return true;
  const last = path.at(-1);
  if (path.includes('swimlanes') && (last === 'label' || last === 'empty')) return true;
  return path.includes('averages') && path.includes('team');
}

/** The model with every shown string replaced by `texts` in turn (each made unique), and those texts. */
function withTexts(model: CharterModel, texts: readonly string[]): { model: CharterModel; placed: string[] } {
  const placed: string[] = [];
  const walk = (value: unknown, path: string[]): unknown => {
    if (typeof value === 'string') {
      if (MACHINE_KEYS.has(path.at(-1)!) || notShown(path)) return value;
      const text = `${texts[placed.length % texts.length]!} z${placed.length}`;
      placed.push(text);
      return text;
    }
    if (Array.isArray(value)) return value.map((item, index) => walk(item, [...path, String(index)]));
    if (value && typeof value === 'object') {
      // A listing with items shows them, not the sentence that stands for none.
      const listed = Array.isArray((value as { items?: unknown }).items) && (value as { items: unknown[] }).items.length > 0;
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, listed && k === 'empty' ? v : walk(v, [...path, k])]));
    }
    return value;
  };
  return { model: walk(model, []) as CharterModel, placed };
}

/** A charter with something in every section: signatures, an absentee, a superseded-free current version. */
function fullModel(): CharterModel {
  const w = createSampleWorkshop(T0);
  const ready = readyToSign(applyAll(w, { type: 'markAbsent', participantId: w.participants.at(-1)!.id }));
  const signed = applyAll(ready, signCommand(ready, w.participants[0]!.id, w.participants[0]!.name));
  return buildCharterModel(currentCharterRecord(signed, fingerprintOf(signed), 'a4'));
}

/** A check-in's charter: its Since last time section has every part filled (reasons, a note, commitments met and missed). */
function checkInModel(): CharterModel {
  const w = checkInFixture();
  return buildCharterModel(currentCharterRecord(w, fingerprintOf(w), 'a4'));
}

const hasCmarkGfm = (() => {
  try {
    execFileSync('cmark-gfm', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** GitHub's renderer, with GitHub's extensions. */
const cmarkGfm = (markdown: string): string =>
  execFileSync('cmark-gfm', ['--extension', 'table', '--extension', 'autolink', '--extension', 'strikethrough', '--extension', 'tagfilter', '--extension', 'tasklist'], { input: markdown, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
/** The HTML's elements in order, without hard breaks (the lines of benign and hostile text differ only in words). */
const htmlSkeleton = (html: string): string[] => [...html.matchAll(/<(\/?[a-z0-9]+)/g)].map((m) => m[1]!).filter((tag) => tag !== 'br' && tag !== '/br');
const htmlText = (html: string): string =>
  html
    .replace(/<br \/>\n?/g, '\n')
    .replace(/<[^>]+>/g, '\n')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&')
    .replace(WORD_JOINER, '');

describe.each([
  ['a first workshop', fullModel],
  ['a check-in', checkInModel],
])('the charter as Markdown, rendered (%s)', (_, modelOf) => {
  const model = modelOf();

  it('renders every section title as a heading and holds no link, image or HTML of its own', () => {
    const tree = parse(charterMarkdown(model));
    const headings = tree.children.filter((n) => n.type === 'heading' && n.depth <= 2).map(visibleText);
    expect(headings).toEqual(model.sections.map((s) => (s.id === 'cover' ? (s as { documentTitle: string }).documentTitle : s.title)));
    expect(nodesOfType(tree, ['link', 'image', 'html', 'linkReference', 'imageReference', 'footnoteReference', 'definition', 'code', 'inlineCode', 'emphasis', 'delete', 'blockquote'])).toEqual([]);
  });

  it('gives hostile text in every string of the model the structure benign text gets, and reads it back as typed (mdast-util-gfm)', () => {
    const hostile = withTexts(model, MARKDOWN_ATTACKS);
    const calm = withTexts(model, MARKDOWN_ATTACKS.map(benign));
    const hostileTree = parse(charterMarkdown(hostile.model));
    expect(skeleton(hostileTree)).toBe(skeleton(parse(charterMarkdown(calm.model))));
    expect(nodesOfType(hostileTree, ['link', 'image', 'html', 'linkReference', 'imageReference', 'footnoteReference', 'definition', 'code', 'inlineCode', 'emphasis', 'strong', 'delete', 'blockquote'])).toEqual([]);

    const shown = visibleText(hostileTree).replace(WORD_JOINER, '');
    const missing = hostile.placed.filter((text) => {
      const lines = shownLines(text);
      return !shown.includes(lines.join('\n')) && !shown.includes(lines.join(' '));
    });
    expect(missing).toEqual([]);
  });

  it.skipIf(!hasCmarkGfm)('gives the same structure to hostile and benign text in GitHub’s cmark-gfm, with no link, image or HTML, and reads it back', () => {
    const hostile = withTexts(model, MARKDOWN_ATTACKS);
    const calm = withTexts(model, MARKDOWN_ATTACKS.map(benign));
    const html = cmarkGfm(charterMarkdown(hostile.model));
    expect(htmlSkeleton(html)).toEqual(htmlSkeleton(cmarkGfm(charterMarkdown(calm.model))));
    expect(html).not.toMatch(/<(a|img|script|iframe|svg|div|pre|code|em|strong|del|blockquote|input|sup|section)\b/);

    const shown = htmlText(html);
    const missing = hostile.placed.filter((text) => {
      const lines = shownLines(text);
      return !shown.includes(lines.join('\n')) && !shown.includes(lines.join(' '));
    });
    expect(missing).toEqual([]);
  });

  it('keeps the structure for any text made of what Markdown reacts to (property)', () => {
    const alphabet = fc.constantFrom(...'#>-+*_=~`[]()!<>|&\\:/.@$ \t\n1wW'.split(''), 'www.', 'http://', '\u00A0', 'a', 'é');
    fc.assert(
      fc.property(fc.array(fc.string({ unit: alphabet, maxLength: 40 }), { minLength: 1, maxLength: 8 }), (texts) => {
        const hostile = withTexts(model, texts);
        const calm = withTexts(model, texts.map(benign));
        const tree = parse(charterMarkdown(hostile.model));
        expect(skeleton(tree)).toBe(skeleton(parse(charterMarkdown(calm.model))));
        const shown = visibleText(tree).replace(WORD_JOINER, '');
        for (const text of hostile.placed) {
          const lines = shownLines(text);
          expect(shown.includes(lines.join('\n')) || shown.includes(lines.join(' '))).toBe(true);
        }
      }),
      { numRuns: 25 },
    );
  });
});
