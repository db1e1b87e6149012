/** Renames a workshop in place (its setup title). */
import { useState } from 'react';
import { Dialog } from '../components/Dialog';
import { useLibraryStore } from '../stores/libraryStore';
import { closeDialog } from '../stores/uiStore';
import { renameWorkshop } from './libraryActions';

export function RenameDialog({ workshopId }: { workshopId: string }) {
  const current = useLibraryStore((s) => s.summaries.find((w) => w.id === workshopId)?.title ?? '');
  const [title, setTitle] = useState(current);
  const trimmed = title.trim();

  const submit = async () => {
    if (!trimmed) return;
    if (trimmed === current || (await renameWorkshop(workshopId, trimmed))) closeDialog();
  };

  return (
    <Dialog
      title="Rename workshop"
      testId="rename-dialog"
      onClose={closeDialog}
      onSubmit={() => void submit()}
      actions={
        <>
          <button type="button" className="button" onClick={closeDialog}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={!trimmed}>
            Rename
          </button>
        </>
      }
    >
      <label className="field">
        <span className="field__label">Title</span>
        <input
          className="input"
          name="title"
          value={title}
          maxLength={300}
          onFocus={(event) => event.target.select()}
          onChange={(event) => setTitle(event.target.value)}
        />
      </label>
    </Dialog>
  );
}
