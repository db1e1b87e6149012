/**
 * The review's pages: each charter section cut into pages of a fixed 16:9 stage (see
 * SLIDE in charterFlow.ts), by a pure function of the charter alone. The console and the
 * projector each compute the same pages from the same charter, so the room's
 * `reviewSection` + `reviewPage` mean the same page on both, with nothing measured on screen.
 *
 * A section is a flow of parts (a table, a list, the swimlanes…); a part has a head (its
 * subtitle, a table's header row) and items (rows, stages, cards). Pages are filled in order:
 * an item never splits when it fits on a page of its own; a head stays with its first item and
 * is shown again, marked continued, where its part goes on; a group head (a stage above its
 * activities) stays with its first member and is shown again on a page that starts inside its
 * group; a part kept together (a legend) starts a new page rather than split. Only an item
 * taller than a whole page is split, between two lines of its text.
 */
import type { CharterSectionId } from '../../domain/charterModel';
import type { LineRange } from './svgText';
import { wrapRanges } from './svgText';

/** One text of an item as it is laid out: its width on the stage, its type size and line height. */
export interface Piece {
  /** Names the text within its item, so a split item shows the right part of each. */
  key: string;
  text: string;
  width: number;
  font: number;
  line: number;
  bold?: boolean;
  /** Uppercase with this letter spacing (em): the words are measured as shown. */
  upper?: number;
  /** The first line starts this far in (a chip or a bullet before it). */
  indent?: number;
  /** Space above this text within its column. */
  before?: number;
}

/** How an item takes space: columns of text side by side (a table row, a row of cards), or a fixed height (a picture). */
export interface Measured {
  columns: Piece[][];
  /** Padding, borders and gaps around the text. */
  extra: number;
  /** A height that never splits (pictures); the columns are then ignored. */
  fixed?: number;
  /** Split across pages: what each page after the first adds above the text (a name shown again). */
  resume?: number;
}

/** What an item stands for: each section's rendering reads it back. */
export type ItemRef =
  | { kind: 'block' }
  | { kind: 'empty'; group?: number }
  | { kind: 'row'; index: number; group?: number }
  | { kind: 'cards'; from: number; to: number; group?: number }
  | { kind: 'group'; index: number }
  | { kind: 'lanes'; stages: readonly [number, number]; lanes: readonly [number, number] };

export interface FlowItem {
  ref: ItemRef;
  /** A head that the items after it belong to, up to the next group head. */
  groupHead?: boolean;
}

export interface FlowPart {
  id: string;
  /** The head's height where the part starts, and where it goes on from an earlier page (0: none). */
  head: number;
  repeatHead: number;
  /** The space above the head (a subtitle's top margin) that the stage drops when the head starts a page. */
  headMargin?: number;
  /** The part is read as a whole (a legend): it starts a new page rather than split, when it fits on one. */
  keepTogether?: boolean;
  items: FlowItem[];
  measure(item: FlowItem): Measured;
}

export interface SectionFlow {
  id: CharterSectionId;
  title: string;
  parts: FlowPart[];
}

/** One item on a page; a split item carries the range of each of its texts shown here (null: none of it). */
export interface PageEntry {
  item: number;
  texts?: Record<string, LineRange | null>;
  /** A group head shown again because the page starts inside its group. */
  repeated?: boolean;
  /** A split item that began on an earlier page. */
  continued?: boolean;
}

export interface PagePart {
  id: string;
  /** The part began on an earlier page: its head is marked continued. */
  continued: boolean;
  entries: PageEntry[];
}

export interface ReviewPage {
  parts: PagePart[];
}

const STACK = (column: Piece[]) =>
  column.reduce((sum, piece) => {
    const lines = pieceLines(piece).length;
    return lines === 0 ? sum : sum + (piece.before ?? 0) + lines * piece.line;
  }, 0);

const lineCache = new WeakMap<Piece, LineRange[]>();

/** The lines of a piece of text as laid out on the stage. */
export function pieceLines(piece: Piece): LineRange[] {
  let lines = lineCache.get(piece);
  if (!lines) {
    const spacing = piece.upper ?? 0;
    const shown = spacing > 0 ? piece.text.toLocaleUpperCase('en') : piece.text;
    // Letter spacing widens each character by `spacing` em: measure against a narrower line instead.
    const maxEm = piece.width / piece.font / (1 + spacing / 0.55);
    lines = piece.text.trim() === '' ? [] : wrapRanges(shown.length === piece.text.length ? shown : piece.text, maxEm, { bold: piece.bold, indentEm: (piece.indent ?? 0) / piece.font });
    lineCache.set(piece, lines);
  }
  return lines;
}

