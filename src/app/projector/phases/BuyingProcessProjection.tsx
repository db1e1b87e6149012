/**
 * The room sees the journey: numbered stage columns, each with what the customer is trying to
 * do. Up to two rows of stages at a time (fewer columns on a narrow projector, so names never
 * break inside a word); a longer process pages by stage groups of equal length, and the page
 * follows the facilitator: selecting or editing a stage on the console turns the wall to it.
 */
import { selectActivities, selectStages, useWorkshop } from '../../stores/workshopSelectors';
import { displayName } from '../../../domain/displayNames';
import { FitBox } from '../../swimlanes/FitBox';
import { useFocusedStage } from './useFocusedStage';
import { useWindowSize } from './useWindowSize';
import '../../phases/buyingProcess/buyingProcessProjection.css';

const ROWS_PER_PAGE = 2;

export function BuyingProcessProjection() {
  const stages = useWorkshop(selectStages);
  const activities = useWorkshop(selectActivities);
  const { width } = useWindowSize();
  const followedStageId = useFocusedStage(stages, activities);

  if (stages.length === 0) {
    return <p className="pj-bp__empty">No stages yet. We start with the first step a customer takes, in their words.</p>;
  }
  const mostPerRow = Math.max(2, Math.min(7, Math.floor(width / 300)));
  const pageCount = Math.ceil(stages.length / (mostPerRow * ROWS_PER_PAGE));
  // Pages and rows of equal length: twenty stages read as two pages of ten, in rows of five.
  const pageSize = Math.ceil(stages.length / pageCount);
  const rows = Math.ceil(pageSize / mostPerRow);
  const perRow = Math.ceil(pageSize / rows);
  const followedIndex = stages.findIndex((s) => s.id === followedStageId);
  const page = followedIndex < 0 ? 0 : Math.min(pageCount - 1, Math.floor(followedIndex / pageSize));
  const start = page * pageSize;
  const shown = stages.slice(start, start + pageSize);
  const density = rows > 1 ? 'compact' : 'roomy';
  return (
    <div className="pj-bp-page" data-page={page} data-pages={pageCount}>
      {pageCount > 1 && (
        <p className="pj-bp__page" data-testid="projector-stage-page">
          Stages {start + 1}–{start + shown.length} of {stages.length}
        </p>
      )}
      <FitBox className="pj-bp">
        <ol className={`pj-bp__stages pj-bp__stages--${density}`} style={{ '--pj-bp-columns': String(perRow) } as Record<string, string>} data-testid="buying-process-projection">
          {shown.map((stage, index) => (
            <li key={stage.id} className="pj-bp__stage" data-testid="projector-stage">
              <span className="pj-bp__number" aria-hidden="true">
                {start + index + 1}
              </span>
              <span className="visually-hidden">Stage {start + index + 1}: </span>
              <h2 className="pj-bp__name">{displayName(stage.name, 'stage')}</h2>
              {stage.customerGoal && <p className="pj-bp__goal">{stage.customerGoal}</p>}
            </li>
          ))}
        </ol>
      </FitBox>
    </div>
  );
}
