/**
 * Earlier charter versions that were signed before a change superseded them: readable and
 * exportable, each with what the next version changed (the latest against the charter as it is now).
 */
import { useMemo, useState } from 'react';
import { charterContent } from '../../../domain/charterContent';
import { signedVersionRecord, type CharterContent } from '../../../domain/charterRecord';
import { describeCharterChanges } from '../../../domain/describeCharterChanges';
import { displayName } from '../../../domain/displayNames';
import type { PaperSize, Workshop } from '../../../domain/workshopSchema';
import { CharterReview } from '../../charter/CharterReview';
import { Dialog } from '../../components/Dialog';
import { Icon } from '../../components/Icon';
import { shortFingerprint } from './signoffRoster';
import type { useCharterExport } from './useCharterExport';
import './versionHistory.css';

interface VersionHistoryProps {
  workshop: Workshop;
  paperSize: PaperSize;
  exporter: ReturnType<typeof useCharterExport>;
}

export function VersionHistory({ workshop, paperSize, exporter }: VersionHistoryProps) {
  const [viewing, setViewing] = useState<number | null>(null);
  const [section, setSection] = useState<string | null>('cover');
  const { versions, charterVersion } = workshop.signoff;
  const { id, setup, teams, participants, pulse, stages, activities, handoffs, bestCustomers, goals, incentives, rhythm, actions, parkingLot, decisions, checkIn } = workshop;
  // Recomputed only when the charter's parts change, not for every change of the workshop.
  const current = useMemo(
    () => charterContent({ id, setup, teams, participants, pulse, stages, activities, handoffs, bestCustomers, goals, incentives, rhythm, actions, parkingLot, decisions, checkIn }),
    [id, setup, teams, participants, pulse, stages, activities, handoffs, bestCustomers, goals, incentives, rhythm, actions, parkingLot, decisions, checkIn],
  );
  // Between signed versions the answer never changes; only the latest is compared with the charter as it is now.
  const betweenSigned = useMemo(() => versions.slice(0, -1).map((version, index) => describeCharterChanges(version.content as CharterContent, versions[index + 1]!.content as CharterContent)), [versions]);
  const sinceLatest = useMemo(() => (versions.length === 0 ? [] : describeCharterChanges(versions.at(-1)!.content as CharterContent, current)), [versions, current]);
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
          const index = versions.indexOf(version);
          const changes = index === versions.length - 1 ? sinceLatest : betweenSigned[index]!;
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
                <div className="history__changes" data-testid="history-changes">
                  <p className="history__changes-title">{next === charterVersion ? `Changed in version ${next}, the current one` : `Changed in version ${next}`}</p>
                  {changes.length === 0 ? (
                    <p className="history__changes-none">The charter says the same as version {version.number} again.</p>
                  ) : (
                    <ul className="history__changes-list">
                      {changes.map((line, at) => (
                        <li key={at} className="wrap-anywhere">
                          {line}
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
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
