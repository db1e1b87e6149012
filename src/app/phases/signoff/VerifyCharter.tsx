/**
 * "Verify a charter…": a PDF picked or dropped here is checked by the host against the data
 * Accord sealed into it and against this library. The answer is one of three, with the reason,
 * then the facts once each (which charter, its fingerprint, when it was exported, how it stands
 * in the library, whether the library recorded exporting these pages), and the honest limit of
 * such a check.
 */
import { useRef, useState, type DragEvent } from 'react';
import { formatMegabytes, MAX_VERIFY_BYTES, type CharterExportRecordCheck, type CharterVerdict, type CharterVerification } from '../../../shared/accordApi';
import { hostApi } from '../../bridge/hostApi';
import { CharterReview } from '../../charter/CharterReview';
import { Dialog } from '../../components/Dialog';
import { Icon, type IconName } from '../../components/Icon';
import { errorMessage } from '../../stores/sessionStore';
import { encodeBase64 } from './encodeBase64';
import { localTimeWithZone, shortFingerprint } from './signoffRoster';

const VERDICTS = {
  unchanged: { icon: 'check', title: 'Unchanged: this is the charter as Accord sealed it.' },
  contentIntact: { icon: 'alert', title: 'Changed since Accord exported it: the pages may differ. The charter data sealed inside is intact.' },
  altered: { icon: 'errorCircle', title: 'Altered, or not a charter Accord sealed: do not rely on this file.' },
} as const satisfies Record<CharterVerdict, { icon: IconName; title: string }>;

type State = { kind: 'idle' } | { kind: 'checking'; fileName: string } | { kind: 'refused'; message: string } | { kind: 'done'; fileName: string; verification: CharterVerification };

