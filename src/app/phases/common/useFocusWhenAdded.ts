/**
 * Puts the caret in an item the facilitator has just added, in the very commit that first shows
 * it. The item to focus is noted *before* the command goes to the host: the host's reply can
 * arrive after the update that shows the item, and a keystroke typed in that gap would land in
 * the field the facilitator left (Enter on an action's status, then "Set up…", would lose the
 * "S" or pick a status). A layout effect focuses before the browser paints, so the new item never
 * shows without the caret in it.
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { Command } from '../../../domain/commands';
import { dispatchCommand } from '../../stores/sessionStore';

type FocusOptions = {
  /** Selects the field's text too, for a name given by default that is usually replaced. */
  selectText?: boolean;
};

/**
 * `items` is the list the new item arrives in (the effect looks again whenever it changes);
 * `findField` returns the field to focus in the item with that id, or nothing while it is absent.
 */
export function useFocusWhenAdded(items: unknown, findField: (id: string) => HTMLElement | null | undefined, options: FocusOptions = {}) {
  const [pendingId, setPendingId] = useState<string | null>(null);
  const findFieldRef = useRef(findField);
  findFieldRef.current = findField;
  const selectText = options.selectText === true;

  useLayoutEffect(() => {
    if (!pendingId) return;
    const field = findFieldRef.current(pendingId);
    if (!field) return;
    field.focus();
    if (selectText && field instanceof HTMLInputElement) field.select();
    field.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    setPendingId(null);
  }, [pendingId, items, selectText]);

  /** Focuses an item that is already there, or will be shortly (e.g. the next row on Enter). */
  const focusWhenAdded = useCallback((id: string) => setPendingId(id), []);

  /** Sends `command`, which adds the item `id`, and focuses the item as it arrives; resolves to whether it was applied. */
  const addThenFocus = useCallback(async (id: string, command: Command) => {
    setPendingId(id);
    const applied = await dispatchCommand(command);
    if (!applied) setPendingId((current) => (current === id ? null : current));
    return applied;
  }, []);

  return { pendingId, focusWhenAdded, addThenFocus };
}
