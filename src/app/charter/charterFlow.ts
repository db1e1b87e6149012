/**
 * Each charter section as a flow of parts and items (see reviewPages.ts), with how tall every
 * item is on the review's stage: a fixed 1760 × 800 px page that the console and the projector
 * both scale to fit, with type for a room (body 30 px, nothing under 29 px: at least 28 px on a
 * 1080p projector, where the stage is drawn at full size). The numbers here mirror the stage's
 * CSS (charterSlide.css); the printed charter renders the same flow whole, with its own CSS.
 */
import type {
  ActionsSection,
  BestCustomersSection,
  BuyingProcessSection,
  CharterModel,
  CharterSection,
  CharterSectionId,
  CoverSection,
  GoalsSection,
  HandoffSection,
  LabelledText,
  LeadDefinitionView,
  PulseSection,
  ResponsibilitiesSection,
  RhythmSection,
  SignaturesSection,
  SinceLastTimeSection,
  SummarySection,
} from '../../domain/charterModel';
import { paginate, type FlowItem, type FlowPart, type ItemRef, type Measured, type Piece, type ReviewPage, type SectionFlow } from './reviewPages';
import { layoutSwimlanes, type SwimlaneOptions } from './swimlaneLayout';
import { lineCount, textWidthEm } from './svgText';

/** The review's stage, in CSS px at 1:1 (a 1080p projector's content area). */
export const SLIDE = {
  width: 1760,
  height: 800,
  padX: 24,
  padY: 16,
  /** The page head: section title and page number over a rule. */
  head: 92,
  /** Kept free at the foot of every page, so a rounding never pushes a line out. */
  spare: 12,
} as const;

/** The width the content has on the stage. */
const CONTENT = SLIDE.width - 2 * SLIDE.padX;
/** The height the content of one page may take. */
export const PAGE_BUDGET = SLIDE.height - 2 * SLIDE.padY - SLIDE.head - SLIDE.spare;

const BODY = { font: 30, line: 40.5 };
const SMALL = { font: 29, line: 37.7 };
const SUBTITLE = { font: 36, line: 43.2, before: 24, after: 10 };
const MINOR = { font: 29, line: 37.7, before: 16, after: 6 };
const TABLE = { padY: 8, padX: 12, border: 1, headBorder: 2, marginBottom: 8 };
const CARD_GAP = 16;
const CARDS_PER_ROW = 3;
const PEOPLE_PER_ROW = 2;
const CARD_WIDTH = (CONTENT - (CARDS_PER_ROW - 1) * CARD_GAP) / CARDS_PER_ROW;
const PERSON_WIDTH = (CONTENT - (PEOPLE_PER_ROW - 1) * CARD_GAP) / PEOPLE_PER_ROW;
/** A team's initials before a name. */
const CHIP = 84;
const FIELD_LABEL = 360;
const FIELD_GAP = 20;

/** The swimlanes on the stage: a window of at most five stages, type at 29 px, never the dense form. */
const SLIDE_SWIMLANES: SwimlaneOptions = { width: CONTENT, font: 29, small: 1, laneHead: 220, gutter: 28, maxPerCell: 8, maxNameLines: 6, dense: Infinity };
const MAX_STAGES_PER_PAGE = 5;

/** The pulse chart's geometry: the printed one, and the stage's at 1:1 with 29 px type. */
export interface PulseGeometry {
  width: number;
  nameWidth: number;
  trackStart: number;
  trackEnd: number;
  bar: number;
  row: number;
  axis: number;
  font: number;
}
export const PRINT_PULSE: PulseGeometry = { width: 640, nameWidth: 170, trackStart: 180, trackEnd: 596, bar: 14, row: 22, axis: 18, font: 11 };
export const SLIDE_PULSE: PulseGeometry = { width: CONTENT, nameWidth: 400, trackStart: 420, trackEnd: CONTENT - 100, bar: 34, row: 46, axis: 40, font: 29 };
export const pulseHeight = (g: PulseGeometry, teams: number) => g.axis + teams * g.row + 4;

// ---------------------------------------------------------------- pieces

type Style = { font: number; line: number };
const piece = (key: string, text: string, width: number, style: Style, more: Partial<Piece> = {}): Piece => ({ key, text, width, font: style.font, line: style.line, ...more });
const subtitleHeight = (text: string, width = CONTENT) => SUBTITLE.before + lines(text, width, SUBTITLE, true) * SUBTITLE.line + SUBTITLE.after;
const minorHeight = (text: string) => MINOR.before + lines(text, CONTENT, MINOR, true, 0.04) * MINOR.line + MINOR.after;
function lines(text: string, width: number, style: Style, bold = false, upper = 0): number {
  const shown = upper > 0 ? text.toLocaleUpperCase('en') : text;
  return Math.max(1, lineCount(shown, width / style.font / (1 + upper / 0.55), { bold }));
}
const continuedText = (text: string) => `${text} (continued)`;

// ---------------------------------------------------------------- tables

/** A text in a table cell: user text unless `label`; `meta` is the small muted line under a name. */
interface CellText {
  key: string;
  text: string;
  bold?: boolean;
  meta?: boolean;
  label?: boolean;
}

/** A table: its columns, their widths (shares of the table's width) and each row's cells. */
export interface TableSpec {
  caption: string;
  columns: string[];
  widths: number[];
  cells(index: number): CellText[][];
}

function tableHeadHeight(spec: TableSpec, widths = spec.widths): number {
  return TABLE.padY * 2 + TABLE.headBorder + Math.max(...spec.columns.map((column, i) => lines(column, widths[i]! * CONTENT - 2 * TABLE.padX, SMALL, true, 0.03))) * SMALL.line;
}

function measureRow(cells: CellText[][], widths: number[]): Measured {
  return {
    extra: TABLE.padY * 2 + TABLE.border,
    columns: cells.map((cell, c) => cell.map((t) => piece(t.key, t.text, widths[c]! * CONTENT - 2 * TABLE.padX, t.meta ? SMALL : BODY, { bold: t.bold }))),
  };
}

// ---------------------------------------------------------------- parts

interface PartBase {
  id: string;
  /** The part's subtitle (h3), if it has one. */
  title?: string;
  /** A sentence under the subtitle, where the part starts (a summary of the table that follows). */
  lead?: string;
  /** The name of an item worth jumping to in a long section (a stage, a team), or undefined. */
  jumpLabel?(item: FlowItem): string | undefined;
}

