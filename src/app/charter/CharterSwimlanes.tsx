/**
 * The charter's swimlanes as one vector picture: a lane per team, the stages as columns, each
 * cell the team's activities with their role letters, and the hand-offs as arrows from the
 * sending lane into the receiving lane's stage, labelled with the lead definition. Laid out
 * from the model alone (no measuring), so the PDF prints it exactly as computed.
 */
import { useId } from 'react';
import type { CharterSwimlanes as Swimlanes, TeamRef } from '../../domain/charterModel';
import type { RaciRole, Team } from '../../domain/workshopSchema';
import { teamInitials, teamSlot, teamStyle } from '../theme/teamColours';
import { textDirection, textWidthEm, wrapLines } from './svgText';

const WIDTH = 800;
const LANE_HEAD = 92;
const GUTTER = 14;
const PAD = 5;
/** Reserved at the top of every lane for the hand-off arrows, so they never cross text. */
const ARROW_BAND = 22;
const DEPART_Y = 6;
const ARRIVE_Y = 15;
/** More stages than this: each cell says how many activities and which roles, not their names. */
const DENSE = 12;
const MAX_PER_CELL = 6;

interface Geometry {
  font: number;
  line: number;
  columnWidth: number;
  columnX: (index: number) => number;
}

function geometry(stageCount: number): Geometry {
  const font = stageCount <= 4 ? 13 : stageCount <= 6 ? 12 : stageCount <= 8 ? 11 : 10;
  const slot = (WIDTH - LANE_HEAD) / Math.max(1, stageCount);
  return { font, line: font * 1.3, columnWidth: slot - GUTTER, columnX: (index) => LANE_HEAD + index * slot + GUTTER / 2 };
}

interface PlacedText {
  lines: string[];
  dir: 'ltr' | 'rtl';
}

const placed = (text: string, maxEm: number, maxLines: number, indentEm = 0): PlacedText => ({ lines: wrapLines(text, maxEm, maxLines, indentEm), dir: textDirection(text) });

/** Lines of user text at (x, y) within `width`, starting at the right edge when the text reads right to left. */
function Lines({ text, x, y, width, line, className }: { text: PlacedText; x: number; y: number; width: number; line: number; className?: string }) {
  const rtl = text.dir === 'rtl';
  return (
    <text className={className} x={rtl ? x + width : x} y={y} direction={text.dir} textAnchor="start">
      {text.lines.map((content, index) => (
        <tspan key={index} x={rtl ? x + width : x} dy={index === 0 ? 0 : line}>
          {content}
        </tspan>
      ))}
    </text>
  );
}

interface CellLayout {
  activities: { name: PlacedText; roles: RaciRole[]; height: number }[];
  more: number;
  height: number;
}

function layoutCell(activities: { name: string; roles: RaciRole[] }[], g: Geometry, dense: boolean): CellLayout {
  const innerEm = (g.columnWidth - 2 * PAD) / g.font;
  if (dense) return { activities: [], more: 0, height: activities.length > 0 ? g.line * 2 + PAD : 0 };
  const shown = activities.slice(0, MAX_PER_CELL).map((a) => {
    const chipEm = a.roles.length * 0.72 + 0.6;
    const name = placed(a.name, innerEm, 3, chipEm + 0.3);
    return { name, roles: a.roles, height: name.lines.length * g.line + 4 };
  });
  const more = activities.length - shown.length;
  return { activities: shown, more, height: shown.reduce((sum, a) => sum + a.height, 0) + (more > 0 ? g.line : 0) };
}

