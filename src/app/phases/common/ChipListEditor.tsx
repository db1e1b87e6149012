/**
 * An editable list of short strings (criteria, rejection reasons…): each entry is edited in
 * place; a last field adds a new entry on Enter and keeps the caret there for the next one.
 * The whole new list goes to `onChange`, so it suits nested arrays sent with `updateItem`.
 */
import { memo, useId, useState, type KeyboardEvent } from 'react';
import { Icon } from '../../components/Icon';
import { TextArea } from '../../components/TextArea';
import { useOptimisticValue } from './useOptimisticList';
import './forms.css';

export interface ChipListEditorProps {
  /** Visible label, e.g. "Criteria". */
  label: string;
  /** Singular noun of one entry, e.g. "criterion". */
  noun: string;
  /** Names what the list belongs to, for screen readers, e.g. "MQL". */
  context: string;
  items: readonly string[];
  onChange: (items: string[]) => Promise<boolean> | void;
  /** Placeholder of the field that adds an entry. */
  placeholder?: string;
  maxItems?: number;
  maxLength?: number;
  readOnly: boolean;
  testId?: string;
}

export const ChipListEditor = memo(function ChipListEditor(props: ChipListEditorProps) {
  const { label, noun, context, items, onChange, placeholder, maxItems = 50, maxLength = 300, readOnly, testId } = props;
  const [draft, setDraft] = useState('');
  const labelId = useId();
  const full = items.length >= maxItems;
  const list = useOptimisticValue(items as string[]);
  const send = (next: string[]) => list.send(next, onChange);

  const add = () => {
    const text = draft.trim();
    if (!text || full) return;
    setDraft('');
    void send([...list.current(), text]);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      add();
    }
  };

  return (
    <div className="field chip-list" data-testid={testId}>
      <span className="field__label" id={labelId}>
        {label}
      </span>
      {items.length > 0 && (
        <ul className="chip-list__items" aria-labelledby={labelId}>
          {items.map((item, index) => (
            <li key={index} className="chip-list__item">
              <span className="chip-list__bullet" aria-hidden="true" />
              <TextArea
                className="input input--inline chip-list__input"
                rows={1}
                onKeyDown={(event) => {
                  // One line per entry: Enter moves on to the field that adds the next one.
                  if (event.key !== 'Enter') return;
                  event.preventDefault();
                  event.currentTarget.closest('.chip-list')?.querySelector<HTMLInputElement>('.chip-list__new input')?.focus();
                }}
                aria-label={`${capitalise(noun)} ${index + 1} of ${context}`}
                value={item}
                maxLength={maxLength}
                disabled={readOnly}
                onCommit={(text) => send(list.current().map((it, i) => (i === index ? text.replace(/\s*\n\s*/g, ' ') : it)))}
              />
              {!readOnly && (
                <button
                  type="button"
                  className="icon-button chip-list__remove"
                  aria-label={`Remove ${noun} “${item}” from ${context}`}
                  title="Remove"
                  onClick={() => void send(list.current().filter((_, i) => i !== index))}
                >
                  <Icon name="x" />
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <div className="chip-list__new">
          <Icon name="plus" className="chip-list__plus" />
          <input
            className="input input--inline chip-list__input"
            aria-label={`New ${noun} for ${context}`}
            placeholder={full ? `This list is full (${maxItems})` : (placeholder ?? `Add a ${noun}, then press Enter`)}
            value={draft}
            maxLength={maxLength}
            disabled={full}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={onKeyDown}
            onBlur={add}
          />
        </div>
      )}
    </div>
  );
});

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
