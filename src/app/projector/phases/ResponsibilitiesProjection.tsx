/**
 * The room reads what the facilitator is discussing (room.focus): the focused stage's RACI
 * matrix when the console shows the matrix, or the swimlanes a few stages at a time when it
 * shows the swimlanes. The stage follows the console: the one selected there, or the one whose
 * activities, roles or lead changed last, whichever is later.
 *
 * The swimlanes: as many stage columns as fit at the room's type size (at most five), in pages
 * of equal length, on the page of the followed stage. Each cell shows as many activities as fit,
 * then says how many more. When even one activity per cell does not fit (a smaller projector
 * with many teams), the page holds fewer stages before the type gets any smaller.
 */
import { selectResponsibilityReport, selectSwimlaneModel } from '../../stores/responsibilitySelectors';
import { selectActivities, selectRoomFocus, selectStages, selectTeams, useWorkshop } from '../../stores/workshopSelectors';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { summarizeChecks } from '../../../domain/summarizeChecks';
import { Swimlanes } from '../../swimlanes/Swimlanes';
import { sliceSwimlanes } from '../../swimlanes/sliceSwimlanes';
import { StageMatrixProjection } from './StageMatrixProjection';
import { useFocusedStage } from './useFocusedStage';
import { useLargestThatFits } from './useLargestThatFits';
import { useWindowSize } from './useWindowSize';
import '../../phases/responsibilities/responsibilitiesProjection.css';

/** More columns than this stop reading as a group the room can take in at once. */
const MAX_STAGES_PER_PAGE = 5;
/** The most activities a cell lists before "and N more", when the lanes have the height. */
const MAX_PER_CELL = 4;
/** The fewest stage columns a page steps down to before the type shrinks. */
const FEWEST_STAGES_PER_PAGE = 2;
const NO_ACTIVITIES: never[] = [];

export function ResponsibilitiesProjection() {
  const teams = useWorkshop(selectTeams);
  const stages = useWorkshop(selectStages);
  const activities = useWorkshop(selectActivities);
  const model = useWorkshop(selectSwimlaneModel);
  const report = useWorkshop(selectResponsibilityReport);
  const summary = useMemo(() => summarizeChecks(report), [report]);
  const { total } = summary;
  const size = useWindowSize();
  const { responsibilitiesView } = useWorkshop(selectRoomFocus);
  const focusedStageId = useFocusedStage(stages, activities);
  const focusedIndex = stages.findIndex((s) => s.id === focusedStageId);

  // Columns taken off the page because one activity per cell did not fit; measured afresh for new content or another window size.
  const [fewer, setFewer] = useState(0);
  useLayoutEffect(() => setFewer(0), [model, size.width, size.height]);
  const widest = Math.min(MAX_STAGES_PER_PAGE, columnsThatFit(size.width, size.height));
  const perPage = Math.max(Math.min(widest, FEWEST_STAGES_PER_PAGE), widest - fewer);
  const pageCount = Math.max(1, Math.ceil(stages.length / perPage));
  // Pages of equal length: seven stages read as four and three, not five and two.
  const pageSize = Math.max(1, Math.ceil(stages.length / pageCount));
  const page = Math.min(pageCount - 1, focusedIndex < 0 ? 0 : Math.floor(focusedIndex / pageSize));
  const start = page * pageSize;
  const shown = useMemo(() => sliceSwimlanes(model, start, pageSize), [model, start, pageSize]);
  const lanesRef = useRef<HTMLDivElement>(null);
  const fit = useLargestThatFits(lanesRef, MAX_PER_CELL, [shown, size.width, size.height, responsibilitiesView]);
  const mustShrink = fit.shrink < 1 && perPage > FEWEST_STAGES_PER_PAGE && responsibilitiesView === 'swimlanes';
  useLayoutEffect(() => {
    if (mustShrink) setFewer((n) => n + 1);
  }, [mustShrink]);
  const matrixStage = stages[Math.max(0, focusedIndex)];
  const matrixActivities = useMemo(() => (matrixStage ? activities.filter((a) => a.stageId === matrixStage.id) : NO_ACTIVITIES), [activities, matrixStage]);

  if (stages.length === 0) return <p className="pj-raci__empty">The buying process has no stages yet: map them first, then decide who does what at each one.</p>;
  const end = Math.min(stages.length, start + pageSize);
  const showMatrix = responsibilitiesView === 'matrix' && matrixStage !== undefined;

  return (
    <div className="pj-raci" data-testid="responsibilities-projection" data-view={showMatrix ? 'matrix' : 'swimlanes'} data-stage-id={focusedStageId ?? undefined} data-page={page} data-pages={pageCount}>
      <div className="pj-raci__top">
        <div className={`pj-raci__checks${total === 0 ? ' is-clear' : ''}`} data-testid="projector-checks">
          {total === 0 ? (
            <p className="pj-raci__clear">✓ All checks pass: one accountable team per activity, someone responsible, one lead per stage.</p>
          ) : (
            <ul className="pj-raci__kinds">
              {summary.kinds.map(({ kind, count, noun, serious }) => (
                <li key={kind} className={`pj-raci__kind${serious ? ' is-serious' : ''}`}>
                  <span className="pj-raci__icon" aria-hidden="true">
                    ⚠
                  </span>
                  <span className="pj-raci__count">{count}</span> {noun}
                </li>
              ))}
            </ul>
          )}
        </div>
        {!showMatrix && pageCount > 1 && (
          <p className="pj-raci__page" data-testid="projector-stage-page">
            {start + 1 === end ? `Stage ${end}` : `Stages ${start + 1}–${end}`} of {stages.length}
            <span className="pj-raci__dots" aria-hidden="true">
              {Array.from({ length: pageCount }, (_, i) => (
                <span key={i} className={i === page ? 'is-current' : undefined} />
              ))}
            </span>
          </p>
        )}
      </div>
      {showMatrix ? (
        <StageMatrixProjection key={matrixStage.id} stage={matrixStage} index={stages.indexOf(matrixStage)} stageCount={stages.length} teams={teams} activities={matrixActivities} />
      ) : (
        <div className="pj-raci__lanes" ref={lanesRef} style={fit.shrink < 1 && !mustShrink ? ({ '--swim-shrink': String(fit.shrink) } as Record<string, string>) : undefined}>
          <Swimlanes model={shown.model} crossing={shown.crossing} stageOffset={start} teams={teams} variant="projector" maxPerCell={fit.count} />
        </div>
      )}
    </div>
  );
}

/** Stage columns at least ten characters of the lanes' type wide beside the team names, so names wrap between words. */
function columnsThatFit(width: number, height: number): number {
  const body = height * 0.026;
  const content = width * 0.92;
  const head = Math.max(200, width * 0.125);
  const gap = Math.max(32, width * 0.026);
  return Math.max(1, Math.floor((content - head) / (body * 10 + gap)));
}
