/** "New workshop": a title and where to start (a buying-process template or the sample). */
import { useState } from 'react';
import { BUYING_PROCESS_TEMPLATES } from '../../domain/buyingProcessTemplates';
import { Dialog } from '../components/Dialog';
import { closeDialog } from '../stores/uiStore';
import { createWorkshop } from './libraryActions';

const CHOICES = [
  ...BUYING_PROCESS_TEMPLATES.map((t) => ({ id: t.id, name: t.name, description: t.description, stages: t.stages.length })),
  {
    id: 'sample',
    name: 'Sample workshop',
    description: 'A finished-looking day for a fictional company, to explore what Accord produces.',
    stages: null,
  },
];

export function NewWorkshopDialog() {
  const [title, setTitle] = useState('');
  const [templateId, setTemplateId] = useState(CHOICES[0]!.id);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (busy) return;
    setBusy(true);
    const created = await createWorkshop({ title: title.trim(), templateId });
    setBusy(false);
    if (created) closeDialog();
  };

  return (
    <Dialog
      title="New workshop"
      testId="new-workshop-dialog"
      wide
      onClose={closeDialog}
      onSubmit={() => void submit()}
      actions={
        <>
          <button type="button" className="button" onClick={closeDialog}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            Create workshop
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
          placeholder="e.g. Sales & marketing alignment day"
          onChange={(event) => setTitle(event.target.value)}
        />
      </label>
      <fieldset className="template-choice">
        <legend className="field__label">Start from</legend>
        {CHOICES.map((choice) => (
          <label key={choice.id} className="template-choice__option">
            <input type="radio" name="template" value={choice.id} checked={templateId === choice.id} onChange={() => setTemplateId(choice.id)} />
            <span className="template-choice__text">
              <span className="template-choice__name">{choice.name}</span>
              <span className="template-choice__description">{choice.description}</span>
              {choice.stages !== null && choice.stages > 0 && <span className="template-choice__count">{choice.stages} stages</span>}
            </span>
          </label>
        ))}
      </fieldset>
    </Dialog>
  );
}
