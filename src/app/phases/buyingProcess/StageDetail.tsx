/** Everything about one stage, under the row: quick to fill while the room talks. */
import { useId } from 'react';
import type { Stage } from '../../../domain/workshopSchema';
import { Icon } from '../../components/Icon';
import { TextArea } from '../../components/TextArea';
import { TextInput } from '../../components/TextInput';
import { dispatchCommand } from '../../stores/sessionStore';

type DetailField = 'customerGoal' | 'customerQuestions' | 'touchpoints' | 'exitCriterion' | 'measure';

const FIELDS: { key: DetailField; label: string; hint: string; placeholder: string }[] = [
  { key: 'customerGoal', label: 'Customer goal', hint: 'What the customer is trying to do in this stage.', placeholder: 'e.g. Understand whether this problem is worth solving now' },
  { key: 'customerQuestions', label: 'Customer questions', hint: 'What they ask themselves, and us.', placeholder: 'e.g. What does it cost us to wait? Who else has solved this?' },
  { key: 'touchpoints', label: 'Touchpoints & channels', hint: 'Where they meet us.', placeholder: 'e.g. Webinars, comparison guides, first call with an SDR' },
  { key: 'exitCriterion', label: 'Exit criterion', hint: 'The signal that they are ready for the next stage.', placeholder: 'e.g. Asks for a demo with their own data' },
  { key: 'measure', label: 'How it is measured', hint: 'The number that shows this stage works.', placeholder: 'e.g. Demo requests per month; stage conversion rate' },
];

interface StageDetailProps {
  stage: Stage;
  index: number;
  count: number;
  readOnly: boolean;
  onMove: (toIndex: number) => void;
  onInsertAfter: () => void;
  onRemove: () => void;
}

export function StageDetail({ stage, index, count, readOnly, onMove, onInsertAfter, onRemove }: StageDetailProps) {
  const update = (patch: Partial<Omit<Stage, 'id'>>) => dispatchCommand({ type: 'updateItem', collection: 'stages', id: stage.id, patch });
  const name = stage.name || 'Untitled stage';
  const uid = useId();
  return (
    <section className="panel bp-detail" aria-labelledby="bp-detail-title" data-testid="stage-detail" data-stage-id={stage.id}>
      <div className="bp-detail__head">
        <div className="bp-detail__title-wrap">
          <span className="bp-detail__number" aria-hidden="true">
            {index + 1}
          </span>
          <h3 id="bp-detail-title" className="visually-hidden">
            Stage {index + 1} of {count}: {name}
          </h3>
          <label className="bp-detail__name">
            <span className="visually-hidden">Stage name</span>
            <TextInput
              className="input input--inline bp-detail__name-input"
              name="detailName"
              placeholder="Name this stage"
              value={stage.name}
              maxLength={300}
              disabled={readOnly}
              onCommit={(value) => update({ name: value })}
            />
          </label>
        </div>
        {!readOnly && (
          <div className="bp-detail__actions" role="group" aria-label={`Arrange ${name}`}>
            <button type="button" className="button button--quiet button--small" disabled={index === 0} onClick={() => onMove(index - 1)}>
              <Icon name="back" />
              Move left
            </button>
            <button type="button" className="button button--quiet button--small" disabled={index === count - 1} onClick={() => onMove(index + 1)}>
              Move right
              <Icon name="next" />
            </button>
            <button type="button" className="button button--quiet button--small" onClick={onInsertAfter}>
              <Icon name="plus" />
              Add stage after
            </button>
            {/* After a removal, focus moves to the Delete button of the stage shown next. */}
            <button type="button" className="button button--quiet button--small bp-detail__delete" data-removal-focus="stages" onClick={onRemove}>
              <Icon name="trash" />
              Delete stage
            </button>
          </div>
        )}
      </div>
      <div className="bp-detail__fields">
        {FIELDS.map((field) => (
          <div key={field.key} className={`field bp-detail__field bp-detail__field--${field.key}`}>
            <label className="field__label" htmlFor={`${uid}-${field.key}`}>
              {field.label}
            </label>
            <span className="field__hint" id={`${uid}-${field.key}-hint`}>
              {field.hint}
            </span>
            <TextArea
              id={`${uid}-${field.key}`}
              aria-describedby={`${uid}-${field.key}-hint`}
              name={field.key}
              value={stage[field.key]}
              placeholder={field.placeholder}
              rows={3}
              maxLength={10_000}
              disabled={readOnly}
              onCommit={(value) => update({ [field.key]: value })}
            />
          </div>
        ))}
      </div>
    </section>
  );
}
