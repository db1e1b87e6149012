/**
 * The stages as numbered columns in a horizontal row that reads like a journey. Reordering is
 * dnd-kit sortable: by pointer on the handle, or by keyboard (Space to pick up, arrows, Space
 * to drop), with screen-reader announcements in the room's words.
 */
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type ScreenReaderInstructions,
} from '@dnd-kit/core';
import { arrayMove, horizontalListSortingStrategy, SortableContext, sortableKeyboardCoordinates, useSortable } from '@dnd-kit/sortable';
import { CSS as DndCss } from '@dnd-kit/utilities';
import { memo, useMemo, useState } from 'react';
import type { Stage } from '../../../domain/workshopSchema';
import { Icon } from '../../components/Icon';
import { TextInput } from '../../components/TextInput';
import { dispatchCommand } from '../../stores/sessionStore';

interface StageBoardProps {
  stages: Stage[];
  selectedId: string | null;
  readOnly: boolean;
  onSelect: (id: string) => void;
  onInsert: (index: number) => void;
  onMove: (id: string, toIndex: number) => Promise<boolean>;
}

const INSTRUCTIONS: ScreenReaderInstructions = {
  draggable: 'To move this stage, press Space. Use the left and right arrow keys to choose its place, Space again to drop it there, or Escape to cancel.',
};

// Module constants: dnd-kit memoises sensors on these objects, and new sensors give every
// sortable card a new context, so a keystroke in one stage would re-render all of them.
const POINTER = { activationConstraint: { distance: 6 } };
const KEYBOARD = { coordinateGetter: sortableKeyboardCoordinates };

