/**
 * Which buying-process template the workshop started from. A workshop with no stages yet can
 * take the template's stages in one go (one addItem per stage, so undo takes them back).
 */
import { countNoun } from '../../../domain/countNoun';
import { NOUNS } from '../../../domain/labels';
import { useState } from 'react';
import { findTemplate, type BuyingProcessTemplate } from '../../../domain/buyingProcessTemplates';

import { Icon } from '../../components/Icon';
import { addTemplateStagesCommand } from '../../../domain/templateStages';
import { dispatchCommand } from '../../stores/sessionStore';
import { showToast } from '../../stores/toastStore';
import { selectSetup, selectStages, selectTeams, useWorkshop } from '../../stores/workshopSelectors';
import './setupPlanning.css';

export function TemplateCard({ readOnly }: { readOnly: boolean }) {
  const templateId = useWorkshop((s) => selectSetup(s)?.templateId ?? '');
  const stageCount = useWorkshop((s) => selectStages(s).length);
  const teams = useWorkshop(selectTeams);
  const [busy, setBusy] = useState(false);
  const template = findTemplate(templateId);

  const startFromTemplate = async (t: BuyingProcessTemplate) => {
    setBusy(true);
    try {
      if (!(await dispatchCommand(addTemplateStagesCommand(t, teams, () => crypto.randomUUID())))) return;
      showToast({ kind: 'success', message: `Added the ${t.stages.length} stages of “${t.name}”.` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel template-card" aria-labelledby="template-title" data-testid="template-card">
      <h3 id="template-title" className="panel__title">
        Buying process
      </h3>
      {template ? (
        <>
          <p className="template-card__eyebrow">Started from the template</p>
          <p className="template-card__name" data-testid="template-name">
            {template.name}
          </p>
          <p className="template-card__description">{template.description}</p>
          <p className="template-card__stages">
            <Icon name="layers" />
            {stageCount === 0 ? 'No stages yet' : `${countNoun(stageCount, NOUNS.stage)} in this workshop`}
          </p>
          {stageCount === 0 && template.stages.length > 0 && !readOnly && (
            <button type="button" className="button planning__add" disabled={busy} onClick={() => void startFromTemplate(template)}>
              <Icon name="plus" />
              Start from the template’s {template.stages.length} stages
            </button>
          )}
        </>
      ) : (
        <p className="template-card__description">This workshop did not start from a template; its stages are its own.</p>
      )}
    </section>
  );
}
