/**
 * Signing in turn on the facilitator's device: the open points first, then everyone by team,
 * the sponsors at the top because they sign first. Each row shows where the person stands on
 * this charter version and what can be done for them (sign, mark absent or present, withdraw).
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { displayName } from '../../../domain/displayNames';
import { isCharterFinal, signoffWarnings } from '../../../domain/signoff';
import type { SignatureRecord, Workshop } from '../../../domain/workshopSchema';
import { hostApi } from '../../bridge/hostApi';
import { Dialog } from '../../components/Dialog';
import { Icon } from '../../components/Icon';
import { TeamBadge } from '../../components/TeamBadge';
import { errorMessage } from '../../stores/sessionStore';
import { selectNavigablePhases, useWorkshop } from '../../stores/workshopSelectors';
import { sendSignoff } from './sendSignoff';
import { SignatureImage } from './SignatureImage';
import { SignDialog, type CharterToSign } from './SignDialog';
import { SignoffWarnings } from './SignoffWarnings';
import { buildRoster, shortFingerprint, signedTime, type RosterEntry } from './signoffRoster';

interface SignStepProps {
  workshop: Workshop;
  /** The current charter's fingerprint, when known (for the heading). */
  fingerprint: string | null;
  readOnly: boolean;
  onExport: () => void;
  onShowHistory: () => void;
}