export function StageBoard({ stages, selectedId, readOnly, onSelect, onInsert, onMove }: StageBoardProps) {
  const sensors = useSensors(useSensor(PointerSensor, POINTER), useSensor(KeyboardSensor, KEYBOARD));
  // The order shown right after a drop, until the host's answer arrives (no snap back).
  const [pending, setPending] = useState<{ base: Stage[]; ids: string[] } | null>(null);
  // Stable while only a stage's text changes, so typing does not re-render every sortable card.
  const idKey = stages.map((s) => s.id).join('\n');
  const stageIds = useMemo(() => (idKey ? idKey.split('\n') : []), [idKey]);
  const ids = pending && pending.base === stages ? pending.ids : stageIds;
  const byId = useMemo(() => new Map(stages.map((s) => [s.id, s])), [stages]);
  const ordered = ids.map((id) => byId.get(id)!).filter(Boolean);

  const nameOf = (id: string | number) => byId.get(String(id))?.name || 'Untitled stage';
  const position = (id: string | number | undefined) => (id === undefined ? 0 : ids.indexOf(String(id)) + 1);
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${nameOf(active.id)}, stage ${position(active.id)} of ${ids.length}.`,
    onDragOver: ({ active, over }) => (over ? `${nameOf(active.id)} would become stage ${position(over.id)} of ${ids.length}.` : `${nameOf(active.id)} is outside the row.`),
    onDragEnd: ({ active, over }) => (over ? `${nameOf(active.id)} is now stage ${position(over.id)} of ${ids.length}.` : `${nameOf(active.id)} was dropped back in its place.`),
    onDragCancel: ({ active }) => `Moving ${nameOf(active.id)} was cancelled; it stays stage ${position(active.id)}.`,
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = ids.indexOf(String(active.id));
    const to = ids.indexOf(String(over.id));
    setPending({ base: stages, ids: arrayMove(ids, from, to) });
    void onMove(String(active.id), to).then((ok) => {
      if (!ok) setPending(null);
    });
  };

  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={{ announcements, screenReaderInstructions: INSTRUCTIONS }}>
      <SortableContext items={ids} strategy={horizontalListSortingStrategy} disabled={readOnly}>
        <ol className="bp-board" aria-label="Stages of the buying process" data-testid="stage-board">
          {ordered.map((stage, index) => (
            <StageCard
              key={stage.id}
              stage={stage}
              index={index}
              selected={stage.id === selectedId}
              readOnly={readOnly}
              onSelect={onSelect}
              onInsertBefore={index > 0 ? onInsert : undefined}
              previousName={index > 0 ? ordered[index - 1]!.name : ''}
            />
          ))}
          {!readOnly && (
            <li className="bp-board__end">
              <button type="button" className="bp-board__add" onClick={() => onInsert(stages.length)}>
                <Icon name="plus" />
                <span>Add stage</span>
              </button>
            </li>
          )}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

interface StageCardProps {
  stage: Stage;
  index: number;
  selected: boolean;
  readOnly: boolean;
  onSelect: (id: string) => void;
  onInsertBefore?: (index: number) => void;
  previousName: string;
}

const StageCard = memo(function StageCard({ stage, index, selected, readOnly, onSelect, onInsertBefore, previousName }: StageCardProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: stage.id, disabled: readOnly });
  const name = stage.name || 'Untitled stage';
  const style = { transform: DndCss.Translate.toString(transform), transition };
  return (
    <li
      ref={setNodeRef}
      style={style}
      className={`bp-card${selected ? ' is-selected' : ''}${isDragging ? ' is-dragging' : ''}`}
      data-stage-id={stage.id}
      data-testid="stage-card"
      onClick={() => onSelect(stage.id)}
      onFocus={() => onSelect(stage.id)}
    >
      {onInsertBefore && !readOnly && (
        <button
          type="button"
          className="bp-card__insert"
          aria-label={`Add a stage between ${previousName || 'the previous stage'} and ${name}`}
          title="Add a stage here"
          onClick={(event) => {
            event.stopPropagation();
            onInsertBefore(index);
          }}
        >
          <Icon name="plus" />
        </button>
      )}
      <div className="bp-card__top">
        <button
          type="button"
          ref={setActivatorNodeRef}
          className="bp-card__handle"
          {...attributes}
          {...listeners}
          aria-label={`Stage ${index + 1}: ${name}. Move`}
          aria-roledescription="sortable stage"
          title="Drag to reorder, or press Space and use the arrow keys"
        >
          <span className="bp-card__number">{index + 1}</span>
          <GripIcon />
        </button>
        {selected && <span className="bp-card__selected-mark">Selected</span>}
      </div>
      <TextInput
        className="input input--inline bp-card__name"
        name="stageName"
        aria-label={`Name of stage ${index + 1}`}
        placeholder="Name this stage"
        value={stage.name}
        maxLength={300}
        disabled={readOnly}
        onCommit={(value) => dispatchCommand({ type: 'updateItem', collection: 'stages', id: stage.id, patch: { name: value } })}
      />
      <p className={`bp-card__goal${stage.customerGoal ? '' : ' is-empty'}`} data-testid="stage-goal">
        {stage.customerGoal || 'What is the customer trying to do here?'}
      </p>
      <StageFill stage={stage} />
    </li>
  );
});

/** Five small marks: which of the stage's details are filled in, so gaps show at a glance. */
function StageFill({ stage }: { stage: Stage }) {
  const filled = [stage.customerGoal, stage.customerQuestions, stage.touchpoints, stage.exitCriterion, stage.measure].filter((v) => v.trim()).length;
  return (
    <p className="bp-card__fill">
      <span className="bp-card__dots" aria-hidden="true">
        {[0, 1, 2, 3, 4].map((i) => (
          <span key={i} className={i < filled ? 'is-on' : undefined} />
        ))}
      </span>
      {filled === 5 ? 'All details' : `${filled} of 5 details`}
    </p>
  );
}

function GripIcon() {
  return (
    <svg className="icon bp-card__grip" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {[6, 12, 18].map((y) => (
        <g key={y}>
          <circle cx="9" cy={y} r="1.6" />
          <circle cx="15" cy={y} r="1.6" />
        </g>
      ))}
    </svg>
  );
}
