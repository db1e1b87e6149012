/**
 * A modal for the facilitation tools on the native <dialog> (focus trap, Escape, focus back to
 * the opener). Unlike the shared Dialog there is no form around it, so Enter never submits
 * a whole tool by accident: each field decides what Enter means.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Icon } from '../components/Icon';

interface ToolModalProps {
  title: string;
  subtitle?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
  onClose: () => void;
  variant: 'drawer' | 'center';
  testId?: string;
  onKeyDown?: (event: React.KeyboardEvent<HTMLDialogElement>) => void;
}

export function ToolModal({ title, subtitle, children, footer, onClose, variant, testId, onKeyDown }: ToolModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    dialog.showModal();
    // React's autoFocus runs before showModal, which then moves focus to the first button (Close).
    // Fields that should take the caret carry data-autofocus instead.
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    const handleClose = () => onCloseRef.current();
    dialog.addEventListener('close', handleClose);
    return () => {
      dialog.removeEventListener('close', handleClose);
      if (dialog.open) dialog.close();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`tool-modal tool-modal--${variant}`}
      aria-labelledby={titleId}
      data-testid={testId}
      onKeyDown={onKeyDown}
      // A click on the backdrop (the dialog element itself, outside its box) closes it.
      onMouseDown={(event) => {
        if (event.target === ref.current) ref.current?.close();
      }}
    >
      <div className="tool-modal__inner">
        <header className="tool-modal__head">
          <div className="tool-modal__titles">
            <h2 id={titleId} className="tool-modal__title wrap-anywhere">
              {title}
            </h2>
            {subtitle && <p className="tool-modal__subtitle">{subtitle}</p>}
          </div>
          <button type="button" className="icon-button" aria-label="Close" onClick={() => ref.current?.close()}>
            <Icon name="x" />
          </button>
        </header>
        <div className="tool-modal__body">{children}</div>
        {footer && <footer className="tool-modal__foot">{footer}</footer>}
      </div>
    </dialog>
  );
}
