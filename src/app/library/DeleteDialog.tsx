/** Asks before deleting, naming the workshop; Cancel has the focus so Enter is never destructive by accident. */
import { displayName } from '../../domain/displayNames';
import { useState } from 'react';
import { Dialog } from '../components/Dialog';
import { useLibraryStore } from '../stores/libraryStore';
import { closeDialog } from '../stores/uiStore';
import { deleteWorkshop } from './libraryActions';

export function DeleteDialog({ workshopId }: { workshopId: string }) {
  const title = displayName(useLibraryStore((s) => s.summaries.find((w) => w.id === workshopId)?.title) ?? '', 'workshop');
  const [busy, setBusy] = useState(false);

  const remove = async () => {
    setBusy(true);
    await deleteWorkshop(workshopId);
    closeDialog();
  };

  return (
    <Dialog
      title="Delete this workshop?"
      testId="delete-dialog"
      onClose={closeDialog}
      onSubmit={() => void remove()}
      actions={
        <>
          <button type="button" className="button" onClick={closeDialog}>
            Cancel
          </button>
          <button type="submit" className="button button--danger" disabled={busy}>
            Delete workshop
          </button>
        </>
      }
    >
      <p className="delete-dialog__name wrap-anywhere" data-testid="delete-dialog-name">
        {title}
      </p>
      <p>
        It leaves the library together with its saved snapshots. Accord keeps the files in the “deleted” folder of its data
        folder, so they can still be recovered by hand.
      </p>
    </Dialog>
  );
}