export function measuredHeight(measured: Measured): number {
  if (measured.fixed !== undefined) return measured.fixed;
  return measured.extra + Math.max(0, ...measured.columns.map(STACK));
}

/** Every part and item of a flow on one page, nothing split: the printed charter's view of it. */
export function wholeFlow(flow: SectionFlow): ReviewPage {
  return { parts: flow.parts.map((part) => ({ id: part.id, continued: false, entries: part.items.map((_, item) => ({ item })) })) };
}

/** Below this many lines of room, a split item starts on the next page instead. */
const MIN_SPLIT_LINES = 3;

/** The pages of one section at `budget` px of height each (the stage less its page head). */
export function paginate(flow: SectionFlow, budget: number): ReviewPage[] {
  const pages: ReviewPage[] = [];
  let page: ReviewPage = { parts: [] };
  let used = 0;
  const newPage = () => {
    pages.push(page);
    page = { parts: [] };
    used = 0;
  };

  for (const part of flow.parts) {
    let started = false;
    let groupHead = -1;
    const measures = new Map<number, Measured>();
    const heights = new Map<number, number>();
    const measuredOf = (index: number) => {
      let measured = measures.get(index);
      if (!measured) {
        measured = part.measure(part.items[index]!);
        measures.set(index, measured);
      }
      return measured;
    };
    const heightOf = (index: number) => {
      let height = heights.get(index);
      if (height === undefined) {
        height = measuredHeight(measuredOf(index));
        heights.set(index, height);
      }
      return height;
    };
    const current = () => page.parts.at(-1)?.id === part.id ? page.parts.at(-1)! : null;
    /** What it costs to open this part on the page (its head, and the group head when the page starts inside a group). */
    const opening = (index: number) => {
      const open = current();
      const head = started ? part.repeatHead : part.head;
      let cost = open ? 0 : head > 0 && used === 0 ? head - (part.headMargin ?? 0) : head;
      const inGroup = groupHead >= 0 && !part.items[index]!.groupHead;
      if (inGroup && !(open && open.entries.some((e) => e.item === groupHead))) cost += heightOf(groupHead);
      return cost;
    };
    const place = (entry: PageEntry, height: number) => {
      let open = current();
      const cost = opening(entry.item);
      if (!open) {
        open = { id: part.id, continued: started, entries: [] };
        page.parts.push(open);
      }
      if (groupHead >= 0 && !part.items[entry.item]!.groupHead && !open.entries.some((e) => e.item === groupHead)) open.entries.push({ item: groupHead, repeated: true });
      open.entries.push(entry);
      used += cost + height;
      started = true;
    };

    if (part.keepTogether && used > 0) {
      const whole = part.items.reduce((sum, _, index) => sum + heightOf(index), 0);
      if (used + part.head + whole > budget && part.head - (part.headMargin ?? 0) + whole <= budget) newPage();
    }

    for (let index = 0; index < part.items.length; index++) {
      const item = part.items[index]!;
      if (item.groupHead) {
        groupHead = index;
        // A group head stays with (the start of) its first member.
        const next = part.items[index + 1];
        const keep = next && !next.groupHead ? Math.min(heightOf(index + 1), firstLines(measuredOf(index + 1))) : 0;
        if (used > 0 && used + opening(index) + heightOf(index) + keep > budget) newPage();
        place({ item: index }, heightOf(index));
        continue;
      }
      const height = heightOf(index);
      if (used + opening(index) + height <= budget) {
        place({ item: index }, height);
        continue;
      }
      const measured = measuredOf(index);
      const freshRoom = budget - openingOnFreshPage(part, started || current() !== null, groupHead, index, heightOf);
      if (height <= freshRoom || measured.fixed !== undefined || measured.columns.length === 0) {
        // It fits on a page of its own (or cannot split): it starts the next page whole.
        if (used > 0) newPage();
        place({ item: index }, height);
        continue;
      }
      // Taller than a page: split between lines, starting here when a few lines fit.
      let room = budget - used - opening(index) - measured.extra;
      if (used > 0 && room < MIN_SPLIT_LINES * maxLine(measured)) {
        newPage();
        room = budget - opening(index) - measured.extra;
      }
      const resume = measured.resume ?? 0;
      const fragments = splitMeasured(measured, room, budget - openingOnFreshPage(part, true, groupHead, index, heightOf) - measured.extra - resume);
      fragments.forEach((fragment, k) => {
        if (k > 0) newPage();
        place({ item: index, texts: fragment.texts, continued: k > 0 || undefined }, fragment.height + measured.extra + (k > 0 ? resume : 0));
      });
    }
  }
  if (page.parts.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}

function openingOnFreshPage(part: FlowPart, started: boolean, groupHead: number, index: number, heightOf: (i: number) => number): number {
  const inGroup = groupHead >= 0 && !part.items[index]!.groupHead;
  const head = started ? part.repeatHead : part.head;
  return (head > 0 ? head - (part.headMargin ?? 0) : 0) + (inGroup ? heightOf(groupHead) : 0);
}

const maxLine = (measured: Measured) => Math.max(1, ...measured.columns.flat().map((p) => p.line));

/** The height of an item's first few lines: what a head needs below it on its page. */
function firstLines(measured: Measured): number {
  if (measured.fixed !== undefined) return measured.fixed;
  return measured.extra + MIN_SPLIT_LINES * maxLine(measured);
}

interface Fragment {
  height: number;
  texts: Record<string, LineRange | null>;
}

/**
 * Cuts an item's columns into fragments of at most `first` px, then `rest` px each, between
 * lines: each column takes the lines that fit, and a text's range on a fragment runs from its
 * first line there to its last.
 */
function splitMeasured(measured: Measured, first: number, rest: number): Fragment[] {
  const columns = measured.columns.map((column) => column.flatMap((piece) => pieceLines(piece).map((range) => ({ piece, range }))));
  const cursors = columns.map(() => 0);
  const fragments: Fragment[] = [];
  let room = Math.max(first, 1);
  while (columns.some((lines, c) => cursors[c]! < lines.length)) {
    const texts: Record<string, LineRange | null> = {};
    for (const piece of measured.columns.flat()) texts[piece.key] = null;
    let tallest = 0;
    let progressed = false;
    columns.forEach((lines, c) => {
      let height = 0;
      while (cursors[c]! < lines.length) {
        const line = lines[cursors[c]!]!;
        const shown = texts[line.piece.key];
        // The space above a text counts wherever the text starts on this fragment.
        const lineHeight = line.piece.line + (shown ? 0 : (line.piece.before ?? 0));
        if (height + lineHeight > room) break;
        height += lineHeight;
        texts[line.piece.key] = shown ? { start: shown.start, end: line.range.end } : { start: line.range.start, end: line.range.end };
        cursors[c]!++;
        progressed = true;
      }
      tallest = Math.max(tallest, height);
    });
    if (!progressed) {
      // Not even one line fits in this room: take one line of the first column that has any, so the split always ends.
      const c = columns.findIndex((lines, i) => cursors[i]! < lines.length);
      const line = columns[c]![cursors[c]!]!;
      texts[line.piece.key] = { start: line.range.start, end: line.range.end };
      cursors[c]!++;
      tallest = line.piece.line;
    }
    fragments.push({ height: tallest, texts });
    room = Math.max(rest, 1);
  }
  return fragments;
}

// ---------------------------------------------------------------- moving through the pages

export interface ReviewPosition {
  section: CharterSectionId;
  page: number;
}

/** The page a view shows for the room's position: the page clamped to the section's last. */
export function clampPosition(counts: readonly { id: CharterSectionId; pages: number }[], position: ReviewPosition): ReviewPosition {
  const section = counts.find((c) => c.id === position.section);
  if (!section) return { section: counts[0]!.id, page: 0 };
  return { section: section.id, page: Math.min(Math.max(0, position.page), section.pages - 1) };
}

/** One page on (+1) or back (-1): through the pages of a section, then on to the next section's first (or the previous one's last) page. */
export function stepPosition(counts: readonly { id: CharterSectionId; pages: number }[], position: ReviewPosition, step: 1 | -1): ReviewPosition {
  const at = clampPosition(counts, position);
  const index = counts.findIndex((c) => c.id === at.section);
  const pages = counts[index]!.pages;
  if (step === 1) {
    if (at.page + 1 < pages) return { section: at.section, page: at.page + 1 };
    const next = counts[index + 1];
    return next ? { section: next.id, page: 0 } : at;
  }
  if (at.page > 0) return { section: at.section, page: at.page - 1 };
  const previous = counts[index - 1];
  return previous ? { section: previous.id, page: previous.pages - 1 } : at;
}
