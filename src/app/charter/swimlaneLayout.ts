/**
 * Where everything in the charter's swimlanes goes, computed from the model alone (no
 * measuring): the printed picture uses it whole; the review on the projector uses it for a
 * window of stages and lanes at the room's type size, and the page split uses the same
 * numbers to know how tall each lane is before anything is drawn.
 */
import type { CharterSwimlanes } from '../../domain/charterModel';
import { countNoun } from '../../domain/countNoun';
import type { RaciRole } from '../../domain/workshopSchema';
import { textDirection, textWidthEm, wrapLines } from './svgText';

export interface SwimlaneOptions {
  /** The picture's width in its own units (the viewBox). */
  width: number;
  /** The type size of names and activities; by default it shrinks as stages are added. */
  font?: number;
  /** Smaller words (leads, role letters, hand-off labels) as a share of `font`. */
  small: number;
  laneHead: number;
  gutter: number;
  /** The stages shown, as [from, to); all by default. */
  stages?: readonly [number, number];
  /** The lanes shown, as [from, to); all by default. */
  lanes?: readonly [number, number];
  /** At most this many activities per cell; the rest are counted ("+ 3 more"). */
  maxPerCell: number;
  /** At most this tall, a cell's activities (the rest are counted). */
  maxCellHeight?: number;
  maxNameLines: number;
  /** At most this many lines of a stage's name (3 by default); the rest ends in "…". */
  maxStageNameLines?: number;
  /** A stage's name with a word wider than its column is set this much smaller at most (1: never), so the word stays whole. */
  stageNameShrink?: number;
  /** More stages than this: each cell counts its activities instead of naming them. */
  dense: number;
  /** A cell with more activities than this counts them in words instead of naming them. */
  countOver?: number;
  /**
   * Also draw the hand-offs received in the window's stages from stages outside it: an arrow
   * from the picture's edge (the side the sending stage lies on) that says where it comes from.
   */
  incoming?: boolean;
}

/** The printed summary: the picture across the page's width, in groups of stages (see printSwimlaneGroups). */
export const PRINT_SWIMLANES: SwimlaneOptions = { width: 800, small: 0.85, laneHead: 84, gutter: 16, maxPerCell: 6, maxNameLines: 4, maxStageNameLines: 6, stageNameShrink: 0.8, dense: 12, countOver: 8, incoming: true };

/** At most this many stages side by side on paper: more and the names no longer fit their columns. */
export const PRINT_STAGES_PER_GROUP = 7;

export interface PlacedText {
  lines: string[];
  dir: 'ltr' | 'rtl';
}

const placed = (text: string, maxEm: number, maxLines: number, indentEm = 0, bold = false): PlacedText => ({
  lines: wrapLines(text, maxEm, maxLines, indentEm, bold),
  dir: textDirection(text),
});

interface CellLayout {
  /** The activities named, or, in a cell that counts them, one row: "50 activities" with every role the team has in them. */
  activities: { name: PlacedText; roles: RaciRole[]; height: number; chipWidth: number }[];
  /** Activities not named in the cell. */
  more: number;
  /** The cell counts its activities instead of naming them. */
  counted: boolean;
  height: number;
}

interface ArrowLayout {
  id: string;
  kind: 'handoff' | 'handback';
  path: string;
  label: string;
  /** Under the label of an arrow from outside the window: the stage it comes from. */
  source: string | null;
  labelX: number;
  labelY: number;
  labelWidth: number;
}

export interface SwimlaneLayout {
  width: number;
  height: number;
  font: number;
  smallFont: number;
  line: number;
  padding: number;
  arrowBand: number;
  disc: number;
  numberFont: number;
  nameY: number;
  leadY: number;
  headerHeight: number;
  columnWidth: number;
  /** `nameFont`: the type size of the stage's name (smaller than `font` when a word would not fit whole). */
  stages: { index: number; x: number; name: PlacedText; nameFont: number; lead: PlacedText; number: number }[];
  /** `band`: the room at the lane's top before its activities (wider where arrows run). */
  lanes: { index: number; top: number; height: number; band: number; name: PlacedText; cells: (CellLayout & { x: number })[] }[];
  arrows: ArrowLayout[];
}

const LANE_GAP = 4;
/** The team's initials sit in a chip this far into its lane, its name under the chip. */
export const LANE_CHIP_TOP = 6;

function defaultFont(stageCount: number): number {
  return stageCount <= 4 ? 13 : stageCount <= 6 ? 12 : stageCount <= 8 ? 11 : 10;
}

const ACTIVITY = { one: 'activity', other: 'activities' };

