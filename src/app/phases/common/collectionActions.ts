/**
 * Item-level helpers shared by the collection forms: remove with an undo offer, move within a
 * (possibly filtered) list, and focus the first field of an item once the host has added it.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CollectionKey } from '../../../domain/collections';
import type { Command } from '../../../domain/commands';
import { dispatchCommand, undo } from '../../stores/sessionStore';
import { showToast } from '../../stores/toastStore';

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
 * Focuses the first field of a newly added item once it has arrived from the host. Put
 * `ref={containerRef}` around the list and `data-item-id` on each item; mark the preferred
 * field with `data-autofocus` when it is not the first one.
 */
export function useFocusNewItem<T>(items: T) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [pending, setPending] = useState<string | null>(null);
  useEffect(() => {
    if (!pending) return;
    const item = containerRef.current?.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(pending)}"]`);
    const field = item?.querySelector<HTMLElement>('[data-autofocus]') ?? item?.querySelector<HTMLElement>(FIELD_SELECTOR);
    if (field) {
      field.focus();
      field.scrollIntoView({ block: 'nearest' });
      setPending(null);
    }
  }, [pending, items]);
  const focusWhenAdded = useCallback((id: string) => setPending(id), []);
  return { containerRef, focusWhenAdded };
}

/** Adds an item and focuses its first field when it arrives. */
export async function addAndFocus(command: Command & { type: 'addItem' }, focusWhenAdded: (id: string) => void): Promise<boolean> {
  const id = (command.item as { id: string }).id;
  const applied = await dispatchCommand(command);
  if (applied) focusWhenAdded(id);
  return applied;
}
