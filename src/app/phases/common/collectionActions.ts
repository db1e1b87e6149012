/**
 * Item-level helpers shared by the collection forms: remove with an undo offer, move within a
 * (possibly filtered) list, and add an item with the caret in its first field as it arrives.
 */
import { useCallback, useRef } from 'react';
import type { CollectionKey } from '../../../domain/collections';
import type { Command } from '../../../domain/commands';
import { dispatchCommand, undo } from '../../stores/sessionStore';
import { showToast } from '../../stores/toastStore';
import { useFocusWhenAdded } from './useFocusWhenAdded';

/** Removes one item; the toast offers Undo (Ctrl+Z works too). `what` names it, e.g. "the meeting “Pipeline review”". */
export async function removeItemWithUndo(collection: CollectionKey, id: string, what: string): Promise<void> {
  const applied = await dispatchCommand({ type: 'removeItem', collection, id } as Command);
  if (applied) showToast({ kind: 'info', message: `Removed ${what}.`, action: { label: 'Undo', run: () => void undo() } });
}

/**
 * Moves an item one step within the visible order `visibleIds` (a filtered view of the whole
 * collection, whose order is `allIds`). Moving next to a neighbour means taking its index.
 */
export function moveItemStep(collection: CollectionKey, id: string, direction: -1 | 1, visibleIds: readonly string[], allIds: readonly string[]): void {
  const at = visibleIds.indexOf(id);
  const neighbour = visibleIds[at + direction];
  if (at < 0 || neighbour === undefined) return;
  const toIndex = allIds.indexOf(neighbour);
  if (toIndex < 0) return;
  void dispatchCommand({ type: 'moveItem', collection, id, toIndex } as Command);
}

/** Names a thing by its text, or by a fallback when it has none yet. */
export function named(text: string, fallback: string): string {
  const trimmed = text.trim();
  return trimmed ? `“${trimmed.length > 60 ? `${trimmed.slice(0, 57)}…` : trimmed}”` : fallback;
}

const FIELD_SELECTOR = 'input:not([type="hidden"]):not([type="radio"]), select, textarea';

/**
 * Adds items to a collection form and focuses each new item's first field as it arrives. Put
 * `ref={containerRef}` around the list and `data-item-id` on each item; mark the preferred
 * field with `data-autofocus` when it is not the first one.
 */
export function useFocusNewItem<T>(items: T) {
  const containerRef = useRef<HTMLDivElement>(null);
  const { addThenFocus } = useFocusWhenAdded(items, (id) => {
    const item = containerRef.current?.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(id)}"]`);
    return item?.querySelector<HTMLElement>('[data-autofocus]') ?? item?.querySelector<HTMLElement>(FIELD_SELECTOR);
  });
  /** Sends the add and focuses the item as it arrives; resolves to whether it was applied. */
  const addAndFocus = useCallback((command: Command & { type: 'addItem' }) => addThenFocus((command.item as { id: string }).id, command), [addThenFocus]);
  return { containerRef, addAndFocus };
}