/**
 * The sizes a group of stages may have: within one of an even share of `count` over `groupCount`
 * groups (for 15 stages in three groups: 4 to 6), never more than `most`.
 */
export function groupSizeRange(count: number, groupCount: number, most: number): [number, number] {
  const share = count / groupCount;
  return [Math.max(1, Math.floor(share) - 1), Math.min(most, Math.ceil(share) + 1)];
}

/** Whether `a`'s first group of a size different from `b`'s is the larger one. */
function earlierFuller(a: readonly number[], b: readonly number[]): boolean {
  const i = a.findIndex((size, j) => size !== b[j]);
  return i >= 0 && a[i]! > b[i]!;
}

/**
 * The stages in consecutive groups of at most `most`: as few groups as will do, each of a size
 * within one of an even share (see groupSizeRange), cutting as few hand-offs between two groups
 * as those allow, then the most even, then the earlier groups fuller.
 *
 * A dynamic programme over where the groups end, once for each smallest and largest size
 * allowed: a hand-off is charged to the group its earlier stage is in, if it reaches past that
 * group's end, so the cuts add up group by group.
 */
export function stageGroups(swimlanes: CharterSwimlanes, most: number): [number, number][] {
  const count = swimlanes.stages.length;
  if (count <= most) return [[0, count]];
  const groupCount = Math.ceil(count / most);
  const [smallest, largest] = groupSizeRange(count, groupCount, most);
  const spans = swimlanes.handoffs.map((h) => [Math.min(h.fromStageIndex, h.toStageIndex), Math.max(h.fromStageIndex, h.toStageIndex)] as const);
  /** The hand-offs cut at the end of the group [from, to). */
  const cutsAt = (from: number, to: number) => (to >= count ? 0 : spans.filter(([a, b]) => a >= from && a < to && b >= to).length);
  const cutTable = Array.from({ length: count }, (_, from) => Array.from({ length: largest + 1 }, (_, size) => (size >= smallest && from + size <= count ? cutsAt(from, from + size) : 0)));

  let best: { cuts: number; spread: number; sizes: number[] } | null = null;
  for (let low = smallest; low <= largest; low++) {
    for (let high = low; high <= largest; high++) {
      // fewest[k][from]: the fewest cuts splitting stages [from, count) into k groups of sizes low..high.
      const fewest = Array.from({ length: groupCount + 1 }, () => new Array<number>(count + 1).fill(Infinity));
      fewest[0]![count] = 0;
      for (let k = 1; k <= groupCount; k++) {
        for (let from = count - 1; from >= 0; from--) {
          for (let size = low; size <= high && from + size <= count; size++) {
            const rest = fewest[k - 1]![from + size]!;
            if (rest + cutTable[from]![size]! < fewest[k]![from]!) fewest[k]![from] = rest + cutTable[from]![size]!;
          }
        }
      }
      const cuts = fewest[groupCount]![0]!;
      if (cuts === Infinity) continue;
      // The groups, each as full as the fewest cuts allow.
      const sizes: number[] = [];
      for (let k = groupCount, from = 0; k > 0; k--) {
        let size = high;
        while (size > low && !(from + size <= count && fewest[k - 1]![from + size]! + cutTable[from]![size]! === fewest[k]![from])) size--;
        sizes.push(size);
        from += size;
      }
      const spread = Math.max(...sizes) - Math.min(...sizes);
      if (!best || cuts < best.cuts || (cuts === best.cuts && (spread < best.spread || (spread === best.spread && earlierFuller(sizes, best.sizes))))) best = { cuts, spread, sizes };
    }
  }
  let from = 0;
  return best!.sizes.map((size) => [from, (from += size)] as [number, number]);
}

/** The printed summary's pictures: one per group of stages, one under another, all at the same type size. */
export function printSwimlaneGroups(swimlanes: CharterSwimlanes, options: SwimlaneOptions = PRINT_SWIMLANES): SwimlaneOptions[] {
  const groups = stageGroups(swimlanes, PRINT_STAGES_PER_GROUP);
  const font = options.font ?? defaultFont(Math.max(...groups.map(([from, to]) => to - from)));
  return groups.map((stages) => ({ ...options, font, stages }));
}

