/**
 * The lead definitions of one hand-off (e.g. MQL → SAL → SQL) side by side, each with its
 * criteria. The nested list is sent whole with `updateItem`, as the domain stores it.
 */
import { memo, useEffect, useRef, useState } from 'react';
import type { LeadDefinition } from '../../../domain/workshopSchema';
import { LIMITS } from '../../../domain/workshopSchema';
import { Icon } from '../../components/Icon';
import { TextInput } from '../../components/TextInput';
import { dispatchCommand, undo } from '../../stores/sessionStore';
import { showToast } from '../../stores/toastStore';
import { ChipListEditor } from '../common';
import { useOptimisticValue } from '../common/useOptimisticList';

const MAX_DEFINITIONS = 20;
/** The usual ladder, offered as placeholders in turn. */
const LADDER = [
  { shortName: 'MQL', name: 'Marketing-qualified lead' },
  { shortName: 'SAL', name: 'Sales-accepted lead' },
  { shortName: 'SQL', name: 'Sales-qualified lead' },
];

interface Props {
  handoffId: string;
  handoffLabel: string;
  definitions: LeadDefinition[];
  readOnly: boolean;
}

export const LeadDefinitionsEditor = memo(function LeadDefinitionsEditor({ handoffId, handoffLabel, definitions, readOnly }: Props) {
  const [focusId, setFocusId] = useState<string | null>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!focusId) return;
    const input = gridRef.current?.querySelector<HTMLInputElement>(`[data-definition-id="${CSS.escape(focusId)}"] input`);
    if (input) {
      input.focus();
      setFocusId(null);
    }
  }, [focusId, definitions]);

  const latest = useOptimisticValue(definitions);
  const save = (next: LeadDefinition[]) =>
    latest.send(next, (leadDefinitions) => dispatchCommand({ type: 'updateItem', collection: 'handoffs', id: handoffId, patch: { leadDefinitions } }));
  const change = (id: string, patch: Partial<Omit<LeadDefinition, 'id'>>) => save(latest.current().map((d) => (d.id === id ? { ...d, ...patch } : d)));
  const add = async () => {
    const id = crypto.randomUUID();
    if (await save([...latest.current(), { id, name: '', shortName: '', criteria: [] }])) setFocusId(id);
  };
  const remove = async (definition: LeadDefinition) => {
    if (await save(latest.current().filter((d) => d.id !== definition.id))) {
      showToast({ kind: 'info', message: `Removed the lead definition ${definition.shortName || definition.name || 'without a name'}.`, action: { label: 'Undo', run: () => void undo() } });
    }
  };

  return (
    <div className="handoff-section">
      <h4 className="handoff-section__title">Lead definitions</h4>
      <p className="handoff-section__hint">What makes a lead ready at this point, in writing: one definition per step (e.g. MQL, SAL, SQL), each with the criteria both teams accept.</p>
      <div className="lead-definitions" ref={gridRef}>
        {definitions.map((definition, index) => {
          const ladder = LADDER[index];
          const who = definition.shortName || definition.name || `lead definition ${index + 1}`;
          return (
            <div key={definition.id} className="lead-definition" data-definition-id={definition.id} data-testid="lead-definition" role="group" aria-label={`Lead definition ${who}`}>
              <div className="lead-definition__head">
                <TextInput
                  className="input input--inline lead-definition__short"
                  name="shortName"
                  aria-label={`Short name of lead definition ${index + 1}, ${handoffLabel}`}
                  placeholder={ladder?.shortName ?? 'Short name'}
                  value={definition.shortName}
                  maxLength={300}
                  disabled={readOnly}
                  onCommit={(shortName) => change(definition.id, { shortName })}
                />
              </div>
              <TextInput
                className="input input--inline lead-definition__name"
                name="name"
                aria-label={`Full name of lead definition ${index + 1}, ${handoffLabel}`}
                placeholder={ladder?.name ?? 'Full name'}
                value={definition.name}
                maxLength={300}
                disabled={readOnly}
                onCommit={(name) => change(definition.id, { name })}
              />
              <ChipListEditor
                label="Criteria"
                noun="criterion"
                context={who}
                items={definition.criteria}
                maxItems={LIMITS.criteriaPerDefinition}
                onChange={(criteria) => change(definition.id, { criteria })}
                placeholder="Add a criterion, then press Enter"
                readOnly={readOnly}
                testId="criteria"
              />
              {!readOnly && (
                <button type="button" className="icon-button icon-button--danger lead-definition__remove" aria-label={`Remove lead definition ${who}`} title="Remove" onClick={() => void remove(definition)}>
                  <Icon name="trash" />
                </button>
              )}
            </div>
          );
        })}
      </div>
      {!readOnly && definitions.length < MAX_DEFINITIONS && (
        <div className="lead-definitions__foot">
          <button type="button" className="lead-definitions__add" onClick={() => void add()}>
            <Icon name="plus" />
            {definitions.length === 0 ? 'Add the first lead definition' : 'Add lead definition'}
          </button>
        </div>
      )}
    </div>
  );
});
