/**
 * The charter's swimlanes as vector pictures: a lane per team, the stages as columns, each
 * cell the team's activities with their role letters, and the hand-offs as arrows from the
 * sending lane into the receiving lane's stage, labelled with the lead definition. Laid out
 * from the model alone (swimlaneLayout), so the PDF prints it exactly as computed and the
 * review can show a window of it page by page. On paper, many stages are stacked in groups
 * (one picture each, one under another), so names keep a readable size.
 */
import { useId } from 'react';
import type { CharterSwimlanes as Swimlanes, TeamRef } from '../../domain/charterModel';
import type { Team } from '../../domain/workshopSchema';
import { teamInitials, teamSlot, teamStyle } from '../theme/teamColours';
import { describeSwimlanes } from './describeSwimlanes';
import { LANE_CHIP_TOP, layoutSwimlanes, printSwimlaneGroups, type PlacedText, type SwimlaneOptions } from './swimlaneLayout';

interface CharterSwimlanesProps {
  swimlanes: Swimlanes;
  teams: readonly Team[];
  /** One picture with this layout; by default the printed page's pictures, a group of stages each. */
  options?: SwimlaneOptions;
  /** The hand-offs listed under the picture (the review lists them on their own). */
  legend?: boolean;
}

/** Lines of user text at (x, y) within `width`, starting at the right edge when the text reads right to left. */
function Lines({ text, x, y, width, line, className, fontSize, indent = 0 }: { text: PlacedText; x: number; y: number; width: number; line: number; className?: string; fontSize?: number; indent?: number }) {
  const rtl = text.dir === 'rtl';
  // Right to left, the first line stops short of the disc at the left instead.
  const start = (index: number) => (rtl ? x + width : x + (index === 0 ? indent : 0));
  return (
    <text className={className} x={start(0)} y={y} direction={text.dir} textAnchor="start" style={fontSize ? { fontSize: `${fontSize}px` } : undefined}>
      {text.lines.map((content, index) => (
        <tspan key={index} x={start(index)} dy={index === 0 ? 0 : line}>
          {content}
        </tspan>
      ))}
    </text>
  );
}

export function CharterSwimlanes({ swimlanes, teams, options, legend = true }: CharterSwimlanesProps) {
  const { stages, handoffs } = swimlanes;
  if (stages.length === 0) return <p className="charter__empty">{swimlanes.empty}</p>;
  const pictures = options ? [options] : printSwimlaneGroups(swimlanes);
  return (
    <figure className={pictures.length > 1 ? 'charter-swimlanes charter-swimlanes--groups' : 'charter-swimlanes'}>
      {pictures.map((picture) => (
        <SwimlanePicture key={picture.stages?.[0] ?? 0} swimlanes={swimlanes} teams={teams} options={picture} />
      ))}
      {legend && handoffs.length > 0 && (
        <figcaption>
          <HandoffLegend handoffs={handoffs} />
        </figcaption>
      )}
    </figure>
  );
}