export function VerifyCharter() {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const [showEmbedded, setShowEmbedded] = useState(false);
  const [section, setSection] = useState<string | null>('cover');
  const input = useRef<HTMLInputElement>(null);

  const check = async (file: File) => {
    if (state.kind === 'checking') return;
    if (file.size > MAX_VERIFY_BYTES) {
      setState({ kind: 'refused', message: `“${file.name}” is ${formatMegabytes(file.size)}; Accord verifies charters up to ${formatMegabytes(MAX_VERIFY_BYTES)}. A charter Accord exported is far smaller: check that this is the right file.` });
      return;
    }
    setState({ kind: 'checking', fileName: file.name });
    try {
      const base64 = encodeBase64(new Uint8Array(await file.arrayBuffer()));
      const verification = await hostApi().verifyCharter(file.name, base64);
      setState({ kind: 'done', fileName: file.name, verification });
    } catch (error) {
      setState({ kind: 'refused', message: `“${file.name}” could not be checked: ${errorMessage(error)}` });
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void check(file);
  };

  return (
    <section className="panel verify" aria-labelledby="verify-title" data-testid="verify-charter">
      <div className="panel__head">
        <div>
          <h3 id="verify-title" className="panel__title">
            Verify a charter…
          </h3>
          <p className="panel__subtitle">Check a charter PDF someone sends you against the data Accord sealed into it and against this library.</p>
        </div>
      </div>
      <div
        className={dragging ? 'verify__drop is-dragging' : 'verify__drop'}
        data-testid="verify-drop-zone"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={(event) => {
          // Moving over the zone's own text and button is not leaving it.
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={onDrop}
      >
        <Icon name="upload" />
        <p>Drop a charter PDF here, or</p>
        <button type="button" className="button" onClick={() => input.current?.click()} disabled={state.kind === 'checking'}>
          Choose a PDF…
        </button>
        <input
          ref={input}
          type="file"
          accept="application/pdf,.pdf"
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="verify-file-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void check(file);
          }}
        />
      </div>
      <div aria-live="polite">
        {state.kind === 'checking' && (
          <p className="signoff-loading">
            <Icon name="loader" className="spin" />
            Checking “{state.fileName}”…
          </p>
        )}
        {state.kind === 'refused' && (
          <p className="signoff-problem" role="alert">
            <Icon name="errorCircle" />
            <span>{state.message}</span>
          </p>
        )}
        {state.kind === 'done' && <VerdictCard fileName={state.fileName} verification={state.verification} onShowEmbedded={() => setShowEmbedded(true)} />}
      </div>
      {showEmbedded && state.kind === 'done' && state.verification.embeddedCharter && (
        <Dialog
          title={`The charter inside “${state.fileName}”`}
          testId="embedded-charter"
          wide
          onClose={() => setShowEmbedded(false)}
          onSubmit={() => setShowEmbedded(false)}
          actions={
            <button type="submit" className="button button--primary">
              Close
            </button>
          }
        >
          <p>Rebuilt from the data sealed in the file: compare it with the file’s pages.</p>
          <CharterReview record={state.verification.embeddedCharter} sectionId={section} onShowSection={setSection} />
        </Dialog>
      )}
    </section>
  );
}

function VerdictCard({ fileName, verification, onShowEmbedded }: { fileName: string; verification: CharterVerification; onShowEmbedded: () => void }) {
  const { verdict, reason, check, sealedAt, fingerprint, library, embeddedCharter } = verification;
  const look = VERDICTS[verdict];
  const version = embeddedCharter?.version ?? library?.version;
  const title = library?.title ?? (embeddedCharter?.content.cover.title.trim() || null);
  return (
    <div className={`verdict verdict--${verdict}`} data-testid="verify-verdict" data-verdict={verdict}>
      <Icon name={look.icon} className="verdict__icon" />
      <div className="verdict__body">
        <p className="verdict__file wrap-anywhere">{fileName}</p>
        <p className="verdict__title">{look.title}</p>
        {/* The reason without the facts below (a host that does not split it gives the whole reason). */}
        <p className="verdict__reason">{check ?? reason}</p>
        <dl className="verdict__facts">
          {version !== undefined && (
            <div>
              <dt>Charter</dt>
              <dd className="wrap-anywhere">
                Version {version}
                {title && ` of “${title}”`}
              </dd>
            </div>
          )}
          {fingerprint && (
            <div>
              <dt>Fingerprint</dt>
              <dd>
                <code className="fingerprint" title={fingerprint}>
                  {shortFingerprint(fingerprint)}
                </code>
              </dd>
            </div>
          )}
          {sealedAt && (
            <div>
              <dt>Exported</dt>
              <dd>
                <time dateTime={sealedAt} data-testid="verify-sealed-at">
                  {localTimeWithZone(sealedAt)}
                </time>
              </dd>
            </div>
          )}
          {(library || fingerprint) && (
            <div>
              <dt>In this library</dt>
              <dd data-testid="verify-library">{library ? libraryStanding(library, version) : 'No workshop here has a charter with this fingerprint.'}</dd>
            </div>
          )}
          {library?.exportRecord && (
            <div>
              <dt>Pages</dt>
              {/* The library's record of its exports: "not these pages" is the one answer that warns about a file that otherwise checks out. */}
              <dd data-testid="verify-export-record" data-status={library.exportRecord.status}>
                {library.exportRecord.status === 'not-recorded' ? <strong>{library.exportRecord.message}</strong> : (library.exportRecord.short ?? library.exportRecord.message)}
              </dd>
            </div>
          )}
        </dl>
        <p className="verdict__limit">A check like this has a limit: someone with Accord could build a consistent file from scratch. The strongest check is against your own library.</p>
        {verdict === 'contentIntact' && embeddedCharter && (
          <button type="button" className="button" onClick={onShowEmbedded}>
            Show the charter inside the file
          </button>
        )}
      </div>
    </div>
  );
}

/** How the file's version stands in the library: said once, without repeating the version the file names. */
function libraryStanding(library: NonNullable<CharterVerification['library']>, fileVersion: number | undefined): string {
  const which = library.version === fileVersion ? 'This version' : `Version ${library.version}`;
  return library.superseded ? `${which}, superseded by version ${library.latestVersion}.` : `${which}, the current one.`;
}