export function CharterSwimlanes({ swimlanes, teams }: { swimlanes: Swimlanes; teams: readonly Team[] }) {
  const id = useId();
  const { stages, lanes, handoffs } = swimlanes;
  if (stages.length === 0) return <p className="charter__empty">{swimlanes.empty}</p>;
  const dense = stages.length > DENSE;
  const g = geometry(stages.length);
  const headEm = g.columnWidth / g.font;
  const stageNames = stages.map((s) => placed(s.name, headEm, 2));
  const leads = stages.map((s) => placed(s.lead, headEm / 0.85, 3));
  const disc = g.font * 0.65;
  const nameY = 8 + disc * 2 + 4 + g.font;
  const leadY = nameY + g.line * (stageNames.some((n) => n.lines.length > 1) ? 2 : 1) + g.font * 0.1;
  const headerHeight = leadY + g.line * 0.85 * Math.max(...leads.map((l) => l.lines.length)) + 8;
  const cells = lanes.map((lane) => lane.cells.map((cell) => layoutCell(cell.activities, g, dense)));
  const laneNames = lanes.map((lane) => placed(lane.team.name, (LANE_HEAD - 12) / g.font, 3));
  const laneHeights = lanes.map((_, i) => Math.max(ARROW_BAND + Math.max(...cells[i]!.map((c) => c.height)) + PAD * 2, ARROW_BAND + laneNames[i]!.lines.length * g.line + 30, 60));
  const laneTop: number[] = [];
  let y = headerHeight;
  for (const height of laneHeights) {
    laneTop.push(y);
    y += height + 6;
  }
  const height = y;
  const laneIndex = new Map(lanes.map((lane, i) => [lane.team.id, i]));
  const teamOf = (ref: TeamRef) => teams.find((t) => t.id === ref.id);
  const titleId = `${id}-title`;

  return (
    <figure className="charter-swimlanes">
      <svg
        className="charter-swimlanes__svg"
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={titleId}
        style={{ fontSize: `${g.font}px` }}
      >
        <title id={titleId}>{`Swimlanes: ${lanes.length} teams across ${stages.length} stages, with ${handoffs.length} hand-off markers`}</title>
        <defs>
          <marker id={`${id}-arrow`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
            <path d="M0 0L10 5L0 10z" className="charter-swimlanes__arrowhead" />
          </marker>
        </defs>
        {stages.map((stage, index) => {
          const x = g.columnX(index);
          return (
            <g key={index} className="charter-swimlanes__stage">
              <circle cx={x + disc} cy={8 + disc} r={disc} className="charter-swimlanes__number-disc" />
              <text x={x + disc} y={8 + disc + g.font * 0.28} textAnchor="middle" className="charter-swimlanes__number" style={{ fontSize: `${g.font * 0.8}px` }}>
                {stage.number}
              </text>
              <Lines text={stageNames[index]!} x={x} y={nameY} width={g.columnWidth} line={g.line} className="charter-swimlanes__stage-name" />
              <Lines text={leads[index]!} x={x} y={leadY + g.font * 0.6} width={g.columnWidth} line={g.line * 0.85} className="charter-swimlanes__lead" />
            </g>
          );
        })}
        {lanes.map((lane, laneI) => {
          const team = teamOf(lane.team);
          const top = laneTop[laneI]!;
          const laneHeight = laneHeights[laneI]!;
          return (
            <g key={lane.team.id} style={team ? teamStyle(teamSlot(team, teams)) : undefined} className="charter-swimlanes__lane">
              <rect x={0} y={top} width={WIDTH} height={laneHeight} rx={6} className="charter-swimlanes__lane-band" />
              <rect x={6} y={top + 8} width={g.font * 2.2} height={g.font * 1.5} rx={3} className="charter-swimlanes__initial-chip" />
              <text x={6 + g.font * 1.1} y={top + 8 + g.font * 1.08} textAnchor="middle" className="charter-swimlanes__initial">
                {teamInitials(lane.team.name)}
              </text>
              <Lines text={laneNames[laneI]!} x={6} y={top + 8 + g.font * 1.5 + g.line} width={LANE_HEAD - 12} line={g.line} className="charter-swimlanes__team-name" />
              {lane.cells.map((cell, column) => {
                const layout = cells[laneI]![column]!;
                const x = g.columnX(column);
                let cursor = top + ARROW_BAND + g.font;
                return (
                  <g key={column}>
                    <rect x={x} y={top + 3} width={g.columnWidth} height={laneHeight - 6} rx={4} className="charter-swimlanes__cell" />
                    {dense && cell.activities.length > 0 && (
                      <>
                        <text x={x + PAD} y={cursor} className="charter-swimlanes__count">
                          {cell.activities.length}
                        </text>
                        <text x={x + PAD} y={cursor + g.line} className="charter-swimlanes__roles-text">
                          {(['R', 'A', 'C', 'I'] as const).filter((role) => cell.activities.some((a) => a.roles.includes(role))).join(' ')}
                        </text>
                      </>
                    )}
                    {layout.activities.map((activity, i) => {
                      const at = cursor;
                      cursor += activity.height;
                      const chipWidth = (activity.roles.length * 0.72 + 0.6) * g.font;
                      return (
                        <g key={i}>
                          {activity.roles.length > 0 && (
                            <>
                              <rect x={x + PAD} y={at - g.font * 0.85} width={chipWidth} height={g.font * 1.1} rx={2} className="charter-swimlanes__role-chip" />
                              <text x={x + PAD + chipWidth / 2} y={at} textAnchor="middle" className="charter-swimlanes__role-letters">
                                {activity.roles.join('')}
                              </text>
                            </>
                          )}
                          <ActivityName text={activity.name} x={x + PAD} y={at} width={g.columnWidth - 2 * PAD} indent={chipWidth + g.font * 0.3} line={g.line} />
                        </g>
                      );
                    })}
                    {layout.more > 0 && (
                      <text x={x + PAD} y={cursor} className="charter-swimlanes__more">
                        + {layout.more} more
                      </text>
                    )}
                  </g>
                );
              })}
            </g>
          );
        })}
        {handoffs.map((h, index) => {
          const from = laneIndex.get(h.fromTeamId);
          const to = laneIndex.get(h.toTeamId);
          if (from === undefined || to === undefined) return null;
          const sameGutter = handoffs.slice(0, index).filter((other) => gutterOf(other) === gutterOf(h)).length;
          const shift = (sameGutter % 3) * 4 - 4;
          const forward = h.toStageIndex > h.fromStageIndex;
          const fromX = forward ? g.columnX(h.fromStageIndex) + g.columnWidth : g.columnX(h.fromStageIndex);
          const gutterX = forward ? g.columnX(h.toStageIndex) - GUTTER / 2 + shift : g.columnX(h.toStageIndex) + g.columnWidth + GUTTER / 2 + shift;
          const toX = forward ? g.columnX(h.toStageIndex) : g.columnX(h.toStageIndex) + g.columnWidth;
          const y1 = laneTop[from]! + DEPART_Y;
          const y2 = laneTop[to]! + ARRIVE_Y;
          const labelEm = (g.columnWidth - 14) / (g.font * 0.85);
          const label = wrapLines(`${h.kind === 'handback' ? '↩ ' : ''}${h.label}`, labelEm, 1)[0] ?? '';
          const labelWidth = textWidthEm(label) * g.font * 0.85;
          const labelX = forward ? toX + 6 : toX - 6 - labelWidth;
          return (
            <g key={h.id} className={`charter-swimlanes__handoff charter-swimlanes__handoff--${h.kind}`}>
              <path d={`M${fromX} ${y1}H${gutterX}V${y2}H${toX}`} className="charter-swimlanes__arrow" markerEnd={`url(#${id}-arrow)`} />
              <rect x={labelX - 2} y={y2 - g.font * 0.8} width={labelWidth + 4} height={g.font * 1.05} rx={2} className="charter-swimlanes__label-bg" />
              <text x={labelX} y={y2 + g.font * 0.12} className="charter-swimlanes__label" style={{ fontSize: `${g.font * 0.85}px` }}>
                {label}
              </text>
            </g>
          );
        })}
      </svg>
      {handoffs.length > 0 && (
        <figcaption>
          <ul className="charter-swimlanes__legend">
            {handoffs.map((h) => (
              <li key={h.id} dir="auto" className={`charter-swimlanes__legend-item charter-swimlanes__legend-item--${h.kind}`}>
                {h.description}
              </li>
            ))}
          </ul>
        </figcaption>
      )}
    </figure>
  );
}

/** The gutter a hand-off's arrow runs down, so arrows sharing one step apart. */
function gutterOf(h: Swimlanes['handoffs'][number]): number {
  return h.toStageIndex > h.fromStageIndex ? h.toStageIndex * 2 : h.toStageIndex * 2 + 1;
}

function ActivityName({ text, x, y, width, indent, line }: { text: PlacedText; x: number; y: number; width: number; indent: number; line: number }) {
  const rtl = text.dir === 'rtl';
  // Right to left: the role chip stays at the left, the name starts at the right edge.
  const start = rtl ? x + width : x + indent;
  return (
    <text className="charter-swimlanes__activity" x={start} y={y} direction={text.dir}>
      {text.lines.map((content, index) => (
        <tspan key={index} x={index === 0 ? start : rtl ? x + width : x} dy={index === 0 ? 0 : line}>
          {content}
        </tspan>
      ))}
    </text>
  );
}
