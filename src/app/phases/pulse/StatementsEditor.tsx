/** The statements the room scores, numbered as the grid's columns; edited in place. */
import { memo, useRef } from 'react';
import type { CollectionKey } from '../../../domain/collections';
import { LIMITS, type Workshop } from '../../../domain/workshopSchema';
import { Icon } from '../../components/Icon';
import { TextArea } from '../../components/TextArea';
import { useConfirmedRemoval } from '../../components/useConfirmedRemoval';
import { dispatchCommand } from '../../stores/sessionStore';
import { useFocusWhenAdded } from '../common/useFocusWhenAdded';

type Statement = Workshop['pulse']['statements'][number];

export function StatementsEditor({ statements, readOnly }: { statements: Statement[]; readOnly: boolean }) {
  const listRef = useRef<HTMLOListElement>(null);
  const { addThenFocus } = useFocusWhenAdded(statements, (id) => listRef.current?.querySelector<HTMLTextAreaElement>(`[data-statement-id="${CSS.escape(id)}"] textarea`));
  // A statement with scores takes them with it: the room is asked first.
  const { requestRemoval, removalDialog } = useConfirmedRemoval();

  const add = () => {
    const id = crypto.randomUUID();
    return addThenFocus(id, { type: 'addItem', collection: 'pulseStatements', item: { id, text: '' } });
  };

  return (
    <>
      {statements.length === 0 ? (
        <p className="statements__empty">No statements yet. Add about ten the room can score from 1 to 5.</p>
      ) : (
        <ol className="statements" ref={listRef} data-testid="pulse-statements">
          {statements.map((statement, index) => (
            <StatementRow key={statement.id} statement={statement} index={index} readOnly={readOnly} onRemove={requestRemoval} />
          ))}
        </ol>
      )}
      {!readOnly && (
        <button type="button" className="button button--quiet statements__add" data-removal-focus="pulseStatements" onClick={() => void add()} disabled={statements.length >= LIMITS.pulseStatements}>
          <Icon name="plus" />
          Add statement
        </button>
      )}
      {removalDialog}
    </>
  );
}

interface StatementRowProps {
  statement: Statement;
  index: number;
  readOnly: boolean;
  onRemove: (collection: CollectionKey, id: string) => void;
}

const StatementRow = memo(function StatementRow({ statement, index, readOnly, onRemove }: StatementRowProps) {
  const remove = () => onRemove('pulseStatements', statement.id);
  return (
    <li className="statements__row" data-statement-id={statement.id} data-testid="pulse-statement">
      <span className="statements__number" aria-hidden="true">
        {index + 1}
      </span>
      <TextArea
        className="input input--inline statements__input"
        rows={1}
        aria-label={`Statement ${index + 1}`}
        placeholder="A statement to score from 1 to 5"
        value={statement.text}
        maxLength={300}
        disabled={readOnly}
        onCommit={(text) => dispatchCommand({ type: 'updateItem', collection: 'pulseStatements', id: statement.id, patch: { text } })}
      />
      {!readOnly && (
        <button type="button" className="icon-button icon-button--danger" aria-label={`Remove statement ${index + 1}`} title="Remove statement" onClick={remove}>
          <Icon name="trash" />
        </button>
      )}
    </li>
  );
});
