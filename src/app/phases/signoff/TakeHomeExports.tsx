/**
 * The actions as CSV for a spreadsheet or a task tool, the charter as Markdown for a wiki or an
 * e-mail, and the joint meetings as a calendar file (with the actions' due dates, if wanted).
 */
import { useState } from 'react';
import { calendarGaps } from '../../../domain/meetingSchedule';
import type { Workshop } from '../../../domain/workshopSchema';
import type { WorkshopExportFormat } from '../../../shared/accordApi';
import { Icon } from '../../components/Icon';
import { useTextExport } from './useTextExport';

const BUTTONS = [
  { format: 'actions-csv', label: 'Actions (CSV)', testId: 'export-actions-csv' },
  { format: 'charter-md', label: 'Charter (Markdown)', testId: 'export-charter-md' },
  { format: 'rhythm-ics', label: 'Meetings (calendar)', testId: 'export-rhythm-ics' },
] as const satisfies readonly { format: WorkshopExportFormat; label: string; testId: string }[];

export function TakeHomeExports({ workshop }: { workshop: Workshop }) {
  const exporter = useTextExport(workshop.id);
  const [withDueDates, setWithDueDates] = useState(false);
  const { outcome } = exporter;
  const actions = workshop.actions.length;
  const meetings = workshop.rhythm.meetings;
  const scheduled = meetings.filter((m) => calendarGaps(m.schedule).length === 0).length;
  return (
    <section className="panel" aria-labelledby="take-home-title" data-testid="take-home-exports">
      <div className="panel__head">
        <div>
          <h3 id="take-home-title" className="panel__title">
            Take the work home
          </h3>
          <p className="panel__subtitle">
            {actions} {actions === 1 ? 'action' : 'actions'} for a spreadsheet or a task tool (opens in Excel and LibreOffice), the current charter as Markdown for a wiki or an e-mail, and the joint
            meetings as a calendar file ({scheduled} of {meetings.length} {meetings.length === 1 ? 'meeting has' : 'meetings have'} a complete schedule) for Outlook, Google Calendar or Apple Calendar.
          </p>
        </div>
      </div>
      <div className="export__action">
        {BUTTONS.map(({ format, label, testId }) => {
          const busy = exporter.running === format;
          return (
            <button
              key={format}
              type="button"
              className="button"
              disabled={exporter.running !== null}
              aria-busy={busy}
              data-testid={testId}
              onClick={() => void exporter.run(format, format === 'rhythm-ics' ? { withDueDates } : {})}
            >
              <Icon name={busy ? 'loader' : 'download'} className={busy ? 'spin' : undefined} />
              {label}
            </button>
          );
        })}
        <label className="export__option">
          <input type="checkbox" checked={withDueDates} onChange={(event) => setWithDueDates(event.target.checked)} data-testid="export-with-due-dates" />
          Put the actions’ due dates in the calendar too
        </label>
        <div aria-live="polite" className="export__outcome-slot">
          {outcome && (
            <p className={outcome.kind === 'failed' ? 'export-outcome is-failed' : 'export-outcome is-done'} data-testid="take-home-outcome">
              <Icon name={outcome.kind === 'failed' ? 'errorCircle' : 'check'} />
              <span className="wrap-anywhere">{outcome.message}</span>
            </p>
          )}
        </div>
      </div>
    </section>
  );
}
