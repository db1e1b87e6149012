/**
 * Asks before a removal that takes other work with it, naming everything that goes. Cancel
 * comes first and has the focus, so Enter never removes by accident.
 */
import type { RemovalDescription } from '../../domain/describeRemoval';
import { Dialog } from './Dialog';

interface ConfirmRemovalDialogProps {
  description: RemovalDescription;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmRemovalDialog({ description, onConfirm, onCancel }: ConfirmRemovalDialogProps) {
  return (
    <Dialog
      title={`Remove ${description.name}?`}
      testId="confirm-removal"
      onClose={onCancel}
      onSubmit={onConfirm}
      actions={
        <>
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="button button--danger">
            Remove
          </button>
        </>
      }
    >
      <p className="wrap-anywhere" data-testid="confirm-removal-question">
        {description.question}
      </p>
      <p>Undo brings it all back while the workshop stays open.</p>
    </Dialog>
  );
}
