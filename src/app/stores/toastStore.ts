/** Short-lived messages in the corner: results of actions and rejected changes. */
import { create } from 'zustand';
import { useSessionStore } from './sessionStore';

export interface Toast {
  id: number;
  kind: 'success' | 'error' | 'info';
  message: string;
  action?: { label: string; run: () => void };
  /**
   * One kind of message (e.g. "not connected"): a new toast with the same key replaces the
   * older ones, and dismissToastsByKey takes them away once they stop being true.
   */
  key?: string;
}

interface ToastStore {
  toasts: Toast[];
}

export const useToastStore = create<ToastStore>(() => ({ toasts: [] }));

const LIFETIME_MS: Record<Toast['kind'], number> = { success: 5000, info: 6000, error: 10_000 };
const MAX_TOASTS = 4;
let nextId = 1;

/**
 * A toast's action (Undo) undoes the latest change, so it is offered only while the change the
 * toast reports is still the latest undo step: the same session run and the same undo depth.
 * Moving between phases or running the timer changes neither, so Undo stays on offer then.
 */
interface ActionMoment {
  sessionRunId: string | null;
  undoDepth: number | null;
}
const actionMoments = new Map<number, ActionMoment>();

const currentMoment = (): ActionMoment => {
  const snapshot = useSessionStore.getState().snapshot;
  return { sessionRunId: snapshot?.sessionRunId ?? null, undoDepth: snapshot?.undoDepth ?? null };
};

const sameMoment = (a: ActionMoment, b: ActionMoment) => a.sessionRunId === b.sessionRunId && a.undoDepth === b.undoDepth;

const isCurrent = (toast: Toast) => {
  const moment = actionMoments.get(toast.id);
  return moment !== undefined && sameMoment(moment, currentMoment());
};

/** Takes the action off every toast whose change is no longer the latest; the message stays. */
function dropStaleActions(): void {
  const { toasts } = useToastStore.getState();
  const stale = (t: Toast) => t.action !== undefined && !isCurrent(t);
  if (!toasts.some(stale)) return;
  for (const t of toasts) if (stale(t)) actionMoments.delete(t.id);
  useToastStore.setState({ toasts: toasts.map((t) => (stale(t) ? { ...t, action: undefined } : t)) });
}

// Subscribed on first use: the session store imports this module, so not while it loads.
let watchingSession = false;
function watchSession(): void {
  if (watchingSession) return;
  watchingSession = true;
  useSessionStore.subscribe((state, previous) => {
    if (state.snapshot?.undoDepth !== previous.snapshot?.undoDepth || state.snapshot?.sessionRunId !== previous.snapshot?.sessionRunId) dropStaleActions();
  });
}

export function showToast(toast: Omit<Toast, 'id'>): number {
  const id = nextId++;
  if (toast.action) {
    watchSession();
    actionMoments.set(id, currentMoment());
  }
  useToastStore.setState((s) => {
    const others = s.toasts
      .filter((t) => !toast.key || t.key !== toast.key)
      // Only the newest change can be undone: older toasts keep their words, not their action.
      .map((t) => (toast.action && t.action ? { ...t, action: undefined } : t));
    const toasts = [...others, { ...toast, id }].slice(-MAX_TOASTS);
    forgetMissing(toasts);
    return { toasts };
  });
  setTimeout(() => dismissToast(id), LIFETIME_MS[toast.kind]);
  return id;
}

/** Runs a toast's action if it is still on offer, then dismisses the toast. */
export function runToastAction(id: number): void {
  const toast = useToastStore.getState().toasts.find((t) => t.id === id);
  if (toast?.action && isCurrent(toast)) toast.action.run();
  dismissToast(id);
}

export function dismissToast(id: number): void {
  actionMoments.delete(id);
  useToastStore.setState((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
}

/** Dismisses every toast of one kind, e.g. "not connected" once the connection is back. */
export function dismissToastsByKey(key: string): void {
  const { toasts } = useToastStore.getState();
  if (!toasts.some((t) => t.key === key)) return;
  const kept = toasts.filter((t) => t.key !== key);
  forgetMissing(kept);
  useToastStore.setState({ toasts: kept });
}

function forgetMissing(toasts: Toast[]): void {
  for (const id of actionMoments.keys()) if (!toasts.some((t) => t.id === id)) actionMoments.delete(id);
}
