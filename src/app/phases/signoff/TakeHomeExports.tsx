/** The actions as CSV for a spreadsheet or a task tool, and the charter as Markdown for a wiki or an e-mail. */
import type { Workshop } from '../../../domain/workshopSchema';
import type { WorkshopExportFormat } from '../../../shared/accordApi';
import { Icon } from '../../components/Icon';
import { useTextExport } from './useTextExport';

const BUTTONS = [
  { format: 'actions-csv', label: 'Actions (CSV)', testId: 'export-actions-csv' },
  { format: 'charter-md', label: 'Charter (Markdown)', testId: 'export-charter-md' },
] as const satisfies readonly { format: WorkshopExportFormat; label: string; testId: string }[];

export function TakeHomeExports({ workshop }: { workshop: Workshop }) {
  const exporter = useTextExport(workshop.id);
  const { outcome } = exporter;
  const actions = workshop.actions.length;
  return (
    <section className="panel" aria-labelledby="take-home-title" data-testid="take-home-exports">
      <div className="panel__head">
        <div>
          <h3 id="take-home-title" className="panel__title">
            Take the work home
          </h3>
          <p className="panel__subtitle">
            {actions} {actions === 1 ? 'action' : 'actions'} for a spreadsheet or a task tool (opens in Excel and LibreOffice), and the current charter as Markdown for a wiki or an e-mail.
          </p>
        </div>
      </div>
      <div className="export__action">
        {BUTTONS.map(({ format, label, testId }) => {
          const busy = exporter.running === format;
          return (
            <button key={format} type="button" className="button" disabled={exporter.running !== null} aria-busy={busy} data-testid={testId} onClick={() => void exporter.run(format)}>
              <Icon name={busy ? 'loader' : 'download'} className={busy ? 'spin' : undefined} />
              {label}
            </button>
          );
        })}
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
