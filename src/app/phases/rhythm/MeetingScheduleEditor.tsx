/**
 * A joint meeting's schedule, set with plain controls: how often, which weekday (and which week
 * of the month), start time, duration, time zone and first day. It starts from what the meeting's
 * words already say (parseCadence), and says in words what it holds and what the calendar file
 * still needs. The words themselves stay in the Cadence field beside it.
 */
import { useMemo } from 'react';
import { describeSchedule } from '../../../domain/describeSchedule';
import { calendarGaps, emptySchedule, listGaps, FREQUENCIES, MAX_DURATION_MINUTES, MAX_EVERY_WEEKS, WEEKDAYS, WEEKS_OF_MONTH, withFrequency, type Frequency, type MeetingSchedule } from '../../../domain/meetingSchedule';
import { parseCadence } from '../../../domain/parseCadence';
import { NumberInput } from '../../components/NumberInput';
import { SelectField } from '../common';
import { useOptimisticValue } from '../common/useOptimisticList';

const FREQUENCY_LABELS = { weekly: 'Weekly', monthly: 'Monthly', quarterly: 'Quarterly' } as const satisfies Record<Frequency, string>;
const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const FREQUENCY_OPTIONS = FREQUENCIES.map((value) => ({ value, label: FREQUENCY_LABELS[value] }));
const WEEKDAY_OPTIONS = WEEKDAYS.map((value) => ({ value, label: capital(value) }));
const WEEK_OPTIONS = WEEKS_OF_MONTH.map((value) => ({ value, label: capital(value) }));

/** This computer's zone: what an empty time zone means when the calendar file is written here. */
const localTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

function timeZoneOptions(current: string): { value: string; label: string }[] {
  const zones = Intl.supportedValuesOf('timeZone');
  // A zone from another machine's file stays choosable even if this one does not list it.
  const all = current && !zones.includes(current) ? [current, ...zones] : zones;
  return all.map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') }));
}

interface MeetingScheduleEditorProps {
  schedule: MeetingSchedule | null;
  /** The meeting's cadence in words, read for a first schedule. */
  cadence: string;
  /** "meeting 2": for the accessible names. */
  label: string;
  readOnly: boolean;
  onChange: (schedule: MeetingSchedule | null) => Promise<boolean> | void;
}

export function MeetingScheduleEditor({ schedule, cadence, label, readOnly, onChange }: MeetingScheduleEditorProps) {
  const zones = useMemo(() => timeZoneOptions(schedule?.timeZone ?? ''), [schedule?.timeZone]);
  // The schedule goes to the host whole: a quick second choice builds on the first, not on its older echo.
  const sent = useOptimisticValue(schedule);
  const send = (next: MeetingSchedule | null) => void sent.send(next, onChange);
  if (schedule === null) {
    const start = () => {
      const read = parseCadence(cadence).schedule ?? emptySchedule('weekly');
      send({ ...read, timeZone: read.timeZone || localTimeZone() });
    };
    return (
      <div className="rhythm-schedule rhythm-schedule--none" data-testid="meeting-schedule">
        <p className="rhythm-schedule__words">No calendar schedule yet: the calendar file leaves this meeting out.</p>
        {!readOnly && (
          <button type="button" className="button button--small" onClick={start} aria-label={`Set a schedule for ${label}`}>
            Set a schedule
          </button>
        )}
      </div>
    );
  }

  const set = (patch: Partial<MeetingSchedule>) => send({ ...(sent.current() ?? schedule), ...patch });
  const gaps = calendarGaps(schedule);
  return (
    <fieldset className="rhythm-schedule" data-testid="meeting-schedule" disabled={readOnly}>
      <legend className="field__label">Schedule for the calendar</legend>
      <div className="rhythm-schedule__controls">
        <SelectField label="Repeats" ariaLabel={`How often ${label} repeats`} name="frequency" value={schedule.frequency} options={FREQUENCY_OPTIONS} readOnly={readOnly} onChange={(value) => value && send(withFrequency(sent.current() ?? schedule, value as Frequency))} />
        {schedule.frequency === 'weekly' ? (
          <label className="field field--number">
            <span className="field__label">Every … weeks</span>
            <NumberInput name="everyWeeks" aria-label={`${capital(label)} repeats every how many weeks`} value={schedule.everyWeeks} min={1} max={MAX_EVERY_WEEKS} disabled={readOnly} onCommit={(everyWeeks) => set({ everyWeeks: everyWeeks ?? 1 })} />
          </label>
        ) : (
          <SelectField label="Week of the month" ariaLabel={`Week of the month of ${label}`} name="weekOfMonth" value={schedule.weekOfMonth} options={WEEK_OPTIONS} readOnly={readOnly} onChange={(value) => set({ weekOfMonth: value as MeetingSchedule['weekOfMonth'] })} />
        )}
        <SelectField label="Weekday" ariaLabel={`Weekday of ${label}`} name="weekday" value={schedule.weekday} options={WEEKDAY_OPTIONS} readOnly={readOnly} onChange={(value) => set({ weekday: value as MeetingSchedule['weekday'] })} />
        <label className="field">
          <span className="field__label">Starts at</span>
          <input
            type="time"
            className="input"
            name="startTime"
            aria-label={`Start time of ${label}`}
            value={schedule.startTime}
            disabled={readOnly}
            onChange={(event) => {
              const value = event.target.value.slice(0, 5);
              if (value === '' || /^\d{2}:\d{2}$/.test(value)) set({ startTime: value });
            }}
          />
        </label>
        <label className="field field--number">
          <span className="field__label">Length (min)</span>
          <NumberInput name="durationMinutes" aria-label={`Duration of ${label} in minutes`} placeholder="–" value={schedule.durationMinutes} min={5} max={MAX_DURATION_MINUTES} disabled={readOnly} onCommit={(durationMinutes) => set({ durationMinutes })} />
        </label>
        <SelectField
          label="Time zone"
          ariaLabel={`Time zone of ${label}`}
          name="timeZone"
          value={schedule.timeZone || null}
          emptyLabel={`This computer’s (${localTimeZone().replaceAll('_', ' ')})`}
          options={zones}
          readOnly={readOnly}
          onChange={(value) => set({ timeZone: value ?? '' })}
        />
        <label className="field">
          <span className="field__label">From</span>
          <input type="date" className="input" name="firstDate" aria-label={`First day of ${label} (empty: after the workshop)`} value={schedule.firstDate} disabled={readOnly} onChange={(event) => set({ firstDate: event.target.value })} />
        </label>
      </div>
      <p className="rhythm-schedule__words" data-testid="meeting-schedule-words">
        {describeSchedule(schedule, localTimeZone())}
        {gaps.length > 0 && <span className="rhythm-schedule__gaps"> · The calendar file still needs {listGaps(gaps)}.</span>}
      </p>
      {!readOnly && (
        <button type="button" className="button button--quiet button--small" onClick={() => send(null)} aria-label={`Remove schedule of ${label}`}>
          Remove schedule
        </button>
      )}
    </fieldset>
  );
}
