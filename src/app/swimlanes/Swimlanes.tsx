/**
 * The swimlane picture: one lane per team, the stages as columns, each cell the team's
 * activities with role letters, and hand-off arrows drawn between columns across lanes.
 * Used by the Responsibilities phase, its projection, and later the charter.
 */
import { memo, useLayoutEffect, useRef, useState } from 'react';
import type { SwimlaneCell, SwimlaneHandoff, SwimlaneModel } from '../../domain/buildSwimlanes';
import { displayName } from '../../domain/displayNames';
import { RACI_ROLE_LABELS } from '../../domain/labels';
import type { Team } from '../../domain/workshopSchema';
import { teamInitials, teamSlot, teamStyle } from '../theme/teamColours';
import { useStageGroups } from './useStageGroups';
import './swimlanes.css';

export interface SwimlanesProps {
  model: SwimlaneModel;
  teams: readonly Team[];
  variant: 'console' | 'projector' | 'print';
  /** Activities shown per cell before "and N more". */
  maxPerCell?: number;
  /** The number of the first stage shown, less one, when the picture is a window of a longer process (the projector pages through stage groups). */
  stageOffset?: number;
  /** Hand-offs that leave the stages shown: listed in the legend, not drawn. */
  crossing?: readonly SwimlaneHandoff[];
}

const NONE: readonly SwimlaneHandoff[] = [];
/** Laid out (to be measured) but not seen, at the top left so it never stretches the picture. */
const HIDDEN_LABEL = { visibility: 'hidden', left: 0, top: 0 } as const;

/**
 * The grid's tracks: the team names, then for each stage the gap before it and its column. The
 * gaps are tracks of their own so that a gap carrying a hand-off label can be as wide as the
 * label without widening every other gap.
 */
const COLUMN_STYLES = new Map<number, { gridColumn: string }>();
function columnOf(stageIndex: number): { gridColumn: string } {
  let style = COLUMN_STYLES.get(stageIndex);
  if (!style) COLUMN_STYLES.set(stageIndex, (style = { gridColumn: String(2 * stageIndex + 3) }));
  return style;
}

/** Which gap track (0 = before the first stage) a hand-off's label sits in: the one beside the receiving cell, on the side the arrow comes from. */
const gapOf = (h: SwimlaneHandoff) => (h.toStageIndex >= h.fromStageIndex ? h.toStageIndex : h.toStageIndex + 1);

const roleName = (role: keyof typeof RACI_ROLE_LABELS) => RACI_ROLE_LABELS[role].toLowerCase();