/** A part of a section as the rendering and the page split both see it. */
export type Part = FlowPart & PartBase & { table?: TableSpec };

const empty = (): FlowItem[] => [{ ref: { kind: 'empty' } }];
const rows = (count: number, group?: number): FlowItem[] => Array.from({ length: count }, (_, index) => ({ ref: { kind: 'row', index, group } }));
function cardRows(count: number, perRow: number, group?: number): FlowItem[] {
  const items: FlowItem[] = [];
  for (let from = 0; from < count; from += perRow) items.push({ ref: { kind: 'cards', from, to: Math.min(count, from + perRow), group } });
  return items;
}

function tablePart(id: string, title: string | undefined, spec: TableSpec, count: number, emptyText: string, lead?: string): Part {
  const titleHeight = (title ? subtitleHeight(title) : 0) + (lead ? lines(lead, CONTENT, BODY) * BODY.line + LEAD_AFTER : 0);
  if (count === 0) return { id, title, lead, head: titleHeight, headMargin: title ? SUBTITLE.before : 0, repeatHead: 0, items: empty(), measure: () => emptyMeasure(emptyText) };
  const head = tableHeadHeight(spec);
  return {
    id,
    title,
    lead,
    headMargin: title ? SUBTITLE.before : 0,
    table: spec,
    head: titleHeight + head + TABLE.marginBottom,
    repeatHead: (title ? subtitleHeight(continuedText(title)) : 0) + head + TABLE.marginBottom,
    items: rows(count),
    measure: (item) => measureRow(spec.cells((item.ref as { index: number }).index), spec.widths),
  };
}

/** The space under a part's lead sentence (charterSlide.css: .charter-since__sentence). */
const LEAD_AFTER = 12;

const emptyMeasure = (text: string): Measured => ({ extra: 0, columns: [[piece('empty', text, CONTENT, BODY)]] });

function blockPart(id: string, columns: Piece[][], extra: number): Part {
  return { id, head: 0, repeatHead: 0, items: [{ ref: { kind: 'block' } }], measure: () => ({ columns, extra }) };
}

// ---------------------------------------------------------------- the sections

export function sectionFlow(section: CharterSection): SectionFlow & { parts: Part[] } {
  return { id: section.id, title: section.title, parts: sectionParts(section) };
}

function sectionParts(section: CharterSection): Part[] {
  switch (section.id) {
    case 'cover':
      return coverParts(section);
    case 'summary':
      return summaryParts(section);
    case 'sinceLastTime':
      return sinceLastTimeParts(section);
    case 'buyingProcess':
      return [buyingProcessPart(section)];
    case 'responsibilities':
      return responsibilitiesParts(section);
    case 'handoff':
      return handoffParts(section);
    case 'bestCustomers':
      return [
        tablePart('bestCustomers.table', undefined, BEST_CUSTOMERS(section), section.customers.items.length, section.customers.empty),
      ];
    case 'goals':
      return [
        tablePart('goals.shared', 'Shared goals', goalTable('Shared goals', 'Goal', section.sharedGoals.items), section.sharedGoals.items.length, section.sharedGoals.empty),
        tablePart('goals.metrics', 'Team metrics', goalTable('Team metrics', 'Metric', section.teamMetrics.items), section.teamMetrics.items.length, section.teamMetrics.empty),
        tablePart(
          'goals.incentives',
          'Incentives',
          {
            caption: 'Incentives',
            columns: ['Kind', 'Incentive', 'Teams'],
            widths: [0.14, 0.62, 0.24],
            cells: (i) => {
              const incentive = section.incentives.items[i]!;
              return [[{ key: 'kind', text: incentive.kind, label: true }], [{ key: 'description', text: incentive.description }], [{ key: 'teams', text: incentive.teams, label: true }]];
            },
          },
          section.incentives.items.length,
          section.incentives.empty,
        ),
      ];
    case 'rhythm':
      return rhythmParts(section);
    case 'actions':
      return actionsParts(section);
    case 'pulse':
      return pulseParts(section);
    case 'signatures':
      return signaturesParts(section);
  }
}

function coverParts(section: CoverSection): Part[] {
  const detailWidth = (CONTENT - 3 * 24) / 4;
  const detailHeight = Math.max(...section.details.map((d) => lines(d.label, detailWidth, SMALL, true, 0.04) * SMALL.line + lines(d.text, detailWidth, BODY) * BODY.line));
  const top: Part = {
    id: 'cover.top',
    head: 0,
    repeatHead: 0,
    items: [{ ref: { kind: 'block' } }],
    measure: () => ({
      extra: 0,
      fixed:
        SMALL.line +
        8 +
        (section.company ? lines(section.company, CONTENT, { font: 36, line: 43.2 }, true) * 43.2 : 0) +
        4 +
        lines(section.documentTitle, CONTENT, { font: 64, line: 73.6 }, true) * 73.6 +
        20 +
        4 +
        24 +
        Math.ceil(section.details.length / 4) * detailHeight,
      columns: [],
    }),
  };
  const sponsors = peoplePart('cover.sponsors', 'Executive sponsors', section.sponsors.items, section.sponsors.empty, PEOPLE_PER_ROW, PERSON_WIDTH, 0);
  const groups = section.participantsByTeam;
  let participants: Part;
  if (groups.items.length === 0) {
    participants = { id: 'cover.participants', title: 'Participants', head: subtitleHeight('Participants'), headMargin: SUBTITLE.before, repeatHead: 0, items: empty(), measure: () => emptyMeasure(groups.empty) };
  } else {
    const items: FlowItem[] = [];
    groups.items.forEach((group, g) => {
      items.push({ ref: { kind: 'group', index: g }, groupHead: true });
      items.push(...cardRows(group.participants.length, PEOPLE_PER_ROW, g));
    });
    participants = {
      id: 'cover.participants',
      title: 'Participants',
      head: subtitleHeight('Participants'), headMargin: SUBTITLE.before,
      repeatHead: subtitleHeight(continuedText('Participants')),
      items,
      jumpLabel: (item) => (item.ref.kind === 'group' ? `Participants: ${groups.items[item.ref.index]!.team.name}` : undefined),
      measure: (item) => {
        if (item.ref.kind === 'group') {
          const name = groups.items[item.ref.index]!.team.name;
          return { extra: 12 + 4, columns: [[piece('team', name, CONTENT - CHIP, BODY, { bold: true })]] };
        }
        const { from, to, group } = item.ref as Extract<ItemRef, { kind: 'cards' }>;
        const people = groups.items[group!]!.participants.slice(from, to);
        return { extra: 8, columns: people.map((p, i) => personPieces(`p${from + i}`, p, PERSON_WIDTH, 0)) };
      },
    };
  }
  const version = blockPart('cover.version', [[piece('text', section.versionLine, CONTENT, SMALL)]], 16);
  return [top, sponsors, participants, version];
}

