/** The charter as a PDF to take home: the paper it prints on, the export, the actions and charter as text files, earlier versions, and checking a PDF. */
import { useState } from 'react';
import { defaultPaperSize } from '../../../domain/charterRecord';
import { isCharterFinal } from '../../../domain/signoff';
import type { PaperSize, Workshop } from '../../../domain/workshopSchema';
import { Icon } from '../../components/Icon';
import { dispatchCommand } from '../../stores/sessionStore';
import { SegmentedControl } from '../common/SegmentedControl';
import { useCharterExport } from './useCharterExport';
import { effectivePaperSize } from './useCharterRecord';
import { VerifyCharter } from './VerifyCharter';
import { TakeHomeExports } from './TakeHomeExports';
import { VersionHistory } from './VersionHistory';

const PAPER_LABELS = { a4: 'A4', letter: 'Letter' } as const satisfies Record<PaperSize, string>;

type PaperChoice = PaperSize | 'machine';

export function ExportStep({ workshop, readOnly }: { workshop: Workshop; readOnly: boolean }) {
  const choice = workshop.setup.paperSize;
  const paperSize = effectivePaperSize(choice);
  const machine = defaultPaperSize(navigator.language);
  const exporter = useCharterExport(workshop.id, paperSize);
  const { signoff } = workshop;
  const final = isCharterFinal(workshop);
  // The charter version the last export of the current charter was of: its message goes once the charter moves on.
  const [exportedVersion, setExportedVersion] = useState<number | null>(null);
  const current = exporter.outcome?.version === null && exportedVersion === signoff.charterVersion ? exporter.outcome : null;
  const busy = exporter.running === 'current';

  return (
    <div className="signoff-export" data-testid="signoff-export">
      <section className="panel" aria-labelledby="export-title">
        <div className="panel__head">
          <div>
            <h3 id="export-title" className="panel__title">
              Export the charter
            </h3>
            <p className="panel__subtitle">
              Version {signoff.charterVersion} ·{' '}
              {final
                ? 'final: everyone has signed or is marked absent'
                : signoff.signatures.length === 0
                  ? 'not signed yet'
                  : `${signoff.signatures.length} signed so far; not final yet`}
            </p>
          </div>
        </div>
        <div className="export__paper">
          <span className="field__label" id="paper-label">
            Paper
          </span>
          <SegmentedControl<PaperChoice>
            label="Paper size of the charter"
            value={choice ?? 'machine'}
            readOnly={readOnly}
            testId="paper-size"
            options={[
              { value: 'a4', label: 'A4' },
              { value: 'letter', label: 'US Letter' },
              { value: 'machine', label: `Follow this machine (${PAPER_LABELS[machine]})` },
            ]}
            onChange={(value) => void dispatchCommand({ type: 'updateSetup', patch: { paperSize: value === 'machine' ? null : value } })}
          />
          <p className="field__hint">{choice === null ? `Not chosen for this workshop: follows this machine (${PAPER_LABELS[machine]}).` : `Kept with this workshop: ${choice === 'a4' ? 'A4' : 'US Letter'} on every machine.`}</p>
        </div>
        {!final && (
          <p className="signoff-note signoff-note--quiet">
            <Icon name="info" />
            <span>You can export before everyone has signed: the PDF shows who has signed so far and says it is not final.</span>
          </p>
        )}
        <div className="export__action">
          <button type="button" className="button button--primary" disabled={exporter.running !== null} aria-busy={busy} data-testid="export-pdf" onClick={() => {
              setExportedVersion(signoff.charterVersion);
              void exporter.run(null);
            }}>
            {busy ? <Icon name="loader" className="spin" /> : <Icon name="download" />}
            {busy ? 'Preparing the PDF…' : `Export PDF · version ${signoff.charterVersion}`}
          </button>
          <div aria-live="polite" className="export__outcome-slot">
            {busy && <p className="export-outcome">Printing and sealing the charter; this can take a few seconds.</p>}
            {current && (
              <p className={current.kind === 'failed' ? 'export-outcome is-failed' : 'export-outcome is-done'} data-testid="export-outcome">
                <Icon name={current.kind === 'failed' ? 'errorCircle' : 'check'} />
                <span className="wrap-anywhere">{current.message}</span>
              </p>
            )}
          </div>
        </div>
      </section>
      <TakeHomeExports workshop={workshop} />
      <VersionHistory workshop={workshop} paperSize={paperSize} exporter={exporter} />
      <VerifyCharter />
    </div>
  );
}
