/** Short-lived messages in the corner: results of actions and rejected changes. */
import { create } from 'zustand';

export interface Toast {
  id: number;
  kind: 'success' | 'error' | 'info';
  message: string;
  action?: { label: string; run: () => void };
}

interface ToastStore {
  toasts: Toast[];
}

export const useToastStore = create<ToastStore>(() => ({ toasts: [] }));

const LIFETIME_MS: Record<Toast['kind'], number> = { success: 5000, info: 6000, error: 10_000 };
const MAX_TOASTS = 4;
let nextId = 1;

export function showToast(toast: Omit<Toast, 'id'>): number {
  const id = nextId++;
  useToastStore.setState((s) => ({ toasts: [...s.toasts, { ...toast, id }].slice(-MAX_TOASTS) }));
  setTimeout(() => dismissToast(id), LIFETIME_MS[toast.kind]);
  return id;
}

export function dismissToast(id: number): void {
  useToastStore.setState((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
}
