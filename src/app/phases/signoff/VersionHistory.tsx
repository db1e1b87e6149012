/** Earlier charter versions that were signed before a change superseded them: readable and exportable. */
import { useState } from 'react';
import { signedVersionRecord } from '../../../domain/charterRecord';
import { displayName } from '../../../domain/displayNames';
import type { PaperSize, Workshop } from '../../../domain/workshopSchema';
import { CharterReview } from '../../charter/CharterReview';
import { Dialog } from '../../components/Dialog';
import { Icon } from '../../components/Icon';
import { shortFingerprint } from './signoffRoster';
import type { useCharterExport } from './useCharterExport';

interface VersionHistoryProps {
  workshop: Workshop;
  paperSize: PaperSize;
  exporter: ReturnType<typeof useCharterExport>;
}

export function VersionHistory({ workshop, paperSize, exporter }: VersionHistoryProps) {
  const [viewing, setViewing] = useState<number | null>(null);
  const [section, setSection] = useState<string | null>('cover');
  const { versions, charterVersion } = workshop.signoff;
  if (versions.length === 0) return null;
  const record = viewing === null ? null : signedVersionRecord(workshop, viewing, paperSize);
  const newestFirst = [...versions].reverse();

  return (
    <section className="panel history" aria-labelledby="history-title" data-testid="version-history">
      <div className="panel__head">
        <div>
          <h3 id="history-title" className="panel__title">
            Earlier signed versions
          </h3>
          <p className="panel__subtitle">Each was signed, then the charter changed. They stay readable as they were signed.</p>
        </div>
      </div>
      <ol className="history__list">
        {newestFirst.map((version) => {
          const next = versions.find((v) => v.number > version.number)?.number ?? charterVersion;
          const names = version.signatures.map((s) => displayName(version.content.participants.find((p) => p.id === s.participantId)?.name ?? s.typedName, 'participant'));
          const outcome = exporter.outcome?.version === version.number ? exporter.outcome : null;
          const busy = exporter.running === version.number;
          return (
            <li key={version.number} className="history__item" data-testid="history-version" data-version={version.number}>
              <div className="history__main">
                <p className="history__title">
                  Version {version.number}
                  <span className="history__superseded">superseded by version {next}</span>
                </p>
                <p className="history__meta">
                  Fingerprint{' '}
                  <code className="fingerprint" title={version.fingerprint}>
                    {shortFingerprint(version.fingerprint)}
                  </code>{' '}
                  · signed by {names.join(', ')}
                </p>
                {outcome && (
                  <p className={outcome.kind === 'failed' ? 'export-outcome is-failed' : 'export-outcome'} role={outcome.kind === 'failed' ? 'alert' : 'status'}>
                    {outcome.message}
                  </p>
                )}
              </div>
              <div className="history__actions">
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => {
                    setSection('cover');
                    setViewing(version.number);
                  }}
                  aria-label={`View version ${version.number}`}
                >
                  View
                </button>
                <button type="button" className="button button--small" disabled={exporter.running !== null} aria-busy={busy} onClick={() => void exporter.run(version.number)} aria-label={`Export PDF: version ${version.number}`}>
                  {busy ? <Icon name="loader" className="spin" /> : <Icon name="download" />}
                  {busy ? 'Exporting…' : 'Export PDF'}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      {record && (
        <Dialog
          title={`Version ${record.version}, as it was signed`}
          testId="history-view"
          wide
          onClose={() => setViewing(null)}
          onSubmit={() => setViewing(null)}
          actions={
            <button type="submit" className="button button--primary">
              Close
            </button>
          }
        >
          <CharterReview record={record} sectionId={section} onShowSection={setSection} />
        </Dialog>
      )}
    </section>
  );
}
