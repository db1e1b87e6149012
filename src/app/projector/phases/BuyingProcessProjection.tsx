/** The room sees the journey: numbered stage columns, each with what the customer is trying to do. */
import { selectStages, useWorkshop } from '../../stores/workshopSelectors';
import { displayName } from '../../../domain/displayNames';
import { useEffect, useState } from 'react';
import { FitBox } from '../../swimlanes/FitBox';
import '../../phases/buyingProcess/buyingProcessProjection.css';

export function BuyingProcessProjection() {
  const stages = useWorkshop(selectStages);
  const width = useWindowWidth();
  if (stages.length === 0) {
    return <p className="pj-bp__empty">No stages yet. We start with the first step a customer takes, in their words.</p>;
  }
  // Up to seven stages read as one row (fewer on a narrow projector, so names never break
  // inside a word); more wrap into rows of equal length, and only the names show.
  const rows = Math.ceil(stages.length / Math.max(2, Math.min(7, Math.floor(width / 300))));
  const perRow = Math.ceil(stages.length / rows);
  const density = stages.length > 10 ? 'dense' : stages.length > 7 ? 'compact' : 'roomy';
  return (
    <FitBox className="pj-bp">
      <ol className={`pj-bp__stages pj-bp__stages--${density}`} style={{ '--pj-bp-columns': String(perRow) } as Record<string, string>} data-testid="buying-process-projection">
        {stages.map((stage, index) => (
          <li key={stage.id} className="pj-bp__stage" data-testid="projector-stage">
            <span className="pj-bp__number" aria-hidden="true">
              {index + 1}
            </span>
            <span className="visually-hidden">Stage {index + 1}: </span>
            <h2 className="pj-bp__name">{displayName(stage.name, 'stage')}</h2>
            {density !== 'dense' && stage.customerGoal && <p className="pj-bp__goal">{stage.customerGoal}</p>}
          </li>
        ))}
      </ol>
    </FitBox>
  );
}

/** The window's width, following resizes (the projector window is moved and made full screen after it opens). */
function useWindowWidth(): number {
  const [width, setWidth] = useState(() => window.innerWidth);
  useEffect(() => {
    const update = () => setWidth(window.innerWidth);
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, []);
  return width;
}
