/** The toast stack; a polite live region so screen readers hear results without losing focus. */
import { dismissToast, runToastAction, useToastStore } from '../stores/toastStore';
import { Icon } from './Icon';

export function Toasts() {
  const toasts = useToastStore((s) => s.toasts);
  return (
    <div className="toasts" role="status" aria-live="polite" data-testid="toasts">
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast toast--${toast.kind}`} data-testid={`toast-${toast.kind}`}>
          <Icon name={toast.kind === 'error' ? 'errorCircle' : toast.kind === 'success' ? 'check' : 'info'} />
          <p className="toast__text">{toast.message}</p>
          {toast.action && (
            <button
              type="button"
              className="toast__action"
              onClick={() => runToastAction(toast.id)}
            >
              {toast.action.label}
            </button>
          )}
          <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => dismissToast(toast.id)}>
            <Icon name="x" />
          </button>
        </div>
      ))}
    </div>
  );
}