export function SignStep({ workshop, fingerprint, readOnly, onExport, onShowHistory }: SignStepProps) {
  const navigable = useWorkshop(selectNavigablePhases);
  const { signoff } = workshop;
  const { participants, teams, rhythm, stages, activities, actions } = workshop;
  const roster = useMemo(() => buildRoster({ participants, teams, rhythm, signoff }), [participants, teams, rhythm, signoff]);
  const warnings = useMemo(() => signoffWarnings({ teams, stages, activities, actions }), [teams, stages, activities, actions]);
  const openWarnings = warnings.filter((w) => !signoff.acceptedWarnings.includes(w.key)).length;
  const final = isCharterFinal(workshop);
  const canSign = openWarnings === 0 && !readOnly;

  const [signing, setSigning] = useState<{ entry: RosterEntry; charter: CharterToSign } | null>(null);
  const [withdrawing, setWithdrawing] = useState<RosterEntry | null>(null);
  const [rowMessage, setRowMessage] = useState<{ participantId: string; message: string } | null>(null);
  const [opening, setOpening] = useState<string | null>(null);
  /**
   * Who just signed, said in the list's own head rather than in a corner toast: a toast there
   * sat over the next participant's Sign button while the room queued to sign.
   */
  const [lastSigned, setLastSigned] = useState<string | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const finalRef = useRef<HTMLDivElement>(null);
  const wasFinal = useRef(final);

  // The last signature makes the charter final: show it, with Export at hand.
  useEffect(() => {
    if (final && !wasFinal.current) {
      finalRef.current?.scrollIntoView({ block: 'nearest' });
      finalRef.current?.querySelector('button')?.focus({ preventScroll: true });
    }
    wasFinal.current = final;
  }, [final]);

  /**
   * Where the keyboard goes after a signature (the next Sign button, else the signer's row) or a
   * withdrawal (the row): moved once the roster shows the change, which arrives with the host's
   * update, not at a fixed moment. Moved earlier, focus would land on the signer's own Sign button
   * just before it is replaced, and be lost. Taken up after a commit, so after the dialog has
   * closed and given focus back.
   */
  const [pendingFocus, setPendingFocus] = useState<{ participantId: string; afterSigning: boolean } | null>(null);
  useEffect(() => {
    const list = listRef.current;
    if (!pendingFocus || !list) return;
    const status = roster.entries.find((e) => e.participant.id === pendingFocus.participantId)?.status.kind;
    if (status !== undefined && (status === 'signed') !== pendingFocus.afterSigning) return; // not shown yet
    setPendingFocus(null);
    // Removed meanwhile, or the charter just became final (its own effect above put focus on Export).
    if (status === undefined || (final && pendingFocus.afterSigning)) return;
    const next = pendingFocus.afterSigning ? list.querySelector<HTMLButtonElement>('[data-signer-status="waiting"] .signer__sign:not(:disabled)') : null;
    const own = list.querySelector<HTMLElement>(`[data-participant-id="${CSS.escape(pendingFocus.participantId)}"] button`);
    (next ?? own)?.focus();
  }, [pendingFocus, roster, final]);
  const focusRow = (participantId: string, afterSigning: boolean) => setPendingFocus({ participantId, afterSigning });

  const openSigning = useCallback(async (entry: RosterEntry) => {
    setRowMessage(null);
    setOpening(entry.participant.id);
    try {
      // The signature binds to the charter the room reviewed; if it has changed since, the signer reviews it again first.
      const result = await hostApi().getCharterFingerprint();
      if (!result.ok) setRowMessage({ participantId: entry.participant.id, message: result.message });
      else if (fingerprint !== null && result.fingerprint !== fingerprint) {
        setRowMessage({ participantId: entry.participant.id, message: 'The charter changed after it was shown for review. Look at the change in Review, then sign.' });
      } else setSigning({ entry, charter: { fingerprint: result.fingerprint, version: result.version } });
    } catch (error) {
      setRowMessage({ participantId: entry.participant.id, message: errorMessage(error) });
    } finally {
      setOpening(null);
    }
  }, [fingerprint]);

  const act = useCallback(async (entry: RosterEntry, type: 'markAbsent' | 'markPresent' | 'withdrawSignature') => {
    setRowMessage(null);
    setLastSigned(null);
    const result = await sendSignoff({ type, participantId: entry.participant.id });
    if (!result.ok) setRowMessage({ participantId: entry.participant.id, message: result.message });
    return result.ok;
  }, []);

  const total = roster.entries.length;
  return (
    <div className="signoff-sign" data-testid="signoff-sign">
      <SignoffWarnings warnings={warnings} accepted={signoff.acceptedWarnings} navigable={navigable} readOnly={readOnly} />

      {signoff.versions.length > 0 && signoff.signatures.length === 0 && (
        <p className="signoff-note" data-testid="signoff-new-version">
          <Icon name="info" />
          <span>
            This is version {signoff.charterVersion} of the charter: it changed after version {signoff.versions.at(-1)!.number} was signed, so everyone signs again. {startedAfresh(signoff.versions.at(-1)!)}The earlier version stays readable.{' '}
            <button type="button" className="link-button" onClick={onShowHistory}>
              See earlier versions
            </button>
          </span>
        </p>
      )}

      {final && (
        <div className="signoff-final" role="status" data-testid="signoff-final" ref={finalRef}>
          <Icon name="check" className="signoff-final__icon" />
          <div className="signoff-final__text">
            <p className="signoff-final__title">The charter is final.</p>
            <p>
              Everyone has signed version {signoff.charterVersion} or is marked absent. Signatures can no longer be withdrawn; a change to the charter would start version {signoff.charterVersion + 1}.
            </p>
          </div>
          <button type="button" className="button button--primary" onClick={onExport}>
            <Icon name="download" />
            Export the PDF
          </button>
        </div>
      )}

      <section className="panel signers" aria-labelledby="signers-title">
        <div className="panel__head">
          <div>
            <h3 id="signers-title" className="panel__title">
              Signatures · version {signoff.charterVersion}
            </h3>
            <p className="panel__subtitle" data-testid="signoff-progress" aria-live="polite">
              {roster.signed} of {total} signed · {roster.absent} absent · {roster.waiting} waiting
              {fingerprint && (
                <>
                  {' '}
                  · fingerprint{' '}
                  <code className="fingerprint" title={fingerprint}>
                    {shortFingerprint(fingerprint)}
                  </code>
                </>
              )}
            </p>
            {/* Always there, so screen readers hear each new signature; the focus has moved on to the next Sign button. */}
            <p className="signers__last-signed" role="status" data-testid="signoff-last-signed">
              {lastSigned && (
                <>
                  <Icon name="check" />
                  {lastSigned}
                </>
              )}
            </p>
          </div>
        </div>
        {!readOnly && openWarnings > 0 && (
          <p className="signoff-blocked" data-testid="signoff-blocked">
            <Icon name="alert" />
            Signing opens once every open point above is fixed or accepted ({openWarnings} still open).
          </p>
        )}
        {total === 0 ? (
          <p className="signoff-empty">Nobody to sign yet: add the participants in Setup.</p>
        ) : (
          <div className="signers__groups" ref={listRef}>
            {roster.groups.map((group) => (
              <section key={group.key} className="signers__group" aria-label={group.label}>
                <h4 className={group.key === 'sponsors' ? 'signers__group-title is-sponsors' : 'signers__group-title'}>{group.label}</h4>
                <ul className="signers__list">
                  {group.entries.map((entry) => (
                    <SignerRow
                      key={entry.participant.id}
                      entry={entry}
                      teams={workshop.teams}
                      canSign={canSign}
                      final={final}
                      readOnly={readOnly}
                      opening={opening === entry.participant.id}
                      waitingForSponsor={!entry.sponsor && roster.sponsorsPending.length > 0}
                      message={rowMessage?.participantId === entry.participant.id ? rowMessage.message : null}
                      onSign={openSigning}
                      onAct={act}
                      onWithdraw={setWithdrawing}
                    />
                  ))}
                </ul>
              </section>
            ))}
          </div>
        )}
      </section>

      {signing && (
        <SignDialog
          workshop={workshop}
          participant={signing.entry.participant}
          team={signing.entry.team}
          waitingForSponsors={signing.entry.sponsor ? [] : roster.sponsorsPending}
          charter={signing.charter}
          onClose={() => setSigning(null)}
          onSigned={() => {
            const id = signing.entry.participant.id;
            setSigning(null);
            setLastSigned(`${displayName(signing.entry.participant.name, 'participant')} signed version ${workshop.signoff.charterVersion}.`);
            focusRow(id, true);
          }}
        />
      )}
      {withdrawing && (
        <Dialog
          title={`Withdraw ${displayName(withdrawing.participant.name, 'participant')}’s signature?`}
          testId="withdraw-dialog"
          onClose={() => setWithdrawing(null)}
          onSubmit={() => {
            const entry = withdrawing;
            setWithdrawing(null);
            void act(entry, 'withdrawSignature').then((ok) => ok && focusRow(entry.participant.id, false));
          }}
          actions={
            <>
              <button type="button" className="button" onClick={() => setWithdrawing(null)} autoFocus>
                Cancel
              </button>
              <button type="submit" className="button button--danger">
                Withdraw signature
              </button>
            </>
          }
        >
          <p className="wrap-anywhere">
            {displayName(withdrawing.participant.name, 'participant')}’s signature of version {signoff.charterVersion} is removed from the charter. They can sign again afterwards.
          </p>
        </Dialog>
      )}
    </div>
  );
}

