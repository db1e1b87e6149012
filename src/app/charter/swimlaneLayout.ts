/**
 * Where everything in the charter's swimlanes goes, computed from the model alone (no
 * measuring): the printed picture uses it whole; the review on the projector uses it for a
 * window of stages and lanes at the room's type size, and the page split uses the same
 * numbers to know how tall each lane is before anything is drawn.
 */
import type { CharterSwimlanes } from '../../domain/charterModel';
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
  /** More stages than this: each cell counts its activities instead of naming them. */
  dense: number;
}

/** The printed summary: the whole picture across the page's width. */
export const PRINT_SWIMLANES: SwimlaneOptions = { width: 800, small: 0.85, laneHead: 84, gutter: 16, maxPerCell: 6, maxNameLines: 4, dense: 12 };

export interface PlacedText {
  lines: string[];
  dir: 'ltr' | 'rtl';
}

const placed = (text: string, maxEm: number, maxLines: number, indentEm = 0, bold = false): PlacedText => ({
  lines: wrapLines(text, maxEm, maxLines, indentEm, bold),
  dir: textDirection(text),
});

interface CellLayout {
  activities: { name: PlacedText; roles: RaciRole[]; height: number; chipWidth: number }[];
  /** Activities not named in the cell. */
  more: number;
  /** Dense: how many activities and which roles, instead of names. */
  count: number;
  roles: string;
  height: number;
}

interface ArrowLayout {
  id: string;
  kind: 'handoff' | 'handback';
  path: string;
  label: string;
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
  dense: boolean;
  padding: number;
  arrowBand: number;
  disc: number;
  numberFont: number;
  nameY: number;
  leadY: number;
  headerHeight: number;
  columnWidth: number;
  stages: { index: number; x: number; name: PlacedText; lead: PlacedText; number: number }[];
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
  const shownStages = swimlanes.stages.slice(stageFrom, stageTo).map((stage, i) => ({
    index: stageFrom + i,
    number: stage.number,
    x: columnX(stageFrom + i),
    name: placed(stage.name, headEm, 3, discIndent / font, true),
    lead: placed(stage.lead, columnWidth / smallFont, 3),
  }));
  const nameLines = Math.max(1, ...shownStages.map((s) => s.name.lines.length));
  const leadLines = Math.max(1, ...shownStages.map((s) => s.lead.lines.length));
  const nameY = 6 + font;
  const leadY = nameY + line * (nameLines - 1) + smallLine;
  const headerHeight = leadY + smallLine * (leadLines - 1) + 8;
  const innerEm = (columnWidth - 2 * padding) / font;
  const layoutCell = (activities: { name: string; roles: RaciRole[] }[]): CellLayout => {
    if (dense) {
      const roles = (['R', 'A', 'C', 'I'] as const).filter((role) => activities.some((a) => a.roles.includes(role))).join(' ');
      return { activities: [], more: 0, count: activities.length, roles, height: activities.length > 0 ? line * 2 + padding : 0 };
    }
    const shown: CellLayout['activities'] = [];
    let height = 0;
    for (const activity of activities.slice(0, options.maxPerCell)) {
      const chipEm = activity.roles.length > 0 ? ((activity.roles.length * 0.72 + 0.6) * smallFont) / font : 0;
      const name = placed(activity.name, innerEm, options.maxNameLines, chipEm > 0 ? chipEm + 0.3 : 0);
      const itemHeight = name.lines.length * line + font * 0.25;
      const rest = activities.length - shown.length - 1;
      if (options.maxCellHeight !== undefined && shown.length > 0 && height + itemHeight + (rest > 0 ? line : 0) > options.maxCellHeight) break;
      shown.push({ name, roles: activity.roles, height: itemHeight, chipWidth: chipEm * font });
      height += itemHeight;
    }
    const more = activities.length - shown.length;
    return { activities: shown, more, count: activities.length, roles: '', height: height + (more > 0 ? line : 0) };
  };

  const laneOf = new Map(swimlanes.lanes.map((lane, i) => [lane.team.id, i]));
  const inLanes = (i: number | undefined) => i !== undefined && i >= laneFrom && i < laneTo;
  const inStages = (i: number) => i >= stageFrom && i < stageTo;
  const visible = swimlanes.handoffs.filter((h) => inLanes(laneOf.get(h.fromTeamId)) && inLanes(laneOf.get(h.toTeamId)) && inStages(h.fromStageIndex) && inStages(h.toStageIndex));
  // Only a lane an arrow leaves or enters keeps a band at its top for the arrows.
  const withArrows = new Set(visible.flatMap((h) => [laneOf.get(h.fromTeamId)!, laneOf.get(h.toTeamId)!]));

  const laneHeadEm = (options.laneHead - 12) / font;
  const lanes: SwimlaneLayout['lanes'] = [];
  let y = headerHeight;
  for (let laneIndex = laneFrom; laneIndex < laneTo; laneIndex++) {
    const lane = swimlanes.lanes[laneIndex]!;
    const band = withArrows.has(laneIndex) ? arrowBand : padding;
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
    const fromX = forward ? columnX(h.fromStageIndex) + columnWidth : columnX(h.fromStageIndex);
    const toX = forward ? columnX(h.toStageIndex) : columnX(h.toStageIndex) + columnWidth;
    const gutterX = gutterCentre + shift;
    // Each arrow leaves and arrives at its own height in the lane's arrow band, so two never run along one line.
    const depart = laneTop.get(laneOf.get(h.fromTeamId)!)! + arrowBand * (0.22 + 0.16 * slotIndex);
    const arrive = laneTop.get(laneOf.get(h.toTeamId)!)! + arrowBand * 0.62;
    const label = wrapLines(`${h.kind === 'handback' ? '↩ ' : ''}${h.label}`, (columnWidth - 14) / labelFont, 1, 0, true)[0] ?? '';
    const labelWidth = textWidthEm(label, true) * labelFont;
    return {
      id: h.id,
      kind: h.kind,
      path: `M${fromX} ${depart}H${gutterX}V${arrive}H${toX}`,
      label,
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
    dense,
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
