/**
 * One list of a collection form: a heading with the count, the item cards, an add button at the
 * end of the list (so Tab flows from the last field to it), and an empty state that teaches
 * what belongs here. Generic: any phase can use it for any collection.
 */
import { countNoun } from '../../../domain/countNoun';
import { useId, type ReactNode, type Ref } from 'react';
import { Icon } from '../../components/Icon';
import { FormIcon, type FormIconName } from './FormIcons';
import './forms.css';

export interface CollectionSectionProps {
  title: string;
  /** One line under the title saying what the list is for. */
  description?: ReactNode;
  count: number;
  /** Singular and plural noun for the count, e.g. ['meeting', 'meetings']. */
  noun: [string, string];
  /** Label of the add button, e.g. "Add meeting". */
  addLabel: string;
  onAdd: () => void;
  readOnly: boolean;
  /** When set, adding is not possible and this sentence says why (e.g. a limit reached). */
  addDisabledReason?: string;
  /** The empty state: a title, a teaching paragraph, and optionally its own buttons (default: the add button). */
  empty: { title: string; body: ReactNode; actions?: ReactNode; icon?: FormIconName };
  /** Shown between the items and the add button, e.g. a gentle Hint. */
  footer?: ReactNode;
  /** Goes on the element that holds the items (for useFocusNewItem). */
  listRef?: Ref<HTMLDivElement>;
  /** Extra class on the items container, e.g. a grid layout. */
  listClassName?: string;
  testId?: string;
  children: ReactNode;
}

export function CollectionSection(props: CollectionSectionProps) {
  const { title, description, count, noun, addLabel, onAdd, readOnly, addDisabledReason, empty, footer, listRef, listClassName, testId, children } = props;
  const titleId = useId();
  const addButton = (primary: boolean) => (
    <button
      type="button"
      className={primary ? 'button button--primary' : 'button collection__add'}
      onClick={onAdd}
      disabled={addDisabledReason !== undefined}
      title={addDisabledReason}
    >
      <Icon name="plus" />
      {addLabel}
    </button>
  );
  return (
    <section className="collection" aria-labelledby={titleId} data-testid={testId}>
      <header className="collection__head">
        <h3 id={titleId} className="collection__title">
          {title}
        </h3>
        <span className="collection__count" data-testid={testId ? `${testId}-count` : undefined}>
          {countNoun(count, { one: noun[0], other: noun[1] })}
        </span>
      </header>
      {description && <p className="collection__description">{description}</p>}
      {count === 0 ? (
        <div className="collection__empty">
          {empty.icon && <FormIcon name={empty.icon} className="collection__empty-icon" />}
          <p className="collection__empty-title">{empty.title}</p>
          <div className="collection__empty-body">{empty.body}</div>
          {!readOnly && <div className="collection__empty-actions">{empty.actions ?? addButton(true)}</div>}
        </div>
      ) : (
        <div ref={listRef} className={listClassName ? `collection__items ${listClassName}` : 'collection__items'}>
          {children}
        </div>
      )}
      {footer}
      {!readOnly && count > 0 && (
        <div className="collection__foot">
          {addButton(false)}
          {addDisabledReason && <span className="collection__limit">{addDisabledReason}</span>}
        </div>
      )}
    </section>
  );
}
