/**
 * Buying process: the customer's stages as a journey of numbered columns. The facilitator adds,
 * renames, reorders (drag or keyboard) and removes stages, and fills each stage's details in
 * the panel under the row. The selected stage is the room's focus (room.focus): the projector
 * turns to it, and Responsibilities opens on it.
 */
import { useCallback } from 'react';
import type { Stage } from '../../../domain/workshopSchema';
import { Icon } from '../../components/Icon';
import { useConfirmedRemoval } from '../../components/useConfirmedRemoval';
import { dispatchCommand } from '../../stores/sessionStore';
import { selectStages, useWorkshop } from '../../stores/workshopSelectors';
import { useFocusWhenAdded } from '../common/useFocusWhenAdded';
import { useRoomFocus } from '../common/useRoomFocus';
import type { PhaseViewProps } from '../phaseViews';
import { BuyingProcessEmpty } from './BuyingProcessEmpty';
import { StageBoard } from './StageBoard';
import { StageDetail } from './StageDetail';
import { blankStage } from './blankStage';
import './buyingProcess.css';


export function BuyingProcessPhase({ readOnly }: PhaseViewProps) {
  const stages = useWorkshop(selectStages);
  const [{ stageId: selectedId }, focus] = useRoomFocus(readOnly);
  const setSelectedId = useCallback((id: string | null) => focus({ stageId: id }), [focus]);
  /** A stage just added takes the focus in its name field as it arrives. */
  const { addThenFocus } = useFocusWhenAdded(stages, (id) => document.querySelector<HTMLInputElement>(`[data-stage-id="${CSS.escape(id)}"] input[name="stageName"]`));

  const selected = stages.find((s) => s.id === selectedId) ?? stages[0] ?? null;

  const addStage = useCallback(
    async (index?: number) => {
      const id = crypto.randomUUID();
      if (await addThenFocus(id, { type: 'addItem', collection: 'stages', item: blankStage(id), index })) setSelectedId(id);
    },
    [setSelectedId, addThenFocus],
  );

  const insertStage = useCallback((index: number) => void addStage(index), [addStage]);

  const { requestRemoval, removalDialog } = useConfirmedRemoval();
  const removeStage = useCallback(
    (stage: Stage) => {
      const index = stages.findIndex((s) => s.id === stage.id);
      requestRemoval('stages', stage.id, {
        onRemoved: () => setSelectedId((stages[index + 1] ?? stages[index - 1])?.id ?? null),
        onUndone: () => setSelectedId(stage.id),
      });
    },
    [stages, requestRemoval, setSelectedId],
  );

  const moveStage = useCallback((id: string, toIndex: number) => dispatchCommand({ type: 'moveItem', collection: 'stages', id, toIndex }), []);

  if (stages.length === 0) {
    return <BuyingProcessEmpty readOnly={readOnly} onAddStage={() => void addStage()} />;
  }

  return (
    <div className="bp">
      <div className="bp__toolbar">
        <p className="bp__count" data-testid="stage-count">
          {stages.length === 1 ? '1 stage' : `${stages.length} stages`}
          <span className="bp__hint"> · Drag a stage by its handle, or focus the handle and press Space, then the arrow keys.</span>
        </p>
        {!readOnly && (
          <button type="button" className="button" onClick={() => void addStage()}>
            <Icon name="plus" />
            Add stage
          </button>
        )}
      </div>
      <StageBoard
        stages={stages}
        selectedId={selected?.id ?? null}
        readOnly={readOnly}
        onSelect={setSelectedId}
        onInsert={insertStage}
        onMove={moveStage}
      />
      {selected && (
        <StageDetail
          key={selected.id}
          stage={selected}
          index={stages.indexOf(selected)}
          count={stages.length}
          readOnly={readOnly}
          onMove={(toIndex) => void moveStage(selected.id, toIndex)}
          onInsertAfter={() => void addStage(stages.indexOf(selected) + 1)}
          onRemove={() => removeStage(selected)}
        />
      )}
      {removalDialog}
    </div>
  );
}