function personPieces(key: string, person: { name: string; detail: string }, width: number, chip: number): Piece[] {
  // Name and detail run on as one line of text after the chip: measured as bold, the wider of the two.
  return [piece(key, `${person.name}  ${person.detail}`, width - chip, BODY, { bold: true })];
}

function peoplePart(id: string, title: string, people: { name: string; detail: string }[], emptyText: string, perRow: number, width: number, chip: number): Part {
  if (people.length === 0) return { id, title, head: subtitleHeight(title), headMargin: SUBTITLE.before, repeatHead: 0, items: empty(), measure: () => emptyMeasure(emptyText) };
  return {
    id,
    title,
    head: subtitleHeight(title), headMargin: SUBTITLE.before,
    repeatHead: subtitleHeight(continuedText(title)),
    items: cardRows(people.length, perRow),
    measure: (item) => {
      const { from, to } = item.ref as Extract<ItemRef, { kind: 'cards' }>;
      return { extra: 8, columns: people.slice(from, to).map((p, i) => personPieces(`p${from + i}`, p, width, chip)) };
    },
  };
}

// ---------------------------------------------------------------- summary

/** The swimlane options for one window of stages on a page with `room` px for the picture. */
function slideSwimlaneOptions(stages: readonly [number, number], lanes: readonly [number, number], room?: number, headerHeight?: number): SwimlaneOptions {
  const options: SwimlaneOptions = { ...SLIDE_SWIMLANES, stages, lanes };
  if (room !== undefined && headerHeight !== undefined) {
    const font = SLIDE_SWIMLANES.font!;
    // A lane never outgrows the page: its cells then count the activities they do not name.
    options.maxCellHeight = room - headerHeight - Math.round(font * 1.75) - 2 * Math.round(font * 0.4) - font - 8;
  }
  return options;
}

const FIGURE_TITLE = 'Who does what, stage by stage';
/** The height the swimlanes may take on the summary's first page (under the figure's subtitle), and on the pages after it. */
const SWIMLANE_FIRST_ROOM = PAGE_BUDGET - (subtitleHeight(FIGURE_TITLE) - SUBTITLE.before) - 8;
const SWIMLANE_ROOM = PAGE_BUDGET - 8;

/** The options a window of the swimlanes is drawn with on the stage: the same the page split measured. */
export function slideWindowOptions(swimlanes: SummarySection['swimlanes'], stages: readonly [number, number], lanes: readonly [number, number]): SwimlaneOptions {
  const header = layoutSwimlanes(swimlanes, slideSwimlaneOptions(stages, [0, 0])).headerHeight;
  return slideSwimlaneOptions(stages, lanes, SWIMLANE_FIRST_ROOM, header);
}

type LaneWindow = { stages: [number, number]; lanes: [number, number]; height: number; arrows: number };

/**
 * The windows of the swimlanes, page by page: the stages in groups of at most
 * MAX_STAGES_PER_PAGE, and in each group as many lanes as fit a page, starting only at a lane
 * with something in those stages (a group of stages where no lane has anything gets no page:
 * the PDF shows it). The grouping is the one with the fewest pages, counting a hand-off whose
 * arrow cannot be drawn (its two lanes on different pages, or its two stages in different
 * groups) as two pages more, so the room sees hand-offs whole.
 */
function swimlaneWindows(swimlanes: SummarySection['swimlanes']): LaneWindow[] {
  const stageCount = swimlanes.stages.length;
  const laneCount = swimlanes.lanes.length;
  const laneOf = new Map(swimlanes.lanes.map((lane, i) => [lane.team.id, i]));
  const handoffs = swimlanes.handoffs.filter((h) => laneOf.has(h.fromTeamId) && laneOf.has(h.toTeamId));
  const inside = (i: number, a: number, b: number) => i >= a && i < b;

  /** Whether a lane has anything in stages [a, b): an activity, or an arrow drawn there. */
  const hasContent = (lane: number, a: number, b: number) =>
    swimlanes.lanes[lane]!.cells.slice(a, b).some((cell) => cell.activities.length > 0) ||
    handoffs.some((h) => (laneOf.get(h.fromTeamId) === lane || laneOf.get(h.toTeamId) === lane) && inside(h.fromStageIndex, a, b) && inside(h.toStageIndex, a, b));

  // With nothing in any lane, the stages' names and leads are all the picture has to show.
  const anything = swimlanes.lanes.some((_, lane) => hasContent(lane, 0, stageCount));

  /**
   * The lanes of stages [a, b) packed into pages; the summary's first page has less room. A page
   * starts at a lane with something in it: a lane empty in these stages goes on a page only
   * beside one that is not, and stages where no lane has anything are left to the PDF, so the
   * room never gets a page of empty lanes.
   */
  const pack = (a: number, b: number): LaneWindow[] => {
    const stages: [number, number] = [a, b];
    const options = (lanes: [number, number]) => slideWindowOptions(swimlanes, stages, lanes);
    if (laneCount === 0 || !anything) return [{ stages, lanes: [0, 0], height: layoutSwimlanes(swimlanes, options([0, 0])).height, arrows: 0 }];
    const nextWithContent = (lane: number) => {
      while (lane < laneCount && !hasContent(lane, a, b)) lane++;
      return lane;
    };
    const windows: LaneWindow[] = [];
    let from = nextWithContent(0);
    while (from < laneCount) {
      const room = a === 0 && windows.length === 0 ? SWIMLANE_FIRST_ROOM : SWIMLANE_ROOM;
      let to = from + 1;
      let layout = layoutSwimlanes(swimlanes, options([from, to]));
      while (to < laneCount) {
        const next = layoutSwimlanes(swimlanes, options([from, to + 1]));
        if (next.height > room) break;
        layout = next;
        to++;
      }
      windows.push({ stages, lanes: [from, to], height: layout.height, arrows: layout.arrows.length });
      from = nextWithContent(to);
    }
    return windows;
  };
  const cost = (a: number, b: number, windows: LaneWindow[]) => {
    const drawable = handoffs.filter((h) => inside(h.fromStageIndex, a, b) && inside(h.toStageIndex, a, b)).length;
    const crossing = handoffs.filter((h) => inside(h.toStageIndex, a, b) && !inside(h.fromStageIndex, a, b)).length;
    const drawn = windows.reduce((sum, w) => sum + w.arrows, 0);
    return windows.length + 2 * (drawable - drawn) + 2 * crossing;
  };

  // The cheapest way to show stages [0, b), for each b: the last group is [a, b), a at most five
  // before b. Of two as cheap: the one that splits fewer groups' lanes over pages (a page then
  // shows its stages for every team at once), then fewer groups, then groups of even size.
  type Plan = { key: number[]; windows: LaneWindow[] };
  const better = (x: number[], y: number[]) => {
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]!;
    return false;
  };
  const best: (Plan | undefined)[] = [{ key: [0, 0, 0, 0], windows: [] }];
  for (let b = 1; b <= stageCount; b++) {
    for (let size = Math.min(MAX_STAGES_PER_PAGE, b); size >= 1; size--) {
      const a = b - size;
      const windows = pack(a, b);
      const [total, splits, groups, squares] = best[a]!.key as [number, number, number, number];
      const key = [total + cost(a, b, windows), splits + windows.length - 1, groups + 1, squares + size * size];
      if (!best[b] || better(key, best[b]!.key)) best[b] = { key, windows: [...best[a]!.windows, ...windows] };
    }
  }
  return best[stageCount]?.windows ?? [];
}

