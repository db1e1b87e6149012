/** Company, title, date, venue and facilitator; each keystroke is an `updateSetup` (the host coalesces saves and undo steps). */
import type { Setup } from '../../../domain/workshopSchema';
import { TextInput } from '../../components/TextInput';
import { dispatchCommand } from '../../stores/sessionStore';
import { selectSetup, useWorkshop } from '../../stores/workshopSelectors';

type TextField = 'company' | 'title' | 'date' | 'venue' | 'facilitator';

const FIELDS: { key: TextField; label: string; type?: string; placeholder?: string; wide?: boolean }[] = [
  { key: 'title', label: 'Workshop title', placeholder: 'e.g. Sales & marketing alignment day', wide: true },
  { key: 'company', label: 'Company', placeholder: 'Whose teams are in the room' },
  { key: 'facilitator', label: 'Facilitator', placeholder: 'Your name' },
  { key: 'date', label: 'Date', type: 'date' },
  { key: 'venue', label: 'Venue', placeholder: 'Where the day takes place' },
];

export function SetupDetailsForm({ readOnly }: { readOnly: boolean }) {
  const setup = useWorkshop(selectSetup);
  if (!setup) return null;
  const commit = (key: keyof Setup) => (value: string) => dispatchCommand({ type: 'updateSetup', patch: { [key]: value } });
  return (
    <section className="panel" aria-labelledby="setup-details-title">
      <h3 id="setup-details-title" className="panel__title">
        The workshop
      </h3>
      <div className="setup-details">
        {FIELDS.map((field) => (
          <label key={field.key} className={field.wide ? 'field setup-details__wide' : 'field'}>
            <span className="field__label">{field.label}</span>
            <TextInput
              name={field.key}
              type={field.type ?? 'text'}
              value={setup[field.key]}
              placeholder={field.placeholder}
              maxLength={300}
              disabled={readOnly}
              onCommit={commit(field.key)}
            />
          </label>
        ))}
      </div>
    </section>
  );
}
