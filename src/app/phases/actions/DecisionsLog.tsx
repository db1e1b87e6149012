/** What the room decided, how (agreement, dot vote, fist of five), with the result and any dissent on record. */
import { countNoun } from '../../../domain/countNoun';
import { NOUNS } from '../../../domain/labels';
import { memo, useCallback } from 'react';
import type { Decision } from '../../../domain/workshopSchema';
import { Icon } from '../../components/Icon';
import { TextArea } from '../../components/TextArea';
import { TextInput } from '../../components/TextInput';
import { dispatchCommand, dispatchIntent, undo } from '../../stores/sessionStore';
import { showToast } from '../../stores/toastStore';
import { DECISION_METHOD_LABELS, DECISION_METHODS } from '../../../domain/labels';
import { useOnNewItem } from '../common/useOnNewItem';
import { formatMoment } from './format';
import { selectDecisions, useWorkshop } from '../../stores/workshopSelectors';

export function DecisionsLog({ readOnly }: { readOnly: boolean }) {
  const decisions = useWorkshop(selectDecisions);

  const awaitDecision = useOnNewItem(decisions, (added) =>
    requestAnimationFrame(() => document.querySelector<HTMLTextAreaElement>(`[data-decision-id="${CSS.escape(added.id)}"] textarea[name="text"]`)?.focus()),
  );
  const add = async () => {
    awaitDecision(await dispatchIntent({ type: 'addDecision', text: '', method: 'agreement', result: 'Agreed', dissent: '' }));
  };

  const remove = useCallback(async (decision: Decision) => {
    if (await dispatchCommand({ type: 'removeItem', collection: 'decisions', id: decision.id })) {
      showToast({ kind: 'info', message: 'Removed the decision.', action: { label: 'Undo', run: () => void undo() } });
    }
  }, []);

  return (
    <section className="panel" aria-labelledby="decisions-title" data-testid="decisions-panel">
      <div className="panel__head">
        <div>
          <h3 id="decisions-title" className="panel__title">
            Decisions
          </h3>
          <p className="panel__subtitle" data-testid="decision-count">
            {decisions.length === 0 ? 'None recorded yet' : `${countNoun(decisions.length, NOUNS.decision)} on record`}
          </p>
        </div>
      </div>
      {decisions.length === 0 ? (
        <p className="actions-empty actions-empty--small">Closing a vote records its result here. Add a decision by hand when the room simply agrees.</p>
      ) : (
        <ol className="decision-list" data-testid="decision-list">
          {decisions.map((decision, index) => (
            <DecisionCard key={decision.id} decision={decision} index={index} readOnly={readOnly} onRemove={remove} />
          ))}
        </ol>
      )}
      {!readOnly && (
        <button type="button" className="button actions__add" onClick={() => void add()}>
          <Icon name="plus" />
          Add decision
        </button>
      )}
    </section>
  );
}

interface CardProps {
  decision: Decision;
  index: number;
  readOnly: boolean;
  onRemove: (decision: Decision) => void;
}

const DecisionCard = memo(function DecisionCard({ decision, index, readOnly, onRemove }: CardProps) {
  const update = (patch: Partial<Omit<Decision, 'id'>>) => dispatchCommand({ type: 'updateItem', collection: 'decisions', id: decision.id, patch });
  const n = index + 1;
  return (
    <li className="decision-card" data-decision-id={decision.id} data-testid="decision" data-method={decision.method}>
      <div className="decision-card__top">
        <span className="decision-card__number" aria-hidden="true">
          {n}
        </span>
        <TextArea
          className="input input--inline input--multiline decision-card__text"
          name="text"
          rows={1}
          aria-label={`Decision ${n}`}
          placeholder="What was decided"
          value={decision.text}
          maxLength={10_000}
          disabled={readOnly}
          onCommit={(text) => update({ text })}
        />
        {!readOnly && (
          <button type="button" className="icon-button" aria-label={`Remove decision ${n}`} title="Remove" onClick={() => onRemove(decision)}>
            <Icon name="trash" />
          </button>
        )}
      </div>
      <div className="decision-card__fields">
        <label className="field">
          <span className="field__label decision-card__label">How</span>
          <select className="select" value={decision.method} disabled={readOnly} onChange={(event) => void update({ method: event.target.value as Decision['method'] })}>
            {DECISION_METHODS.map((method) => (
              <option key={method} value={method}>
                {DECISION_METHOD_LABELS[method]}
              </option>
            ))}
          </select>
        </label>
        <label className="field decision-card__result">
          <span className="field__label decision-card__label">Result</span>
          <TextInput name="result" value={decision.result} maxLength={300} disabled={readOnly} placeholder="e.g. Agreed by all" onCommit={(result) => update({ result })} />
        </label>
        <label className="field decision-card__dissent">
          <span className="field__label decision-card__label">Dissent</span>
          <TextInput name="dissent" value={decision.dissent} maxLength={10_000} disabled={readOnly} placeholder="Who disagreed, and why (optional)" onCommit={(dissent) => update({ dissent })} />
        </label>
        <p className="decision-card__when">
          <Icon name="clock" />
          <time dateTime={decision.decidedAt}>{formatMoment(decision.decidedAt)}</time>
        </p>
      </div>
    </li>
  );
});
