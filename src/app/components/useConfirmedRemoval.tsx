/**
 * Removal with the domain's own account of what goes with an item (describeRemoval): asks first
 * when it is more than the item itself, and the toast afterwards names everything that went.
 */
import { useCallback, useState, type ReactNode } from 'react';
import type { CollectionKey } from '../../domain/collections';
import type { Command } from '../../domain/commands';
import { describeRemoval, type RemovalDescription } from '../../domain/describeRemoval';
import { SHORTCUT_LABELS } from '../keyboard/shortcuts';
import { dispatchCommand, undo, useSessionStore } from '../stores/sessionStore';
import { showToast } from '../stores/toastStore';
import { ConfirmRemovalDialog } from './ConfirmRemovalDialog';

export interface RemovalCallbacks {
  onRemoved?: () => void;
  onUndone?: () => void;
  /** The removal is refused (e.g. a team that still has members), with the domain's reason. */
  onRefused?: (reason: string) => void;
}

interface Pending extends RemovalCallbacks {
  collection: CollectionKey;
  id: string;
  description: RemovalDescription;
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
  }
}

export function useConfirmedRemoval(): { requestRemoval: (collection: CollectionKey, id: string, callbacks?: RemovalCallbacks) => void; removalDialog: ReactNode } {
  const [pending, setPending] = useState<Pending | null>(null);

  const requestRemoval = useCallback((collection: CollectionKey, id: string, callbacks: RemovalCallbacks = {}) => {
    const workshop = useSessionStore.getState().snapshot?.workshop;
    const description = workshop ? describeRemoval(workshop, collection, id) : null;
    if (!description) return;
    const request = { collection, id, description, ...callbacks };
    if (description.takesMore && !description.refusal) setPending(request);
    else void perform(request);
  }, []);

  const removalDialog = pending && (
    <ConfirmRemovalDialog
      description={pending.description}
      onCancel={() => setPending(null)}
      onConfirm={() => {
        setPending(null);
        void perform(pending);
      }}
    />
  );
  return { requestRemoval, removalDialog };
}
