/**
 * Removal with the domain's own account of what goes with an item (describeRemoval): asks first
 * when it is more than the item itself, and the toast afterwards names everything that went.
 * Focus that was on the removed item moves on: to the same control of the next item, else the
 * previous one, else the list's "Add …" button (focusAfter), never to the page itself.
 */
import { useCallback, useLayoutEffect, useState, type ReactNode } from 'react';
import type { CollectionKey } from '../../domain/collections';
import type { Command } from '../../domain/commands';
import { describeRemoval, type RemovalDescription } from '../../domain/describeRemoval';
import { SHORTCUT_LABELS } from '../keyboard/shortcuts';
import { dispatchCommand, undo, useSessionStore } from '../stores/sessionStore';
import { showToast } from '../stores/toastStore';
import { ConfirmRemovalDialog } from './ConfirmRemovalDialog';
import { usePhaseShown } from './phaseShown';

export interface RemovalCallbacks {
  onRemoved?: () => void;
  onUndone?: () => void;
  /** The removal is refused (e.g. a team that still has members), with the domain's reason. */
  onRefused?: (reason: string) => void;
  /**
   * Where focus goes once the item is gone, if it was on the item: the first of these that is on
   * the page. Without it, the first control marked data-removal-focus with the collection's name.
   */
  focusAfter?: () => (Element | null | undefined)[];
}

interface Pending extends RemovalCallbacks {
  collection: CollectionKey;
  id: string;
  description: RemovalDescription;
  /** What had the focus when the removal was asked for: usually the item's own Remove button. */
  trigger: Element | null;
}

async function perform(pending: Pending): Promise<void> {
  const { collection, id, description } = pending;
  // A refusal the domain already knows is said once, where the item is, not sent to be refused.
  if (description.refusal) {
    pending.onRefused?.(description.refusal);
    return;
  }
  if (await dispatchCommand({ type: 'removeItem', collection, id } as Command)) {
    showToast({
      kind: 'info',
      message: `${description.summary} Undo with ${SHORTCUT_LABELS.undo}.`,
      action: { label: 'Undo', run: () => void undo().then((ok) => ok && pending.onUndone?.()) },
    });
    pending.onRemoved?.();
    moveFocusOn(pending);
  }
}

const FOCUS_WAIT_MS = 25;
const FOCUS_TRIES = 40;

/** Once the removed item has left the page, gives the focus it took with it a sensible place. */
function moveFocusOn({ collection, trigger, focusAfter }: Pending): void {
  if (typeof document === 'undefined') return;
  const candidates = () => (focusAfter ? focusAfter() : [document.querySelector(`[data-removal-focus="${collection}"]`)]);
  let tries = 0;
  const attempt = () => {
    if (trigger?.isConnected && tries++ < FOCUS_TRIES) return void setTimeout(attempt, FOCUS_WAIT_MS);
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    const target = candidates().find((el): el is HTMLElement => el instanceof HTMLElement && el.isConnected);
    target?.focus();
  };
  setTimeout(attempt, 0);
}

export function useConfirmedRemoval(): { requestRemoval: (collection: CollectionKey, id: string, callbacks?: RemovalCallbacks) => void; removalDialog: ReactNode } {
  const [pending, setPending] = useState<Pending | null>(null);
  const cancel = useCallback(() => setPending(null), []);

  const requestRemoval = useCallback((collection: CollectionKey, id: string, callbacks: RemovalCallbacks = {}) => {
    const workshop = useSessionStore.getState().snapshot?.workshop;
    const description = workshop ? describeRemoval(workshop, collection, id) : null;
    if (!description) return;
    const trigger = typeof document === 'undefined' ? null : document.activeElement;
    const request = { collection, id, description, trigger, ...callbacks };
    if (description.takesMore && !description.refusal) setPending(request);
    else void perform(request);
  }, []);

  const removalDialog = pending && (
    <RemovalQuestion
      description={pending.description}
      onCancel={cancel}
      onConfirm={() => {
        setPending(null);
        void perform(pending);
      }}
    />
  );
  return { requestRemoval, removalDialog };
}

/**
 * The question, for as long as its phase is shown: a phase put away (the console keeps the phases
 * it has shown, hidden) takes its question with it, before the frame is drawn, so no modal is
 * left open out of sight, and coming back does not ask again about a removal the room has moved
 * on from. (Only the question reads whether the phase is shown, so hiding a phase renders no more.)
 */
function RemovalQuestion({ description, onCancel, onConfirm }: { description: RemovalDescription; onCancel: () => void; onConfirm: () => void }) {
  const shown = usePhaseShown();
  useLayoutEffect(() => {
    if (!shown) onCancel();
  }, [shown, onCancel]);
  return <ConfirmRemovalDialog description={description} onCancel={onCancel} onConfirm={onConfirm} />;
}