interface SignerRowProps {
  entry: RosterEntry;
  teams: Workshop['teams'];
  canSign: boolean;
  final: boolean;
  readOnly: boolean;
  opening: boolean;
  waitingForSponsor: boolean;
  message: string | null;
  onSign: (entry: RosterEntry) => void;
  onAct: (entry: RosterEntry, type: 'markAbsent' | 'markPresent') => void;
  onWithdraw: (entry: RosterEntry) => void;
}

const SignerRow = memo(function SignerRow({ entry, teams, canSign, final, readOnly, opening, waitingForSponsor, message, onSign, onAct, onWithdraw }: SignerRowProps) {
  const { participant, team, sponsor, status } = entry;
  const name = displayName(participant.name, 'participant');
  return (
    <li className={`signer signer--${status.kind}`} data-testid="signer" data-participant-id={participant.id} data-signer-status={status.kind}>
      <div className="signer__who">
        <p className="signer__name wrap-anywhere">
          {name}
          {sponsor && <span className="signer__first">Signs first</span>}
        </p>
        <p className="signer__meta">
          {team && <TeamBadge team={team} teams={teams} />}
          {participant.jobTitle && <span className="signer__job wrap-anywhere">{participant.jobTitle}</span>}
        </p>
      </div>
      <div className="signer__status" data-testid="signer-status">
        {status.kind === 'signed' ? (
          <SignedMark signature={status.signature} name={name} />
        ) : status.kind === 'absent' ? (
          <span className="signer__state signer__state--absent">
            <AbsentMark />
            Absent
          </span>
        ) : (
          <span className="signer__state signer__state--waiting">
            <WaitingMark />
            {waitingForSponsor ? 'Waiting · after the sponsor' : 'Waiting'}
          </span>
        )}
      </div>
      {!readOnly && (
        <div className="signer__actions">
          {status.kind === 'waiting' && (
            <>
              <button type="button" className="button button--small" onClick={() => onAct(entry, 'markAbsent')} aria-label={`Mark absent: ${name}`}>
                Mark absent
              </button>
              <button type="button" className="button button--primary button--small signer__sign" disabled={!canSign || opening} aria-busy={opening} onClick={() => onSign(entry)} aria-label={`Sign as ${name}`}>
                <Icon name="pencil" />
                Sign
              </button>
            </>
          )}
          {status.kind === 'absent' && (
            <button type="button" className="button button--small" onClick={() => onAct(entry, 'markPresent')} aria-label={`Mark present: ${name}`}>
              Mark present
            </button>
          )}
          {status.kind === 'signed' && !final && (
            <button type="button" className="button button--quiet button--small" onClick={() => onWithdraw(entry)} aria-label={`Withdraw ${name}’s signature`}>
              Withdraw
            </button>
          )}
        </div>
      )}
      {message && (
        <p className="signer__message" role="alert" data-testid="signer-message">
          <Icon name="errorCircle" />
          <span>{message}</span>
        </p>
      )}
    </li>
  );
});