export function Swimlanes({ model, teams, variant, maxPerCell = variant === 'projector' ? 4 : 8, stageOffset = 0, crossing = NONE }: SwimlanesProps) {
  const gridRef = useRef<HTMLDivElement>(null);
  const scrollerRef = useRef<HTMLDivElement>(null);
  const arrows = useHandoffGeometry(gridRef, model);
  const columns = model.stages.length;
  const groups = useStageGroups(scrollerRef, gridRef, columns, variant === 'console' && columns > 0);
  const paged = variant === 'console' && groups.perView < columns;
  const lastInView = Math.min(columns, groups.first + groups.perView);
  const teamName = (id: string) => teams.find((t) => t.id === id)?.name ?? id;
  const density = columns > 12 ? 'dense' : columns > 7 ? 'compact' : 'roomy';
  // Too many columns to read names from the back of the room: each cell says how much, not what.
  const summarise = variant !== 'console' && density === 'dense';

  if (columns === 0) {
    return (
      <div className={`swimlanes swimlanes--${variant}`} data-testid="swimlanes">
        <p className="swimlanes__empty">No stages yet: map the buying process first, and the lanes appear here.</p>
      </div>
    );
  }

  return (
    <div className={`swimlanes swimlanes--${variant} swimlanes--${density}`} data-testid="swimlanes">
      {paged && (
        <div className="swimlanes__pager">
          <button type="button" className="swimlanes__turn" onClick={() => groups.turn(-1)} disabled={groups.first === 0} aria-label="Previous stages">
            ‹
          </button>
          <p className="swimlanes__in-view" aria-live="polite" data-testid="swimlanes-in-view">
            Stages {groups.first + 1}–{lastInView} of {columns}
          </p>
          <button type="button" className="swimlanes__turn" onClick={() => groups.turn(1)} disabled={lastInView >= columns} aria-label="Next stages">
            ›
          </button>
        </div>
      )}
      {/* Scrolls sideways on the console, so it takes the focus for arrow-key scrolling. */}
      <div className="swimlanes__scroller" ref={scrollerRef} {...(variant === 'console' ? { tabIndex: 0, role: 'region', 'aria-label': 'Swimlanes, scrolls sideways', 'data-owns-navigation-keys': '' } : {})}>
        <div
          className="swimlanes__grid"
          ref={gridRef}
          role="table"
          aria-label="Swimlanes: activities per team and stage"
          style={{ '--swim-columns': String(columns) } as Record<string, string>}
        >
          <div role="rowgroup">
            <div role="row" className="swimlanes__row swimlanes__row--head">
              <div role="columnheader" className="swimlanes__corner">
                <span className="visually-hidden">Team</span>
              </div>
              {model.stages.map((stage, index) => (
                <div role="columnheader" key={stage.stageId} className="swimlanes__stage" title={stage.name} style={columnOf(index)}>
                  <span className="swimlanes__stage-number" aria-hidden="true">
                    {stageOffset + index + 1}
                  </span>
                  <span className="swimlanes__stage-name">{displayName(stage.name, 'stage')}</span>
                  <LeadLine lead={stage.lead} teamName={teamName} />
                </div>
              ))}
            </div>
          </div>
          <div role="rowgroup">
            {model.lanes.map((lane) => (
              <div role="row" key={lane.team.id} className="swimlanes__row" style={teamStyle(teamSlot(lane.team, teams))} data-testid="swimlane" data-team-id={lane.team.id}>
                <div role="rowheader" className="swimlanes__lane-head">
                  <span className="swimlanes__initial" aria-hidden="true">
                    {teamInitials(lane.team.name)}
                  </span>
                  <span className="swimlanes__team-name">{lane.team.name}</span>
                </div>
                {lane.cells.map((cell, index) => (
                  <LaneCell key={cell.stageId} cell={cell} index={index} teamId={lane.team.id} maxPerCell={maxPerCell} summarise={summarise} />
                ))}
              </div>
            ))}
          </div>
          {arrows.length > 0 && (
            <svg className="swimlanes__arrows" aria-hidden="true" focusable="false">
              <defs>
                <marker id="swim-arrow" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                  <path d="M0 0L10 5L0 10z" className="swimlanes__arrowhead" />
                </marker>
              </defs>
              {arrows.map((arrow) => (
                <path key={arrow.id} d={arrow.path} className={`swimlanes__arrow swimlanes__arrow--${arrow.kind}`} markerEnd="url(#swim-arrow)" />
              ))}
            </svg>
          )}
          {/* Every label is laid out before the arrows are measured: the column gap takes the widest. */}
          {model.handoffs.map((h) => {
            const arrow = arrows.find((a) => a.id === h.handoffId);
            return (
              <span
                key={h.handoffId}
                className={`swimlanes__handoff-label swimlanes__handoff-label--${h.kind}`}
                data-gap={gapOf(h)}
                style={arrow ? { left: `${arrow.labelX}px`, top: `${arrow.labelY}px` } : HIDDEN_LABEL}
                aria-hidden="true"
              >
                {h.kind === 'handback' ? '↩ ' : ''}
                {h.label}
              </span>
            );
          })}
        </div>
      </div>
      {model.handoffs.length + crossing.length > 0 && (
        <ul className="swimlanes__legend" aria-label="Hand-offs">
          {model.handoffs.map((h) => (
            <li key={h.handoffId} data-testid="swimlane-handoff">
              <span className={`swimlanes__legend-line swimlanes__legend-line--${h.kind}`} aria-hidden="true" />
              {variant === 'projector' ? describeByNumber(h, stageOffset, teamName) : describeHandoff(h, model, teamName)}
            </li>
          ))}
          {crossing.map((h) => (
            <li key={h.handoffId} data-testid="swimlane-handoff">
              <span className={`swimlanes__legend-line swimlanes__legend-line--${h.kind} swimlanes__legend-line--elsewhere`} aria-hidden="true" />
              {describeByNumber(h, 0, teamName)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function describeHandoff(h: SwimlaneHandoff, model: SwimlaneModel, teamName: (id: string) => string): string {
  const from = displayName(model.stages[h.fromStageIndex]?.name ?? '', 'stage');
  const to = displayName(model.stages[h.toStageIndex]?.name ?? '', 'stage');
  const word = h.kind === 'handback' ? 'Hand-back' : 'Hand-off';
  return `${word} ${h.label}: ${teamName(h.fromTeamId)} (${from}) → ${teamName(h.toTeamId)} (${to})`;
}

/** Short enough for the wall: the stage names are in the columns above. */
function describeByNumber(h: SwimlaneHandoff, stageOffset: number, teamName: (id: string) => string): string {
  const word = h.kind === 'handback' ? 'Hand-back' : 'Hand-off';
  return `${word} ${h.label}: ${teamName(h.fromTeamId)} (stage ${stageOffset + h.fromStageIndex + 1}) → ${teamName(h.toTeamId)} (stage ${stageOffset + h.toStageIndex + 1})`;
}

function LeadLine({ lead, teamName }: { lead: SwimlaneModel['stages'][number]['lead']; teamName: (id: string) => string }) {
  switch (lead.kind) {
    case 'team':
      return <span className="swimlanes__lead">Lead: {teamName(lead.teamId)}</span>;
    case 'shared':
      return <span className="swimlanes__lead">Lead: shared</span>;
    case 'contested':
      return <span className="swimlanes__lead swimlanes__lead--contested">⚠ Claimed by {lead.teamIds.map(teamName).join(' and ')}</span>;
    case 'none':
      return <span className="swimlanes__lead swimlanes__lead--none">No lead yet</span>;
  }
}

interface LaneCellProps {
  cell: SwimlaneCell;
  index: number;
  teamId: string;
  maxPerCell: number;
  summarise: boolean;
}

const LaneCell = memo(function LaneCell({ cell, index, teamId, maxPerCell, summarise }: LaneCellProps) {
  if (summarise) {
    const roles = (['R', 'A', 'C', 'I'] as const).filter((role) => cell.activities.some((a) => a.roles.includes(role)));
    return (
      <div role="cell" className="swimlanes__cell swimlanes__cell--summary" data-lane={teamId} data-stage-index={index} style={columnOf(index)}>
        {cell.activities.length > 0 && (
          <>
            <span className="swimlanes__count">{cell.activities.length}</span>
            <span className="swimlanes__roles">
              {roles.map((role) => (
                <abbr key={role} className={`swimlanes__role swimlanes__role--${role}`} title={roleName(role)}>
                  {role}
                </abbr>
              ))}
            </span>
          </>
        )}
      </div>
    );
  }
  const shown = cell.activities.slice(0, maxPerCell);
  const more = cell.activities.length - shown.length;
  return (
    <div role="cell" className="swimlanes__cell" data-lane={teamId} data-stage-index={index} style={columnOf(index)}>
      {shown.length > 0 && (
        <ul className="swimlanes__activities">
          {shown.map((activity) => (
            <li key={activity.activityId} className="swimlanes__activity" data-testid="swimlane-activity">
              <span className="swimlanes__activity-name">{displayName(activity.name, 'activity')}</span>
              <span className="swimlanes__roles">
                {activity.roles.map((role) => (
                  <abbr key={role} className={`swimlanes__role swimlanes__role--${role}`} title={roleName(role)}>
                    {role}
                  </abbr>
                ))}
                <span className="visually-hidden">({activity.roles.map((r) => roleName(r)).join(', ')})</span>
              </span>
            </li>
          ))}
        </ul>
      )}
      {more > 0 && <p className="swimlanes__more">and {more} more</p>}
    </div>
  );
});

interface Arrow {
  id: string;
  kind: 'handoff' | 'handback';
  path: string;
  label: string;
  labelX: number;
  labelY: number;
}

/**
 * Measures the cells the hand-offs connect and draws an elbow between them: across to the column
 * gap before the receiving cell, along the gap, into the cell. The label sits on the part that
 * runs along the gap, and the gap is widened to the widest label, so a label never covers a card.
 */
function useHandoffGeometry(gridRef: React.RefObject<HTMLDivElement | null>, model: SwimlaneModel): Arrow[] {
  const [arrows, setArrows] = useState<Arrow[]>([]);
  useLayoutEffect(() => {
    const grid = gridRef.current;
    if (!grid) return;
    const measure = () => {
      // Each gap with labels is as wide as its widest label; the others keep the usual gap.
      const widest = new Map<number, number>();
      let labelHeight = 0;
      for (const label of grid.querySelectorAll<HTMLElement>('.swimlanes__handoff-label')) {
        const gap = Number(label.dataset.gap);
        widest.set(gap, Math.max(widest.get(gap) ?? 0, label.offsetWidth));
        labelHeight = Math.max(labelHeight, label.offsetHeight);
      }
      const tracks = model.stages.map((_, i) => (widest.has(i) ? `max(var(--swim-gap), ${Math.ceil(widest.get(i)! + 12)}px) var(--swim-col)` : 'var(--swim-gap) var(--swim-col)'));
      const template = widest.size > 0 ? `var(--swim-head) ${tracks.join(' ')}` : '';
      if (grid.style.gridTemplateColumns !== template) grid.style.gridTemplateColumns = template;
      const origin = grid.getBoundingClientRect();
      // The picture may be scaled (FitBox): measure in its own, unscaled units.
      const scale = grid.offsetWidth > 0 ? origin.width / grid.offsetWidth : 1;
      const local = (viewport: number, start: number) => (viewport - start) / scale;
      const cell = (teamId: string, index: number) => grid.querySelector<HTMLElement>(`[data-lane="${CSS.escape(teamId)}"][data-stage-index="${index}"]`);
      const next: Arrow[] = [];
      // Several arrows in the same gap step apart so they, and their labels, never sit on top of each other.
      const perGap = new Map<number, number>();
      for (const h of model.handoffs) {
        const a = cell(h.fromTeamId, h.fromStageIndex);
        const b = cell(h.toTeamId, h.toStageIndex);
        if (!a || !b) continue;
        const ra = a.getBoundingClientRect();
        const rb = b.getBoundingClientRect();
        const forward = h.toStageIndex >= h.fromStageIndex;
        const ax = local(forward ? ra.right : ra.left, origin.left);
        const bx = local(forward ? rb.left : rb.right, origin.left);
        const ay = local(ra.top + Math.min(ra.height / 2, 40 * scale), origin.top);
        const by = local(rb.top + Math.min(rb.height / 2, 40 * scale), origin.top);
        const gap = gapOf(h);
        const slot = perGap.get(gap) ?? 0;
        perGap.set(gap, slot + 1);
        // The middle of the gap: between the receiving cell and its neighbour on the arrow's side.
        const neighbour = cell(h.toTeamId, forward ? h.toStageIndex - 1 : h.toStageIndex + 1)?.getBoundingClientRect();
        const gapMiddle = neighbour ? (bx + local(forward ? neighbour.right : neighbour.left, origin.left)) / 2 : bx - 16;
        const along = gapMiddle + (slot === 0 ? 0 : slot % 2 ? 6 : -6);
        const yA = ay + slot * 10;
        const yB = by + slot * 10;
        next.push({
          id: h.handoffId,
          kind: h.kind,
          path: `M${ax} ${yA} H${along} V${yB} H${bx}`,
          label: h.label,
          labelX: along,
          // Halfway along the gap; a second label in the same gap one label lower.
          labelY: (yA + yB) / 2 + slot * (labelHeight + 4),
        });
      }
      setArrows((previous) => (sameArrows(previous, next) ? previous : next));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(grid);
    return () => observer.disconnect();
  }, [gridRef, model]);
  return arrows;
}

function sameArrows(a: Arrow[], b: Arrow[]): boolean {
  return a.length === b.length && a.every((x, i) => x.path === b[i]!.path && x.label === b[i]!.label && x.labelX === b[i]!.labelX && x.labelY === b[i]!.labelY);
}