export function layoutSwimlanes(swimlanes: CharterSwimlanes, options: SwimlaneOptions): SwimlaneLayout {
  const [stageFrom, stageTo] = options.stages ?? [0, swimlanes.stages.length];
  const [laneFrom, laneTo] = options.lanes ?? [0, swimlanes.lanes.length];
  const stageCount = stageTo - stageFrom;
  const font = options.font ?? defaultFont(swimlanes.stages.length);
  const smallFont = font * options.small;
  const line = font * 1.3;
  const smallLine = smallFont * 1.3;
  const padding = Math.round(font * 0.4);
  const arrowBand = Math.round(font * 1.75);
  const dense = stageCount > options.dense;
  const slot = (options.width - options.laneHead) / Math.max(1, stageCount);
  const columnWidth = slot - options.gutter;
  const columnX = (index: number) => options.laneHead + (index - stageFrom) * slot + options.gutter / 2;
  const headEm = columnWidth / font;

  // The stage's number sits in a disc at the start of its name's first line.
  // The number is as large as the small words, so on the review's stage it keeps the room's type size.
  const numberFont = options.small >= 1 ? font : font * 0.8;
  const disc = Math.max(font * 0.62, numberFont * 0.72);
  const discIndent = 2 * disc + font * 0.3;
  const nameScale = (name: string) => {
    const widest = Math.max(0, ...name.split(/\s+|(?<=-)/).map((word) => textWidthEm(word, true)));
    return widest <= headEm ? 1 : Math.max(options.stageNameShrink ?? 1, headEm / widest);
  };
  const shownStages = swimlanes.stages.slice(stageFrom, stageTo).map((stage, i) => {
    const scale = nameScale(stage.name);
    return {
      index: stageFrom + i,
      number: stage.number,
      x: columnX(stageFrom + i),
      name: placed(stage.name, headEm / scale, options.maxStageNameLines ?? 3, discIndent / (font * scale), true),
      nameFont: font * scale,
      lead: placed(stage.lead, columnWidth / smallFont, 3),
    };
  });
  const nameLines = Math.max(1, ...shownStages.map((s) => s.name.lines.length));
  const leadLines = Math.max(1, ...shownStages.map((s) => s.lead.lines.length));
  const nameY = 6 + font;
  const leadY = nameY + line * (nameLines - 1) + smallLine;
  const headerHeight = leadY + smallLine * (leadLines - 1) + 8;
  const innerEm = (columnWidth - 2 * padding) / font;
  // An activity's role letters sit in a chip at the start of its name's first line.
  const row = (text: string, roles: RaciRole[]) => {
    const chipEm = roles.length > 0 ? ((roles.length * 0.72 + 0.6) * smallFont) / font : 0;
    const name = placed(text, innerEm, options.maxNameLines, chipEm > 0 ? chipEm + 0.3 : 0);
    return { name, roles, height: name.lines.length * line + font * 0.25, chipWidth: chipEm * font };
  };
  const layoutCell = (activities: { name: string; roles: RaciRole[] }[]): CellLayout => {
    if (activities.length > 0 && (dense || activities.length > (options.countOver ?? Infinity))) {
      // Counted in words, with every role the team has in them: "[R A C] 50 activities".
      const roles = (['R', 'A', 'C', 'I'] as const).filter((role) => activities.some((a) => a.roles.includes(role)));
      const counted = row(countNoun(activities.length, ACTIVITY), roles);
      return { activities: [counted], more: 0, counted: true, height: counted.height };
    }
    const shown: CellLayout['activities'] = [];
    let height = 0;
    for (const activity of activities.slice(0, options.maxPerCell)) {
      const item = row(activity.name, activity.roles);
      const rest = activities.length - shown.length - 1;
      if (options.maxCellHeight !== undefined && shown.length > 0 && height + item.height + (rest > 0 ? line : 0) > options.maxCellHeight) break;
      shown.push(item);
      height += item.height;
    }
    const more = activities.length - shown.length;
    return { activities: shown, more, counted: false, height: height + (more > 0 ? line : 0) };
  };

  const laneOf = new Map(swimlanes.lanes.map((lane, i) => [lane.team.id, i]));
  const inLanes = (i: number | undefined) => i !== undefined && i >= laneFrom && i < laneTo;
  const inStages = (i: number) => i >= stageFrom && i < stageTo;
  // The hand-offs drawn: both stages in the window, or (when asked) only the receiving one.
  const visible = swimlanes.handoffs.filter(
    (h) => inLanes(laneOf.get(h.fromTeamId)) && inLanes(laneOf.get(h.toTeamId)) && inStages(h.toStageIndex) && (inStages(h.fromStageIndex) || options.incoming === true),
  );
  // Only a lane an arrow leaves or enters keeps a band at its top for the arrows; a lane an
  // arrow from outside enters keeps a line more, for the stage it comes from under its label.
  const withArrows = new Set(visible.flatMap((h) => [laneOf.get(h.fromTeamId)!, laneOf.get(h.toTeamId)!]));
  const withSources = new Set(visible.filter((h) => !inStages(h.fromStageIndex)).map((h) => laneOf.get(h.toTeamId)!));

  const laneHeadEm = (options.laneHead - 12) / font;
  const lanes: SwimlaneLayout['lanes'] = [];
  let y = headerHeight;
  for (let laneIndex = laneFrom; laneIndex < laneTo; laneIndex++) {
    const lane = swimlanes.lanes[laneIndex]!;
    const band = withArrows.has(laneIndex) ? arrowBand + (withSources.has(laneIndex) ? smallLine : 0) : padding;
    const cells = lane.cells.slice(stageFrom, stageTo).map((cell, i) => ({ ...layoutCell(cell.activities), x: columnX(stageFrom + i) }));
    const name = placed(lane.team.name, laneHeadEm, 3, 0, true);
    const nameHeight = LANE_CHIP_TOP + smallFont * 1.5 + font + (name.lines.length - 1) * line + font * 0.35 + 6;
    const height = Math.max(band + Math.max(0, ...cells.map((c) => c.height)) + padding * 2, nameHeight, font * 3.5);
    lanes.push({ index: laneIndex, top: y, height, band, name, cells });
    y += height + LANE_GAP;
  }

  const laneTop = new Map(lanes.map((lane) => [lane.index, lane.top]));
  // Arrows down the same gutter (a hand-off and its hand-back, say) each get their own line in it.
  const gutterIndex = (h: (typeof visible)[number]) => (h.toStageIndex > h.fromStageIndex ? h.toStageIndex : h.toStageIndex + 1);
  const sharing = new Map<number, number>();
  for (const h of visible) sharing.set(gutterIndex(h), (sharing.get(gutterIndex(h)) ?? 0) + 1);
  const placedInGutter = new Map<number, number>();
  const labelFont = smallFont;
  const arrows = visible.map((h): ArrowLayout => {
    const gutter = gutterIndex(h);
    const count = sharing.get(gutter)!;
    const slotIndex = placedInGutter.get(gutter) ?? 0;
    placedInGutter.set(gutter, slotIndex + 1);
    const spacing = Math.min(options.gutter / (count + 1), font * 0.7);
    const shift = (slotIndex - (count - 1) / 2) * spacing;
    const gutterCentre = columnX(gutter) - options.gutter / 2;
    const forward = h.toStageIndex > h.fromStageIndex;
    const outside = !inStages(h.fromStageIndex);
    // From a stage outside the window: from the picture's edge on the side that stage lies on.
    const fromX = outside ? (forward ? options.laneHead : options.width) : forward ? columnX(h.fromStageIndex) + columnWidth : columnX(h.fromStageIndex);
    const toX = forward ? columnX(h.toStageIndex) : columnX(h.toStageIndex) + columnWidth;
    // At the picture's edge (an arrow from another group into its first or last stage) the
    // gutter's centre moves in by half its slots, so every arrow there keeps a line of its own.
    const half = ((count - 1) / 2) * spacing;
    const gutterX = Math.min(options.width - half, Math.max(options.laneHead + half, gutterCentre)) + shift;
    // Each arrow leaves and arrives at its own height in the lane's arrow band, so two never run along one line.
    const depart = laneTop.get(laneOf.get(h.fromTeamId)!)! + arrowBand * (0.22 + 0.16 * slotIndex);
    const arrive = laneTop.get(laneOf.get(h.toTeamId)!)! + arrowBand * 0.62;
    const room = (columnWidth - 14) / labelFont;
    const label = wrapLines(`${h.kind === 'handback' ? '↩ ' : ''}${h.label}`, room, 1, 0, true)[0] ?? '';
    const source = outside ? (wrapLines(`from stage ${swimlanes.stages[h.fromStageIndex]?.number ?? h.fromStageIndex + 1}`, room, 1)[0] ?? null) : null;
    const labelWidth = Math.max(textWidthEm(label, true), source ? textWidthEm(source) : 0) * labelFont;
    return {
      id: h.id,
      kind: h.kind,
      path: `M${fromX} ${depart}H${gutterX}V${arrive}H${toX}`,
      label,
      source,
      labelX: forward ? toX + 6 : toX - 6 - labelWidth,
      labelY: arrive + labelFont * 0.35,
      labelWidth,
    };
  });

  return {
    width: options.width,
    height: y,
    font,
    smallFont,
    line,
    padding,
    arrowBand,
    disc,
    numberFont,
    nameY,
    leadY,
    headerHeight,
    columnWidth,
    stages: shownStages,
    lanes,
    arrows,
  };
}