function definitionPieces(key: string, d: LeadDefinitionView & { route?: string }, width: number): Piece[] {
  const inner = width - 2 * 16 - 2;
  const pieces = [piece(`${key}.title`, [d.shortName, d.name].filter(Boolean).join('  '), inner, BODY, { bold: true })];
  if (d.route) pieces.push(piece(`${key}.route`, d.route, inner, SMALL, { before: 2 }));
  if (d.criteria.items.length === 0) pieces.push(piece(`${key}.none`, d.criteria.empty, inner, SMALL, { before: 6 }));
  d.criteria.items.forEach((criterion, i) => pieces.push(piece(`${key}.c${i}`, criterion, inner, SMALL, { before: i === 0 ? 6 : 2, indent: 1.1 * SMALL.font })));
  return pieces;
}

function definitionsPart(id: string, title: string, definitions: (LeadDefinitionView & { route?: string })[], emptyText: string, head: number, repeatHead: number): Part {
  if (definitions.length === 0) return { id, title, head, headMargin: SUBTITLE.before, repeatHead: 0, items: empty(), measure: () => emptyMeasure(emptyText) };
  return {
    id,
    title,
    head,
    headMargin: SUBTITLE.before,
    repeatHead,
    items: cardRows(definitions.length, CARDS_PER_ROW),
    measure: (item) => {
      const { from, to } = item.ref as Extract<ItemRef, { kind: 'cards' }>;
      return { extra: 24 + 2 + CARD_GAP, columns: definitions.slice(from, to).map((d, i) => definitionPieces(`d${from + i}`, d, CARD_WIDTH)) };
    },
  };
}

function summaryParts(section: SummarySection): Part[] {
  const { swimlanes } = section;
  const figureTitle = FIGURE_TITLE;
  let figure: Part;
  if (swimlanes.stages.length === 0) {
    figure = { id: 'summary.swimlanes', title: figureTitle, head: subtitleHeight(figureTitle), headMargin: SUBTITLE.before, repeatHead: 0, items: empty(), measure: () => emptyMeasure(swimlanes.empty) };
  } else {
    const windows = swimlaneWindows(swimlanes);
    const items: FlowItem[] = windows.map((w) => ({ ref: { kind: 'lanes', stages: w.stages, lanes: w.lanes } }));
    const heights = new Map(items.map((item, i) => [item, windows[i]!.height]));
    figure = {
      id: 'summary.swimlanes',
      title: figureTitle,
      head: subtitleHeight(figureTitle), headMargin: SUBTITLE.before,
      // The picture's own stage names head every page it goes on to.
      repeatHead: 0,
      items,
      jumpLabel: (item) => {
        const { stages: [from, to] } = item.ref as Extract<ItemRef, { kind: 'lanes' }>;
        const first = items.find((i) => (i.ref as Extract<ItemRef, { kind: 'lanes' }>).stages[0] === from);
        if (first !== item) return undefined;
        const numbers = swimlanes.stages.slice(from, to).map((s) => s.number);
        return numbers.length === 1 ? `Swimlanes: stage ${numbers[0]}` : `Swimlanes: stages ${numbers[0]}–${numbers.at(-1)}`;
      },
      measure: (item) => ({ extra: 0, columns: [], fixed: heights.get(item)! + 8 }),
    };
  }
  const legend =
    swimlanes.handoffs.length === 0
      ? null
      : ({
          id: 'summary.handoffs',
          head: 0,
          repeatHead: 0,
          // Every hand-off and hand-back on one page: the room reads them together, as the PDF lists them.
          keepTogether: true,
          items: rows(swimlanes.handoffs.length),
          jumpLabel: (item) => ((item.ref as { index: number }).index === 0 ? 'Hand-offs and hand-backs' : undefined),
          measure: (item) => ({ extra: 4, columns: [[piece('text', swimlanes.handoffs[(item.ref as { index: number }).index]!.description, CONTENT - 1.1 * SMALL.font, SMALL)]] }),
        } satisfies Part);
  const definitions = definitionsPart('summary.definitions', 'Lead definitions', section.leadDefinitions.items, section.leadDefinitions.empty, subtitleHeight('Lead definitions'), subtitleHeight(continuedText('Lead definitions')));
  const goals = section.sharedGoals.items;
  const goalsPart: Part =
    goals.length === 0
      ? { id: 'summary.goals', title: 'Shared goals', head: subtitleHeight('Shared goals'), headMargin: SUBTITLE.before, repeatHead: 0, items: empty(), measure: () => emptyMeasure(section.sharedGoals.empty) }
      : {
          id: 'summary.goals',
          title: 'Shared goals',
          head: subtitleHeight('Shared goals'), headMargin: SUBTITLE.before,
          repeatHead: subtitleHeight(continuedText('Shared goals')),
          items: [...cardRows(goals.length, CARDS_PER_ROW), ...(section.moreGoals ? [{ ref: { kind: 'block' } } as FlowItem] : [])],
          measure: (item) => {
            if (item.ref.kind === 'block') return { extra: 8, columns: [[piece('more', section.moreGoals ?? '', CONTENT, BODY)]] };
            const { from, to } = item.ref as Extract<ItemRef, { kind: 'cards' }>;
            return {
              extra: CARD_GAP,
              columns: goals.slice(from, to).map((g, i) => [piece(`g${from + i}.name`, g.name, CARD_WIDTH - 16, BODY, { bold: true }), piece(`g${from + i}.meta`, `${g.target} · ${g.owners}`, CARD_WIDTH - 16, SMALL)]),
            };
          },
        };
  return [figure, ...(legend ? [legend] : []), definitions, goalsPart];
}

