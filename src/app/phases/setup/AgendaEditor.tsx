/**
 * The agenda: one row per phase, in the order the day runs. Each phase can be left out, gets a
 * time box in minutes, and moves up or down by keyboard. The total is measured against the
 * length of the day, with a plain warning when it runs over.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { PHASES } from '../../../domain/phases';
import type { AgendaItem } from '../../../domain/workshopSchema';
import { Icon } from '../../components/Icon';
import { NumberInput } from '../../components/NumberInput';
import { dispatchCommand } from '../../stores/sessionStore';
import { selectAgenda, selectSetup, useWorkshop } from '../../stores/workshopSelectors';
import './setupPlanning.css';

/** Phases the phase bar always offers, whatever the agenda says. */
const ALWAYS_OPEN = new Set(['setup', 'signoff']);

/** "7 h 30 min", "45 min", "8 h". */
function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

export function AgendaEditor({ readOnly }: { readOnly: boolean }) {
  const agenda = useWorkshop(selectAgenda);
  const dayLength = useWorkshop((s) => selectSetup(s)?.dayLengthMinutes ?? 0);
  const [focus, setFocus] = useState<{ id: string; direction: 'up' | 'down' } | null>(null);
  const listRef = useRef<HTMLOListElement>(null);

  const total = useMemo(() => agenda.reduce((sum, item) => (item.included ? sum + item.minutes : sum), 0), [agenda]);
  const over = total - dayLength;

  // Keep the keyboard on the moved row: the same button, or its partner at the ends of the list.
  useEffect(() => {
    if (!focus) return;
    const row = listRef.current?.querySelector(`[data-agenda-id="${focus.id}"]`);
    if (!row) return;
    const wanted = row.querySelector<HTMLButtonElement>(`button[data-move="${focus.direction}"]`);
    const fallback = row.querySelector<HTMLButtonElement>(`button[data-move="${focus.direction === 'up' ? 'down' : 'up'}"]`);
    (wanted && !wanted.disabled ? wanted : fallback)?.focus();
    setFocus(null);
  }, [focus, agenda]);

  const move = useCallback(async (id: string, toIndex: number, direction: 'up' | 'down') => {
    if (await dispatchCommand({ type: 'moveItem', collection: 'agenda', id, toIndex })) setFocus({ id, direction });
  }, []);

  return (
    <section className="panel" aria-labelledby="agenda-title" data-testid="agenda-editor">
      <div className="panel__head">
        <div>
          <h3 id="agenda-title" className="panel__title">
            Agenda
          </h3>
          <p className="panel__subtitle">The phases in the order the day runs, each with its time box.</p>
        </div>
        <label className="agenda__day">
          <span className="field__label">Length of the day</span>
          <span className="agenda__minutes">
            <NumberInput
              name="dayLengthMinutes"
              aria-label="Length of the day in minutes"
              value={dayLength}
              max={24 * 60}
              disabled={readOnly}
              onCommit={(value) => (value === null ? undefined : dispatchCommand({ type: 'updateSetup', patch: { dayLengthMinutes: value } }))}
            />
            <span aria-hidden="true">min</span>
          </span>
        </label>
      </div>

      <ol className="agenda" ref={listRef} data-testid="agenda-list">
        {agenda.map((item, index) => (
          <AgendaRow key={item.id} item={item} index={index} last={index === agenda.length - 1} readOnly={readOnly} onMove={move} />
        ))}
      </ol>

      <div className={over > 0 ? 'agenda__total agenda__total--over' : 'agenda__total'} data-testid="agenda-total" aria-live="polite">
        <div className="agenda__total-figures">
          <span className="agenda__total-label">Planned</span>
          <strong data-testid="agenda-total-minutes" data-minutes={total}>
            {formatDuration(total)}
          </strong>
          <span className="agenda__total-of">for a day of {formatDuration(dayLength)}</span>
        </div>
        <div className="agenda__meter" aria-hidden="true">
          <span className="agenda__meter-fill" style={{ width: `${dayLength > 0 ? Math.min(100, (total / dayLength) * 100) : 100}%` }} />
        </div>
        {over > 0 ? (
          <p className="agenda__warning" data-testid="agenda-over">
            <Icon name="alert" />
            <span>
              The agenda runs {formatDuration(over)} over the day. Shorten a time box or leave a phase out.
            </span>
          </p>
        ) : (
          <p className="agenda__fits">
            <Icon name="check" />
            <span>{over === 0 ? 'The agenda fills the day exactly.' : `${formatDuration(-over)} to spare for breaks and overruns.`}</span>
          </p>
        )}
      </div>
    </section>
  );
}

interface RowProps {
  item: AgendaItem;
  index: number;
  last: boolean;
  readOnly: boolean;
  onMove: (id: string, toIndex: number, direction: 'up' | 'down') => void;
}

const AgendaRow = memo(function AgendaRow({ item, index, last, readOnly, onMove }: RowProps) {
  const label = PHASES[item.phase].label;
  const update = (patch: Partial<Omit<AgendaItem, 'id'>>) => dispatchCommand({ type: 'updateItem', collection: 'agenda', id: item.id, patch });
  const always = ALWAYS_OPEN.has(item.phase);
  return (
    <li className={item.included ? 'agenda__row' : 'agenda__row agenda__row--out'} data-agenda-id={item.id} data-agenda-phase={item.phase} data-testid="agenda-row">
      <span className="agenda__index" aria-hidden="true">
        {index + 1}
      </span>
      <span className="agenda__phase">
        <span className="agenda__name">{label}</span>
        <span className="agenda__note">{item.included ? (always ? 'Always in the phase bar' : PHASES[item.phase].purpose) : 'Left out of the day'}</span>
      </span>
      <label className="switch" title={item.included ? `Leave ${label} out` : `Put ${label} back in`}>
        <input
          type="checkbox"
          role="switch"
          className="switch__input"
          aria-label={`Include ${label}`}
          checked={item.included}
          disabled={readOnly}
          onChange={(event) => void update({ included: event.target.checked })}
        />
        <span className="switch__track" aria-hidden="true">
          <span className="switch__thumb" />
        </span>
      </label>
      <span className="agenda__minutes">
        <NumberInput
          aria-label={`Time box for ${label} in minutes`}
          value={item.minutes}
          max={24 * 60}
          disabled={readOnly || !item.included}
          onCommit={(minutes) => (minutes === null ? undefined : update({ minutes }))}
        />
        <span aria-hidden="true">min</span>
      </span>
      <span className="agenda__move">
        <button
          type="button"
          className="icon-button"
          data-move="up"
          aria-label={`Move ${label} earlier`}
          title="Move earlier"
          disabled={readOnly || index === 0}
          onClick={() => onMove(item.id, index - 1, 'up')}
        >
          <ChevronIcon direction="up" />
        </button>
        <button
          type="button"
          className="icon-button"
          data-move="down"
          aria-label={`Move ${label} later`}
          title="Move later"
          disabled={readOnly || last}
          onClick={() => onMove(item.id, index + 1, 'down')}
        >
          <ChevronIcon direction="down" />
        </button>
      </span>
    </li>
  );
});

function ChevronIcon({ direction }: { direction: 'up' | 'down' }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d={direction === 'up' ? 'M6 15l6-6 6 6' : 'M6 9l6 6 6-6'} />
    </svg>
  );
}