function SwimlanePicture({ swimlanes, teams, options }: { swimlanes: Swimlanes; teams: readonly Team[]; options: SwimlaneOptions }) {
  const id = useId();
  const { stages, lanes } = swimlanes;
  const layout = layoutSwimlanes(swimlanes, options);
  const { font, smallFont, line, padding, disc } = layout;
  const smallLine = smallFont * 1.3;
  const teamOf = (ref: TeamRef) => teams.find((t) => t.id === ref.id);
  const titleId = `${id}-title`;
  const title = describeSwimlanes({
    shownTeams: layout.lanes.map((lane) => lanes[lane.index]!.team.name),
    teamCount: lanes.length,
    shownStages: layout.stages.map((stage) => stage.number),
    stageCount: stages.length,
    markers: layout.arrows.length,
  });

  return (
    <svg className="charter-swimlanes__svg" viewBox={`0 0 ${layout.width} ${layout.height}`} role="img" aria-labelledby={titleId} style={{ fontSize: `${font}px` }} data-testid="charter-swimlanes">
      <title id={titleId}>{title}</title>
      <defs>
        <marker id={`${id}-arrow`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
          <path d="M0 0L10 5L0 10z" className="charter-swimlanes__arrowhead" />
        </marker>
      </defs>
      {layout.stages.map((stage) => (
        <g key={stage.index} className="charter-swimlanes__stage">
          <circle cx={stage.x + disc} cy={layout.nameY - font * 0.36} r={disc} className="charter-swimlanes__number-disc" />
          <text x={stage.x + disc} y={layout.nameY - font * 0.36 + layout.numberFont * 0.35} textAnchor="middle" className="charter-swimlanes__number" style={{ fontSize: `${layout.numberFont}px` }}>
            {stage.number}
          </text>
          <Lines
            text={stage.name}
            x={stage.x}
            y={layout.nameY}
            width={layout.columnWidth}
            line={line * (stage.nameFont / font)}
            className="charter-swimlanes__stage-name"
            fontSize={stage.nameFont === font ? undefined : stage.nameFont}
            indent={2 * disc + font * 0.3}
          />
          <Lines text={stage.lead} x={stage.x} y={layout.leadY} width={layout.columnWidth} line={smallLine} className="charter-swimlanes__lead" fontSize={smallFont} />
        </g>
      ))}
      {layout.lanes.map((lane) => {
        const ref = lanes[lane.index]!.team;
        const team = teamOf(ref);
        const top = lane.top;
        return (
          <g key={ref.id} style={team ? teamStyle(teamSlot(team, teams)) : undefined} className="charter-swimlanes__lane">
            <rect x={0} y={top} width={layout.width} height={lane.height} rx={6} className="charter-swimlanes__lane-band" />
            <rect x={6} y={top + LANE_CHIP_TOP} width={smallFont * 2.6} height={smallFont * 1.5} rx={3} className="charter-swimlanes__initial-chip" />
            <text x={6 + smallFont * 1.3} y={top + LANE_CHIP_TOP + smallFont * 1.08} textAnchor="middle" className="charter-swimlanes__initial" style={{ fontSize: `${smallFont}px` }}>
              {teamInitials(ref.name)}
            </text>
            <Lines text={lane.name} x={6} y={top + LANE_CHIP_TOP + smallFont * 1.5 + font} width={layout.stages.length > 0 ? layout.stages[0]!.x - 12 : 0} line={line} className="charter-swimlanes__team-name" />
            {lane.cells.map((cell, column) => {
              const x = cell.x;
              let cursor = top + lane.band + font;
              return (
                <g key={column}>
                  <rect x={x} y={top + 3} width={layout.columnWidth} height={lane.height - 6} rx={4} className="charter-swimlanes__cell" />
                  {cell.activities.map((activity, i) => {
                    const at = cursor;
                    cursor += activity.height;
                    return (
                      <g key={i}>
                        {activity.roles.length > 0 && (
                          <>
                            <rect x={x + padding} y={at - smallFont * 0.95} width={activity.chipWidth} height={smallFont * 1.25} rx={2} className="charter-swimlanes__role-chip" />
                            <text x={x + padding + activity.chipWidth / 2} y={at} textAnchor="middle" className="charter-swimlanes__role-letters" style={{ fontSize: `${smallFont}px` }}>
                              {activity.roles.join('')}
                            </text>
                          </>
                        )}
                        <ActivityName
                          text={activity.name}
                          x={x + padding}
                          y={at}
                          width={layout.columnWidth - 2 * padding}
                          indent={activity.chipWidth > 0 ? activity.chipWidth + font * 0.3 : 0}
                          line={line}
                          className={cell.counted ? 'charter-swimlanes__count' : 'charter-swimlanes__activity'}
                        />
                      </g>
                    );
                  })}
                  {cell.more > 0 && (
                    <text x={x + padding} y={cursor} className="charter-swimlanes__more" style={{ fontSize: `${smallFont}px` }}>
                      + {cell.more} more
                    </text>
                  )}
                </g>
              );
            })}
          </g>
        );
      })}
      {layout.arrows.map((arrow) => (
        <g key={arrow.id} className={`charter-swimlanes__handoff charter-swimlanes__handoff--${arrow.kind}`}>
          <path d={arrow.path} className="charter-swimlanes__arrow" markerEnd={`url(#${id}-arrow)`} style={{ strokeWidth: font * 0.145, strokeDasharray: arrow.kind === 'handback' ? `${font * 0.45} ${font * 0.28}` : undefined }} />
          <rect x={arrow.labelX - 2} y={arrow.labelY - smallFont * 0.95} width={arrow.labelWidth + 4} height={smallFont * 1.25 + (arrow.source ? smallLine : 0)} rx={2} className="charter-swimlanes__label-bg" />
          <text x={arrow.labelX} y={arrow.labelY} className="charter-swimlanes__label" style={{ fontSize: `${smallFont}px` }}>
            {arrow.label}
          </text>
          {arrow.source && (
            <text x={arrow.labelX} y={arrow.labelY + smallLine} className="charter-swimlanes__source" style={{ fontSize: `${smallFont}px` }}>
              {arrow.source}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}

/** The hand-offs in words, under the picture: the arrows' labels spelled out. */
export function HandoffLegend({ handoffs }: { handoffs: Swimlanes['handoffs'] }) {
  return (
    <ul className="charter-swimlanes__legend">
      {handoffs.map((h) => (
        <li key={h.id} dir="auto" className={`charter-swimlanes__legend-item charter-swimlanes__legend-item--${h.kind}`}>
          {h.description}
        </li>
      ))}
    </ul>
  );
}

function ActivityName({ text, x, y, width, indent, line, className }: { text: PlacedText; x: number; y: number; width: number; indent: number; line: number; className: string }) {
  const rtl = text.dir === 'rtl';
  // Right to left: the role chip stays at the left, the name starts at the right edge.
  const start = rtl ? x + width : x + indent;
  return (
    <text className={className} x={start} y={y} direction={text.dir}>
      {text.lines.map((content, index) => (
        <tspan key={index} x={index === 0 ? start : rtl ? x + width : x} dy={index === 0 ? 0 : line}>
          {content}
        </tspan>
      ))}
    </text>
  );
}