// ---------------------------------------------------------------- buying process, responsibilities

function buyingProcessPart(section: BuyingProcessSection): Part {
  const stages = section.stages.items;
  if (stages.length === 0) return { id: 'buyingProcess.stages', head: 0, repeatHead: 0, items: empty(), measure: () => emptyMeasure(section.stages.empty) };
  const items: FlowItem[] = [];
  stages.forEach((stage, s) => {
    items.push({ ref: { kind: 'group', index: s }, groupHead: true });
    if (stage.fields.items.length === 0) items.push({ ref: { kind: 'empty', group: s } });
    else items.push(...rows(stage.fields.items.length, s));
  });
  return {
    id: 'buyingProcess.stages',
    head: 0,
    repeatHead: 0,
    items,
    jumpLabel: (item) => (item.ref.kind === 'group' ? stageLabel(stages[item.ref.index]!) : undefined),
    measure: (item) => {
      const ref = item.ref;
      if (ref.kind === 'group') {
        const stage = stages[ref.index]!;
        return { extra: 20 + 8, columns: [[piece('name', stage.name, CONTENT - 60, { font: 36, line: 43.2 }, { bold: true }), piece('lead', stage.lead, CONTENT, SMALL, { before: 2 })]] };
      }
      if (ref.kind === 'empty') return { extra: 10, columns: [[piece('empty', stages[ref.group!]!.fields.empty, CONTENT, BODY)]] };
      const field = stages[(ref as { group: number }).group]!.fields.items[(ref as { index: number }).index]!;
      return fieldMeasure(field);
    },
  };
}

/** A stage as the jump list names it: "3. Consideration". */
const stageLabel = (stage: { number: number; name: string }) => `${stage.number}. ${stage.name}`;

function fieldMeasure(field: LabelledText): Measured {
  return {
    extra: 10,
    columns: [[piece('label', field.label, FIELD_LABEL, SMALL, { bold: true, upper: 0.04 })], [piece('text', field.text, CONTENT - FIELD_LABEL - FIELD_GAP, BODY)]],
  };
}

/** An activity's description on the stage: its width in the matrix's first column, its type size and line height. */
export function matrixDescriptionStyle(teamCount: number): { width: number; font: number; line: number } {
  return { width: matrixWidths(teamCount)[0]! * CONTENT - 2 * TABLE.padX, ...SMALL };
}

/** The matrix's column widths on the stage: roles columns just wide enough, the activity column the rest. */
export function matrixWidths(teamCount: number): number[] {
  const role = Math.min(0.6 / Math.max(1, teamCount), Math.max(230 / CONTENT, 0.45 / Math.max(1, teamCount)));
  return [1 - role * teamCount, ...Array.from({ length: teamCount }, () => role)];
}

function responsibilitiesParts(section: ResponsibilitiesSection): Part[] {
  const legendWidth = section.legend.reduce((sum, entry) => sum + (textWidthEm(`${entry.label} ${entry.text}`) + 1.6) * BODY.font + 36, 0);
  const legend = blockPart('responsibilities.legend', [], Math.ceil(legendWidth / CONTENT) * 44 + 12);
  const stages = section.stages.items;
  if (stages.length === 0) return [legend, { id: 'responsibilities.matrix', head: 0, repeatHead: 0, items: empty(), measure: () => emptyMeasure(section.stages.empty) }];
  const widths = matrixWidths(section.teams.length);
  const teamHead = Math.max(...section.teams.map((t, i) => lines(t.name, widths[i + 1]! * CONTENT - 2 * TABLE.padX, SMALL, true))) * SMALL.line + 40;
  const head = TABLE.padY * 2 + TABLE.headBorder + Math.max(SMALL.line, teamHead);
  const items: FlowItem[] = [];
  stages.forEach((stage, s) => {
    items.push({ ref: { kind: 'group', index: s }, groupHead: true });
    if (stage.activities.items.length === 0) items.push({ ref: { kind: 'empty', group: s } });
    else items.push(...rows(stage.activities.items.length, s));
  });
  return [
    legend,
    {
      id: 'responsibilities.matrix',
      head,
      repeatHead: head,
      items,
      jumpLabel: (item) => (item.ref.kind === 'group' ? stageLabel(stages[item.ref.index]!) : undefined),
      measure: (item) => {
        const ref = item.ref;
        const first = widths[0]! * CONTENT - 2 * TABLE.padX;
        if (ref.kind === 'group') {
          const stage = stages[ref.index]!;
          return { extra: 12 + 8 + TABLE.border, columns: [[piece('stage', `${stage.number}  ${stage.name}  ${stage.lead}`, CONTENT - 2 * TABLE.padX - 40, BODY, { bold: true })]] };
        }
        if (ref.kind === 'empty') return { extra: TABLE.padY * 2 + TABLE.border, columns: [[piece('empty', stages[ref.group!]!.activities.empty, CONTENT - 2 * TABLE.padX, BODY)]] };
        const activity = stages[(ref as { group: number }).group]!.activities.items[(ref as { index: number }).index]!;
        const name = [piece('name', activity.name, first, BODY, { bold: true })];
        if (activity.description) name.push(piece('description', activity.description, first, SMALL, { before: 2 }));
        const roles = activity.roles.some((r) => r.length > 0) ? [[piece('roles', 'R', 10_000, { font: 29, line: 46 })]] : [];
        // On the pages it goes on to, the row shows the activity's name again, marked continued.
        const resume = lines(`${activity.name} (continued)`, first, BODY, true) * BODY.line;
        return { extra: TABLE.padY * 2 + TABLE.border, columns: [name, ...roles], resume };
      },
    },
  ];
}

// ---------------------------------------------------------------- hand-off

