/**
 * A card for one item of a collection: its fields inline, and move up/down + remove at the
 * top right. The buttons come last in the DOM so Tab goes through the fields first.
 */
import type { ReactNode } from 'react';
import { Icon } from '../../components/Icon';
import { FormIcon } from './FormIcons';
import './forms.css';

export interface ItemCardProps {
  itemId: string;
  /** How buttons and screen readers name the item, e.g. "meeting “Pipeline review”". */
  label: string;
  /** A small line at the top of the card, e.g. a kind switch; defaults to the label ("Meeting 2"). */
  eyebrow?: ReactNode;
  readOnly: boolean;
  onMoveUp?: () => void;
  onMoveDown?: () => void;
  onRemove: () => void;
  /** Accent stripe colour, e.g. a team colour via teamStyle() custom properties. */
  style?: Record<string, string>;
  className?: string;
  testId?: string;
  children: ReactNode;
}

export function ItemCard({ itemId, label, eyebrow, readOnly, onMoveUp, onMoveDown, onRemove, style, className, testId, children }: ItemCardProps) {
  return (
    <article className={className ? `item-card ${className}` : 'item-card'} data-item-id={itemId} data-testid={testId} aria-label={label} style={style}>
      <div className="item-card__eyebrow">{eyebrow ?? <span>{label.charAt(0).toUpperCase() + label.slice(1)}</span>}</div>
      <div className="item-card__body">{children}</div>
      {!readOnly && (
        <div className="item-card__actions">
          {(onMoveUp || onMoveDown) && (
            <>
              <button type="button" className="icon-button item-card__move" aria-label={`Move ${label} up`} title="Move up" disabled={!onMoveUp} onClick={onMoveUp}>
                <FormIcon name="arrowUp" />
              </button>
              <button type="button" className="icon-button item-card__move" aria-label={`Move ${label} down`} title="Move down" disabled={!onMoveDown} onClick={onMoveDown}>
                <FormIcon name="arrowDown" />
              </button>
            </>
          )}
          <button type="button" className="icon-button icon-button--danger" aria-label={`Remove ${label}`} title="Remove (undo with Ctrl+Z)" onClick={onRemove}>
            <Icon name="trash" />
          </button>
        </div>
      )}
    </article>
  );
}
