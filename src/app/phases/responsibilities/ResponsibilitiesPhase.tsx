/**
 * Responsibilities: per stage, its activities and the RACI roles of every team, a lead team
 * per stage, the live checks shown where each problem is, and the swimlane picture.
 * The matrix shows one stage at a time (a stage selector), so twenty stages with a thousand
 * activities stay quick. The stage and the Matrix/Swimlanes choice are the room's focus
 * (room.focus): the projector shows the same stage in the same view. A read-only workshop takes
 * no commands, so there the choice stays on this screen.
 */
import { useCallback, useEffect, useState } from 'react';
import { useRoomFocus } from '../common/useRoomFocus';
import type { ResponsibilityProblem } from '../../../domain/checkResponsibilities';
import { Swimlanes } from '../../swimlanes/Swimlanes';
import type { PhaseViewProps } from '../phaseViews';
import { CheckSummary } from './CheckSummary';
import { StageMatrix } from './StageMatrix';
import { revealAndFlash } from './revealAndFlash';
import { StagePicker } from './StagePicker';
import { selectResponsibilityReport, selectSwimlaneModel } from '../../stores/responsibilitySelectors';
import { selectActivities, selectStages, selectTeams, useWorkshop } from '../../stores/workshopSelectors';
import { useActivitiesByStage } from './useActivitiesByStage';
import './responsibilities.css';

const NO_ACTIVITIES: never[] = [];

export function ResponsibilitiesPhase({ readOnly }: PhaseViewProps) {
  const teams = useWorkshop(selectTeams);
  const stages = useWorkshop(selectStages);
  const activities = useWorkshop(selectActivities);
  const report = useWorkshop(selectResponsibilityReport);
  const byStage = useActivitiesByStage(activities);
  const [{ responsibilitiesView: view, stageId }, focus] = useRoomFocus(readOnly);
  /** A problem to bring into view once its stage is showing. */
  const [target, setTarget] = useState<ResponsibilityProblem | null>(null);

  const stage = stages.find((s) => s.id === stageId) ?? stages[0] ?? null;

  const jumpTo = useCallback(
    (problem: ResponsibilityProblem) => {
      focus({ responsibilitiesView: 'matrix', stageId: problem.stageId });
      setTarget(problem);
    },
    [focus],
  );
  const selectStage = useCallback((id: string) => focus({ stageId: id }), [focus]);

  // A stage's own problem shows its matrix; an activity's, its row (StageMatrix, once the row is rendered).
  useEffect(() => {
    if (!target || target.activityId || view !== 'matrix') return;
    const element = document.querySelector<HTMLElement>(`[data-testid="stage-matrix"][data-stage-id="${CSS.escape(target.stageId)}"]`);
    if (!element) return;
    revealAndFlash(element, element.querySelector<HTMLElement>('select'));
    setTarget(null);
  }, [target, view, stage]);
  const revealed = useCallback(() => setTarget(null), []);

  return (
    <div className="raci">
      <div className="raci__bar">
        <div className="raci-switch" role="group" aria-label="Show as">
          <button type="button" className="raci-switch__option" aria-pressed={view === 'matrix'} onClick={() => focus({ responsibilitiesView: 'matrix' })}>
            Matrix
          </button>
          <button type="button" className="raci-switch__option" aria-pressed={view === 'swimlanes'} onClick={() => focus({ responsibilitiesView: 'swimlanes' })}>
            Swimlanes
          </button>
        </div>
        <CheckSummary report={report} onJump={jumpTo} />
      </div>

      {stages.length === 0 ? (
        <div className="raci__empty">
          <p className="empty-state__title">No stages to assign yet</p>
          <p>Responsibilities hang off the stages of the buying process. Map the stages first in the Buying process phase, then come back to decide who does what at each one.</p>
        </div>
      ) : view === 'matrix' ? (
        <div className="raci__matrix-view">
          <StagePicker stages={stages} activitiesByStage={byStage} report={report} selectedId={stage?.id ?? null} onSelect={selectStage} />
          {stage && (
            <StageMatrix
              key={stage.id}
              stage={stage}
              index={stages.indexOf(stage)}
              stages={stages}
              teams={teams}
              activities={byStage.get(stage.id) ?? NO_ACTIVITIES}
              report={report}
              readOnly={readOnly}
              revealId={target?.activityId ?? null}
              onRevealed={revealed}
            />
          )}
        </div>
      ) : (
        <SwimlanePanel />
      )}
    </div>
  );
}

function SwimlanePanel() {
  const model = useWorkshop(selectSwimlaneModel);
  const teams = useWorkshop(selectTeams);
  return (
    <section className="panel raci__swimlanes" aria-label="Swimlanes">
      <Swimlanes model={model} teams={teams} variant="console" />
    </section>
  );
}
