/** The room sees the swimlanes with their hand-offs, and how many problems the checks still find. */
import { selectResponsibilityReport, selectSwimlaneModel } from '../../stores/responsibilitySelectors';
import { selectStages, selectTeams, useWorkshop } from '../../stores/workshopSelectors';
import { useMemo } from 'react';
import { summarizeChecks } from '../../../domain/summarizeChecks';
import { FitBox } from '../../swimlanes/FitBox';
import { Swimlanes } from '../../swimlanes/Swimlanes';
import '../../phases/responsibilities/responsibilitiesProjection.css';

export function ResponsibilitiesProjection() {
  const teams = useWorkshop(selectTeams);
  const stages = useWorkshop(selectStages);
  const model = useWorkshop(selectSwimlaneModel);
  const report = useWorkshop(selectResponsibilityReport);
  const summary = useMemo(() => summarizeChecks(report), [report]);
  const { total } = summary;

  if (stages.length === 0) return <p className="pj-raci__empty">The buying process has no stages yet: map them first, then decide who does what at each one.</p>;

  return (
    <div className="pj-raci" data-testid="responsibilities-projection">
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
      <FitBox className="pj-raci__lanes">
        <Swimlanes model={model} teams={teams} variant="projector" maxPerCell={stages.length > 7 ? 2 : 3} />
      </FitBox>
    </div>
  );
}
