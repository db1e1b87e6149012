/**
 * A modal on the native <dialog>: the browser traps focus, closes on Escape and restores focus
 * to the opener. The form inside submits on Enter, so dialogs are keyboard-first.
 */
import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';

interface DialogProps {
  title: string;
  children: ReactNode;
  /** Buttons; a submit button triggers onSubmit. */
  actions: ReactNode;
  onSubmit: () => void;
  onClose: () => void;
  testId?: string;
  wide?: boolean;
}

export function Dialog({ title, children, actions, onSubmit, onClose, testId, wide }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    dialog.showModal();
    const handleClose = () => onCloseRef.current();
    dialog.addEventListener('close', handleClose);
    return () => {
      dialog.removeEventListener('close', handleClose);
      if (dialog.open) dialog.close();
    };
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <dialog ref={ref} className={wide ? 'dialog dialog--wide' : 'dialog'} aria-labelledby={titleId} data-testid={testId}>
      <form className="dialog__form" onSubmit={submit}>
        <h2 id={titleId} className="dialog__title wrap-anywhere">
          {title}
        </h2>
        <div className="dialog__body">{children}</div>
        <div className="dialog__actions">{actions}</div>
      </form>
    </dialog>
  );
}
