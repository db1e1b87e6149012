/** A blank map teaches what a stage is, and offers to lay down a template's stages to edit. */
import { useState } from 'react';
import { BUYING_PROCESS_TEMPLATES, type BuyingProcessTemplate } from '../../../domain/buyingProcessTemplates';
import { addTemplateStagesCommand } from '../../../domain/templateStages';
import { Icon } from '../../components/Icon';
import { dispatchCommand, useSessionStore } from '../../stores/sessionStore';
import { showToast } from '../../stores/toastStore';

export function BuyingProcessEmpty({ readOnly, onAddStage }: { readOnly: boolean; onAddStage: () => void }) {
  const [busy, setBusy] = useState(false);
  const templates = BUYING_PROCESS_TEMPLATES.filter((t) => t.stages.length > 0);

  const apply = async (template: BuyingProcessTemplate) => {
    const teams = useSessionStore.getState().snapshot?.workshop.teams ?? [];
    setBusy(true);
    try {
      if (!(await dispatchCommand(addTemplateStagesCommand(template, teams, () => crypto.randomUUID())))) return;
      showToast({ kind: 'success', message: `Added the ${template.stages.length} stages of “${template.name}”. Rename, reorder or remove them to fit.` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="bp-empty" data-testid="buying-process-empty">
      <div className="bp-empty__journey" aria-hidden="true">
        {['Aware', 'Curious', 'Comparing', 'Buying'].map((word, i) => (
          <span key={word} className="bp-empty__step">
            <span className="bp-empty__step-number">{i + 1}</span>
            {word}
          </span>
        ))}
      </div>
      <h3 className="empty-state__title">Map how your customers buy</h3>
      <p className="bp-empty__text">
        A stage is a step the customer takes, in their words, not ours: from first noticing the problem to choosing and using a solution. List them left to
        right, then note for each what the customer wants and the signal that they are ready to move on.
      </p>
      {!readOnly && (
        <>
          <button type="button" className="button button--primary" onClick={onAddStage} disabled={busy}>
            <Icon name="plus" />
            Add the first stage
          </button>
          <p className="bp-empty__or">or start from a common journey and change it with the room:</p>
          <ul className="bp-empty__templates">
            {templates.map((template) => (
              <li key={template.id}>
                <button type="button" className="bp-template" onClick={() => void apply(template)} disabled={busy}>
                  <span className="bp-template__name">{template.name}</span>
                  <span className="bp-template__stages">{template.stages.map((s) => s.name).join(' → ')}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