function SignedMark({ signature, name }: { signature: SignatureRecord; name: string }) {
  const time = signedTime(signature);
  return (
    <span className="signer__signed">
      <span className="signer__signed-text">
        <span className="signer__state signer__state--signed">
          <Icon name="check" />
          Signed <time dateTime={signature.signedAt} title={time.full}>{time.short}</time>
        </span>
        <span className="signer__typed wrap-anywhere" title="Typed name">
          {signature.typedName}
        </span>
      </span>
      <SignatureImage strokes={signature.strokes} label={`Signature of ${name}`} className="signer__signature" />
    </span>
  );
}

/** A ring with a dash: absent, by shape as well as by word. */
function AbsentMark() {
  return (
    <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="8.5" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M8 12h8" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

/** An empty dashed ring: still to sign. */
function WaitingMark() {
  return (
    <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="8.5" fill="none" stroke="currentColor" strokeWidth="2" strokeDasharray="3 3" />
    </svg>
  );
}

/** What a new version does not carry over from the signed one, in words ("" when nothing). */
function startedAfresh(previous: { number: number; absent: readonly string[]; acceptedWarnings: readonly string[] }): string {
  const parts = [
    previous.absent.length > 0 ? `absences (${previous.absent.length})` : '',
    previous.acceptedWarnings.length > 0 ? `accepted open points (${previous.acceptedWarnings.length})` : '',
  ].filter(Boolean);
  if (parts.length === 0) return '';
  const what = parts.join(' and ');
  return `The ${what} of version ${previous.number} do not carry over: mark and accept them again for this version. `;
}