export const HANDOFF_GROUPS = ['Lead definitions', 'Commitments', 'Reasons sales may reject a lead'] as const;

function handoffParts(section: HandoffSection): Part[] {
  const handoffs = section.handoffs.items;
  if (handoffs.length === 0) return [{ id: 'handoff.empty', head: 0, repeatHead: 0, items: empty(), measure: () => emptyMeasure(section.handoffs.empty) }];
  return handoffs.map((h, index) => {
    const items: FlowItem[] = [];
    const lists = [h.leadDefinitions, h.commitments, h.rejectionReasons] as const;
    lists.forEach((listing, g) => {
      items.push({ ref: { kind: 'group', index: g }, groupHead: true });
      if (listing.items.length === 0) items.push({ ref: { kind: 'empty', group: g } });
      else if (g === 0) items.push(...cardRows(listing.items.length, CARDS_PER_ROW, 0));
      else items.push(...rows(listing.items.length, g));
    });
    // The details follow in their own group, without a heading of their own.
    if (h.details.length > 0) {
      items.push({ ref: { kind: 'group', index: 3 }, groupHead: true });
      items.push(...rows(h.details.length, 3));
    }
    const route = lines(h.route, CONTENT, BODY, true) * BODY.line + 8;
    return {
      id: `handoff.${index}`,
      title: h.heading,
      headMargin: SUBTITLE.before,
      head: subtitleHeight(h.heading) + route,
      repeatHead: subtitleHeight(continuedText(h.heading)),
      items,
      measure: (item: FlowItem): Measured => {
        const ref = item.ref;
        if (ref.kind === 'group') return ref.index === 3 ? { extra: 12, columns: [] } : { extra: minorHeight(HANDOFF_GROUPS[ref.index]!), columns: [] };
        if (ref.kind === 'empty') return { extra: 4, columns: [[piece('empty', lists[ref.group!]!.empty, CONTENT, BODY)]] };
        if (ref.kind === 'cards') return { extra: 24 + 2 + CARD_GAP, columns: h.leadDefinitions.items.slice(ref.from, ref.to).map((d, i) => definitionPieces(`d${ref.from + i}`, d, CARD_WIDTH)) };
        const { group, index: i } = ref as { group: number; index: number };
        if (group === 3) return fieldMeasure(h.details[i]!);
        return { extra: 6, columns: [[piece('text', (lists[group] as { items: string[] }).items[i]!, CONTENT - 1.1 * BODY.font, BODY)]] };
      },
    } satisfies Part;
  });
}

// ---------------------------------------------------------------- since last time (a check-in)

/** A sentence on its own: the look back's opening. */
function sentencePart(id: string, text: string): Part {
  return {
    id,
    head: 0,
    repeatHead: 0,
    items: [{ ref: { kind: 'block' } }],
    measure: () => ({ extra: LEAD_AFTER, columns: [[piece('text', text, CONTENT, BODY)]] }),
  };
}

function sinceLastTimeParts(section: SinceLastTimeSection): Part[] {
  const { pulse, actions, commitments } = section;
  const statements = pulse.statements.items;
  const pulseTable = tablePart(
    'sinceLastTime.pulse',
    'Pulse then and now',
    {
      caption: 'The pulse then and now, per statement and team',
      columns: ['#', 'Statement', pulse.daysHeading, 'Gap between teams'],
      widths: [0.06, 0.4, 0.32, 0.22],
      cells: (i) => {
        const statement = statements[i]!;
        return [
          [{ key: 'number', text: String(statement.number), label: true }],
          [{ key: 'text', text: statement.text || 'Statement without text' }],
          [{ key: 'teams', text: statement.teams.map((t) => `${t.team.name}: ${t.scores}`).join('\n') || 'No scores' }],
          [
            { key: 'change', text: statement.change, bold: true },
            { key: 'gap', text: statement.gap, meta: true, label: true },
          ],
        ];
      },
    },
    statements.length,
    pulse.statements.empty,
    pulse.summary,
  );
  pulseTable.jumpLabel = (item) => (item.ref.kind === 'row' ? `Statement ${statements[item.ref.index]!.number}` : undefined);
  return [
    sentencePart('sinceLastTime.intro', section.intro),
    tablePart(
      'sinceLastTime.earlier',
      'Earlier workshops',
      {
        caption: 'The signed workshops this check-in follows, oldest first',
        columns: ['Workshop', 'Date', 'Charter', 'Fingerprint'],
        widths: [0.46, 0.18, 0.16, 0.2],
        cells: (i) => {
          const e = section.earlier[i]!;
          return [[{ key: 'title', text: e.title, bold: true }], [{ key: 'date', text: e.date, label: true }], [{ key: 'version', text: e.version, label: true }], [{ key: 'fingerprint', text: e.fingerprint, label: true }]];
        },
      },
      section.earlier.length,
      '',
    ),
    pulseTable,
    tablePart(
      'sinceLastTime.actions',
      'Actions agreed last time',
      {
        caption: 'Actions agreed last time and what became of them',
        columns: ['Action', 'Owner', 'Due', 'Outcome', 'Reason'],
        widths: [0.3, 0.17, 0.13, 0.15, 0.25],
        cells: (i) => {
          const a = actions.items.items[i]!;
          return [[{ key: 'title', text: a.title, bold: true }], [{ key: 'owner', text: a.owner }], [{ key: 'due', text: a.due, label: true }], [{ key: 'outcome', text: a.outcome, label: true }], [{ key: 'reason', text: a.reason }]];
        },
      },
      actions.items.items.length,
      actions.items.empty,
      actions.summary,
    ),
    tablePart(
      'sinceLastTime.commitments',
      'Hand-off commitments',
      {
        caption: 'Hand-off commitments: committed last time, and what actually happened',
        columns: ['Hand-off', 'Commitment', 'Committed', 'Actual', 'Result'],
        widths: [0.28, 0.16, 0.2, 0.2, 0.16],
        cells: (i) => {
          const c = commitments.items.items[i]!;
          return [
            [
              { key: 'handoff', text: c.handoff, bold: true },
              { key: 'route', text: c.route, meta: true, label: true },
            ],
            [{ key: 'measure', text: c.measure, label: true }],
            [{ key: 'committed', text: c.committed, label: true }],
            [{ key: 'actual', text: c.actual, label: true }],
            [{ key: 'verdict', text: c.verdict, bold: true, label: true }],
          ];
        },
      },
      commitments.items.items.length,
      commitments.items.empty,
      commitments.summary,
    ),
    tablePart(
      'sinceLastTime.notes',
      'Notes on the hand-offs',
      {
        caption: 'Notes on the hand-offs',
        columns: ['Hand-off', 'Note'],
        widths: [0.3, 0.7],
        cells: (i) => {
          const n = commitments.notes.items[i]!;
          return [
            [
              { key: 'handoff', text: n.handoff, bold: true },
              { key: 'route', text: n.route, meta: true, label: true },
            ],
            [{ key: 'note', text: n.note }],
          ];
        },
      },
      commitments.notes.items.length,
      commitments.notes.empty,
    ),
  ];
}

