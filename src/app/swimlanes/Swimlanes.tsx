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
import './swimlanes.css';

export interface SwimlanesProps {
  model: SwimlaneModel;
  teams: readonly Team[];
  variant: 'console' | 'projector' | 'print';
  /** Activities shown per cell before "+ N more". */
  maxPerCell?: number;
}

const roleName = (role: keyof typeof RACI_ROLE_LABELS) => RACI_ROLE_LABELS[role].toLowerCase();

export function Swimlanes({ model, teams, variant, maxPerCell = variant === 'projector' ? 4 : 8 }: SwimlanesProps) {
  const gridRef = useRef<HTMLDivElement>(null);
  const arrows = useHandoffGeometry(gridRef, model);
  const columns = model.stages.length;
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
      {/* Scrolls sideways on the console, so it takes the focus for arrow-key scrolling. */}
      <div className="swimlanes__scroller" {...(variant === 'console' ? { tabIndex: 0, role: 'region', 'aria-label': 'Swimlanes, scrolls sideways', 'data-owns-navigation-keys': '' } : {})}>
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
                <div role="columnheader" key={stage.stageId} className="swimlanes__stage" title={stage.name}>
                  <span className="swimlanes__stage-number" aria-hidden="true">
                    {index + 1}
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
          {arrows.map((arrow) => (
            <span
              key={arrow.id}
              className={`swimlanes__handoff-label swimlanes__handoff-label--${arrow.kind}`}
              style={{ left: `${arrow.labelX}px`, top: `${arrow.labelY}px` }}
              aria-hidden="true"
            >
              {arrow.kind === 'handback' ? '↩ ' : ''}
              {arrow.label}
            </span>
          ))}
        </div>
      </div>
      {model.handoffs.length > 0 && (
        <ul className="swimlanes__legend" aria-label="Hand-offs">
          {model.handoffs.map((h) => (
            <li key={h.handoffId} data-testid="swimlane-handoff">
              <span className={`swimlanes__legend-line swimlanes__legend-line--${h.kind}`} aria-hidden="true" />
              {describeHandoff(h, model, teamName)}
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
      <div role="cell" className="swimlanes__cell swimlanes__cell--summary" data-lane={teamId} data-stage-index={index}>
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
    <div role="cell" className="swimlanes__cell" data-lane={teamId} data-stage-index={index}>
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
      {more > 0 && <p className="swimlanes__more">+ {more} more</p>}
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

/** Measures the cells the hand-offs connect and draws an elbow between them, at the column gap. */
function useHandoffGeometry(gridRef: React.RefObject<HTMLDivElement | null>, model: SwimlaneModel): Arrow[] {
  const [arrows, setArrows] = useState<Arrow[]>([]);
  useLayoutEffect(() => {
    const grid = gridRef.current;
    if (!grid) return;
    const measure = () => {
      const origin = grid.getBoundingClientRect();
      // The picture may be scaled (FitBox on the projector): measure in its own, unscaled units.
      const scale = grid.offsetWidth > 0 ? origin.width / grid.offsetWidth : 1;
      const local = (viewport: number, start: number) => (viewport - start) / scale;
      const cell = (teamId: string, index: number) => grid.querySelector<HTMLElement>(`[data-lane="${CSS.escape(teamId)}"][data-stage-index="${index}"]`);
      const next: Arrow[] = [];
      // Several arrows at the same gap step apart so they never sit on top of each other.
      const perGap = new Map<string, number>();
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
        const gapKey = `${Math.round(Math.min(ax, bx))}-${Math.round(Math.max(ax, bx))}`;
        const slot = perGap.get(gapKey) ?? 0;
        perGap.set(gapKey, slot + 1);
        const mid = (ax + bx) / 2 + (slot === 0 ? -5 : 5 * slot);
        const yA = ay + slot * 10;
        const yB = by + slot * 10;
        next.push({
          id: h.handoffId,
          kind: h.kind,
          path: `M${ax} ${yA} H${mid} V${yB} H${bx}`,
          label: h.label,
          // At the sending lane's end, so a hand-off and its hand-back at the same gap never overlap.
          labelX: mid,
          labelY: yA,
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
  return a.length === b.length && a.every((x, i) => x.path === b[i]!.path && x.label === b[i]!.label && x.labelX === b[i]!.labelX);
}