// ---------------------------------------------------------------- tables of the later sections

function BEST_CUSTOMERS(section: BestCustomersSection): TableSpec {
  return {
    caption: 'Best customers',
    columns: ['Customer', 'Why they matter', 'Marketing does', 'Sales does'],
    widths: [0.22, 0.28, 0.25, 0.25],
    cells: (i) => {
      const c = section.customers.items[i]!;
      return [
        [
          { key: 'name', text: c.name, bold: true },
          { key: 'kind', text: c.kind, meta: true, label: true },
        ],
        [{ key: 'why', text: c.whyValuable }],
        [{ key: 'marketing', text: c.marketingDoes }],
        [{ key: 'sales', text: c.salesDoes }],
      ];
    },
  };
}

function goalTable(caption: string, first: string, goals: GoalsSection['sharedGoals']['items']): TableSpec {
  return {
    caption,
    columns: [first, 'Definition', first === 'Goal' ? 'Owners' : 'Team', 'Target', 'Review'],
    widths: [0.2, 0.34, 0.16, 0.16, 0.14],
    cells: (i) => {
      const g = goals[i]!;
      return [[{ key: 'name', text: g.name, bold: true }], [{ key: 'definition', text: g.definition }], [{ key: 'owners', text: g.owners, label: true }], [{ key: 'target', text: g.target }], [{ key: 'review', text: g.reviewCadence }]];
    },
  };
}

function rhythmParts(section: RhythmSection): Part[] {
  const s = section;
  return [
    peoplePart('rhythm.sponsors', 'Executive sponsors', s.sponsors.items, s.sponsors.empty, PEOPLE_PER_ROW, PERSON_WIDTH, 0),
    tablePart(
      'rhythm.meetings',
      'Joint meetings',
      {
        caption: 'Joint meetings',
        columns: ['Meeting', 'Cadence', 'Attendees', 'Purpose'],
        widths: [0.2, 0.18, 0.27, 0.35],
        cells: (i) => {
          const m = s.meetings.items[i]!;
          // The schedule in words, then the room's own words under it as a small line (only the words when there is no schedule).
          const cadence = m.schedule ? [{ key: 'schedule', text: m.schedule }, ...(m.cadence.trim() ? [{ key: 'cadence', text: m.cadence, meta: true }] : [])] : [{ key: 'cadence', text: m.cadence }];
          return [[{ key: 'name', text: m.name, bold: true }], cadence, [{ key: 'attendees', text: m.attendees }], [{ key: 'purpose', text: m.purpose }]];
        },
      },
      s.meetings.items.length,
      s.meetings.empty,
    ),
    tablePart(
      'rhythm.loops',
      'Customer-insight loops',
      {
        caption: 'Customer-insight loops',
        columns: ['Information', 'From → to', 'System', 'How often'],
        widths: [0.34, 0.22, 0.24, 0.2],
        cells: (i) => {
          const l = s.insightLoops.items[i]!;
          return [[{ key: 'information', text: l.information }], [{ key: 'route', text: l.route, label: true }], [{ key: 'system', text: l.system }], [{ key: 'frequency', text: l.frequency }]];
        },
      },
      s.insightLoops.items.length,
      s.insightLoops.empty,
    ),
    tablePart(
      'rhythm.rotations',
      'Rotations, ride-alongs and co-location',
      {
        caption: 'Rotations',
        columns: ['Kind', 'What', 'Who', 'When'],
        widths: [0.16, 0.44, 0.2, 0.2],
        cells: (i) => {
          const r = s.rotations.items[i]!;
          return [[{ key: 'kind', text: r.kind, label: true }], [{ key: 'description', text: r.description }], [{ key: 'who', text: r.who }], [{ key: 'when', text: r.when }]];
        },
      },
      s.rotations.items.length,
      s.rotations.empty,
    ),
    tablePart(
      'rhythm.glossary',
      'Glossary',
      {
        caption: 'Glossary',
        columns: ['Term', 'Meaning'],
        widths: [0.28, 0.72],
        cells: (i) => {
          const e = s.glossary.items[i]!;
          return [[{ key: 'term', text: e.term, bold: true }], [{ key: 'definition', text: e.definition }]];
        },
      },
      s.glossary.items.length,
      s.glossary.empty,
    ),
  ];
}

function actionsParts(section: ActionsSection): Part[] {
  const s = section;
  // The From column only when some action says where it came from: a charter without any reads as it always did.
  const withFrom = s.actions.items.some((a) => a.from !== '');
  return [
    tablePart(
      'actions.actions',
      'Actions',
      {
        caption: 'Actions',
        columns: withFrom ? ['Action', 'From', 'Owner', 'Due', 'Status'] : ['Action', 'Owner', 'Due', 'Status'],
        widths: withFrom ? [0.34, 0.18, 0.22, 0.13, 0.13] : [0.46, 0.26, 0.14, 0.14],
        cells: (i) => {
          const a = s.actions.items[i]!;
          const from = withFrom ? [[{ key: 'from', text: a.from || '–', label: true }]] : [];
          return [[{ key: 'title', text: a.title, bold: true }], ...from, [{ key: 'owner', text: a.owner, label: true }], [{ key: 'due', text: a.due, label: true }], [{ key: 'status', text: a.status, label: true }]];
        },
      },
      s.actions.items.length,
      s.actions.empty,
    ),
    tablePart(
      'actions.parking',
      'Parking lot',
      {
        caption: 'Parking lot',
        columns: ['Topic', 'Raised in'],
        widths: [0.8, 0.2],
        cells: (i) => {
          const t = s.parkingLot.items[i]!;
          return [[{ key: 'text', text: t.text }], [{ key: 'raisedIn', text: t.raisedIn, label: true }]];
        },
      },
      s.parkingLot.items.length,
      s.parkingLot.empty,
    ),
    tablePart(
      'actions.decisions',
      'Decisions',
      {
        caption: 'Decisions',
        columns: ['Decision', 'How it was decided', 'Dissent', 'When'],
        widths: [0.36, 0.24, 0.24, 0.16],
        cells: (i) => {
          const d = s.decisions.items[i]!;
          return [
            [{ key: 'text', text: d.text, bold: true }],
            [{ key: 'method', text: d.result ? `${d.method}: ${d.result}` : d.method }],
            [{ key: 'dissent', text: d.dissent || '—' }],
            [{ key: 'when', text: d.decidedAt, label: true }],
          ];
        },
      },
      s.decisions.items.length,
      s.decisions.empty,
    ),
  ];
}

// ---------------------------------------------------------------- pulse, signatures

function pulseParts(section: PulseSection): Part[] {
  const legendWidth = section.teams.reduce((sum, t) => sum + (textWidthEm(t.name, true) + 2.4) * BODY.font + 24, 0);
  const intro = blockPart('pulse.intro', [[piece('intro', section.intro, CONTENT, BODY)]], 12 + (section.teams.length > 0 ? Math.ceil(legendWidth / CONTENT) * 44 + 12 : 0));
  const statements = section.statements.items;
  if (statements.length === 0) return [intro, { id: 'pulse.statements', head: 0, repeatHead: 0, items: empty(), measure: () => emptyMeasure(section.statements.empty) }];
  return [
    intro,
    {
      id: 'pulse.statements',
      head: 0,
      repeatHead: 0,
      items: rows(statements.length),
      jumpLabel: (item) => {
        const index = (item.ref as { index: number }).index;
        const statement = statements[index]!;
        return `Statement ${statement.number}: ${statement.text || 'Statement without text'}`;
      },
      measure: (item) => {
        const s = statements[(item.ref as { index: number }).index]!;
        const text = lines(s.text || 'Statement without text', CONTENT - 60 - (textWidthEm(s.gapText) + 1.5) * SMALL.font - 24, BODY, true) * BODY.line;
        return { extra: 0, columns: [], fixed: text + 6 + (s.averages.length > 0 ? pulseHeight(SLIDE_PULSE, s.averages.length) : 0) + 20 };
      },
    },
  ];
}

function signaturesParts(section: SignaturesSection): Part[] {
  const boxed = CONTENT - 2 * 18;
  const status: Piece[] = [];
  if (section.superseded) status.push(piece('superseded', section.superseded, CONTENT - 36, BODY, { bold: true, before: 0 }));
  status.push(piece('status', section.signoffStatus.text, CONTENT - 48, BODY, { bold: true, before: section.superseded ? 48 : 16 }));
  status.push(piece('nature', section.nature, boxed, BODY, { bold: true, before: 18 + 16 + 14 }));
  status.push(piece('binding', section.binding, boxed, BODY, { before: 8 }));
  status.push(piece('version', `Version  ${section.version}`, boxed, BODY, { before: 8 }));
  status.push(piece('fingerprint', `Fingerprint (SHA-256)  ${section.fingerprint}`, boxed, SMALL, { before: 4 }));
  const statusPart = blockPart('signatures.status', [status], 14 + 24);
  const signatures = section.signatures.items;
  const cards: Part =
    signatures.length === 0
      ? { id: 'signatures.signatures', head: 0, repeatHead: 0, items: empty(), measure: () => emptyMeasure(section.signatures.empty) }
      : {
          id: 'signatures.signatures',
          head: 0,
          repeatHead: 0,
          items: cardRows(signatures.length, CARDS_PER_ROW),
          measure: (item) => {
            const { from, to } = item.ref as Extract<ItemRef, { kind: 'cards' }>;
            return {
              extra: 20,
              columns: signatures.slice(from, to).map((s, i) => {
                const key = `s${from + i}`;
                return [
                  piece(`${key}.drawing`, '✍', 10_000, { font: 29, line: Math.ceil(CARD_WIDTH * 0.3) + 2 }),
                  piece(`${key}.name`, `${s.typedName}${s.sponsor ? '  EXECUTIVE SPONSOR' : ''}`, CARD_WIDTH, BODY, { bold: true, before: 6 }),
                  piece(`${key}.who`, `${s.participantName !== s.typedName ? `${s.participantName} · ` : ''}${s.team?.name ?? ''}  `, CARD_WIDTH - CHIP, SMALL, { bold: true }),
                  piece(`${key}.at`, `Signed ${s.signedAt}`, CARD_WIDTH, SMALL),
                  piece(`${key}.statement`, s.statement, CARD_WIDTH, SMALL, { before: 4 }),
                ];
              }),
            };
          },
        };
  const people = (id: string, title: string, listing: SignaturesSection['notSigned']) => peoplePart(id, title, listing.items, listing.empty, CARDS_PER_ROW, CARD_WIDTH, 0);
  const warnings = section.warnings;
  const warningsPart: Part =
    warnings.items.length === 0
      ? { id: 'signatures.warnings', title: 'Open points at signing', head: subtitleHeight('Open points at signing'), headMargin: SUBTITLE.before, repeatHead: 0, items: empty(), measure: () => emptyMeasure(warnings.empty) }
      : {
          id: 'signatures.warnings',
          title: 'Open points at signing',
          head: subtitleHeight('Open points at signing'), headMargin: SUBTITLE.before,
          repeatHead: subtitleHeight(continuedText('Open points at signing')),
          items: rows(warnings.items.length),
          measure: (item) => {
            const w = warnings.items[(item.ref as { index: number }).index]!;
            return { extra: 6, columns: [[piece('message', `${w.message}  ${w.status}`, CONTENT - 16, BODY)]] };
          },
        };
  return [statusPart, cards, people('signatures.notSigned', 'Not signed yet', section.notSigned), people('signatures.absent', 'Absent', section.absent), warningsPart];
}

// ---------------------------------------------------------------- the charter's pages

export interface SectionPages {
  id: CharterSectionId;
  title: string;
  flow: SectionFlow & { parts: Part[] };
  pages: ReviewPage[];
}

/** Every section's review pages: the one function both the console and the projector page by. */
export function charterReviewPages(model: CharterModel): SectionPages[] {
  return model.sections.map((section) => {
    const flow = sectionFlow(section);
    return { id: section.id, title: section.title, flow, pages: paginate(flow, PAGE_BUDGET) };
  });
}
