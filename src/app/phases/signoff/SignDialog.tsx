/**
 * One participant signs, on the facilitator's device: the plain statement, the charter version
 * and fingerprint they sign, their typed name and a drawn signature. A refusal is shown here,
 * in the host's words, with everything typed and drawn kept; when the charter changed in the
 * meantime, the dialog takes up the new version so the signer sees what they would now sign.
 * Escape never throws away a drawn signature or a typed name without asking first.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { displayName } from '../../../domain/displayNames';
import { signatureStatement } from '../../../domain/signoff';
import type { Participant, Stroke, Team, Workshop } from '../../../domain/workshopSchema';
import { Dialog } from '../../components/Dialog';
import { Icon } from '../../components/Icon';
import { TeamBadge } from '../../components/TeamBadge';
import { sendSignoff } from './sendSignoff';
import { SignaturePad } from './SignaturePad';
import { shortFingerprint } from './signoffRoster';
import { tooManyStrokes } from './toStrokes';

export interface CharterToSign {
  fingerprint: string;
  version: number;
}

interface SignDialogProps {
  workshop: Pick<Workshop, 'setup' | 'signoff' | 'teams'>;
  participant: Participant;
  team: Team | undefined;
  /** Sponsors still to sign before this participant may: said up front, the host decides. */
  waitingForSponsors: Participant[];
  charter: CharterToSign;
  onSigned: () => void;
  onClose: () => void;
}

export function SignDialog({ workshop, participant, team, waitingForSponsors, charter, onSigned, onClose }: SignDialogProps) {
  const [typedName, setTypedName] = useState('');
  const [strokes, setStrokes] = useState<Stroke[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [outdated, setOutdated] = useState(false);
  const nameId = useId();
  const name = displayName(participant.name, 'participant');
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const bodyRef = useRef<HTMLDivElement>(null);
  const startedRef = useRef(false);
  startedRef.current = strokes.length > 0 || typedName.trim() !== '';
  const keepRef = useRef<HTMLButtonElement>(null);

  // Escape (the dialog's cancel) with something drawn or typed asks first; a second Escape, or Discard, closes.
  useEffect(() => {
    const dialog = bodyRef.current?.closest('dialog');
    if (!dialog) return;
    const onCancel = (event: Event) => {
      if (!startedRef.current) return;
      event.preventDefault();
      setConfirmDiscard(true);
    };
    dialog.addEventListener('cancel', onCancel);
    return () => dialog.removeEventListener('cancel', onCancel);
  }, []);
  useEffect(() => {
    if (confirmDiscard) keepRef.current?.focus();
  }, [confirmDiscard]);

  const submit = async () => {
    if (sending) return;
    if (tooManyStrokes(strokes)) {
      setProblem('This signature has more strokes than Accord keeps (100). Clear it and sign again, a little more simply.');
      return;
    }
    setSending(true);
    setProblem(null);
    const result = await sendSignoff({ type: 'sign', participantId: participant.id, typedName, strokes, fingerprint: charter.fingerprint });
    if (result.ok) {
      onSigned();
      return;
    }
    setProblem(result.message);
    // The charter changed since the signer reviewed it: a signature binds to what they saw, so
    // this dialog never signs the new text. They close it, review the change, and sign again.
    if (result.path === 'fingerprint') setOutdated(true);
    setSending(false);
  };

  return (
    <Dialog
      title={`${name} signs the charter`}
      testId="sign-dialog"
      wide
      onClose={onClose}
      onSubmit={() => void submit()}
      actions={
        confirmDiscard ? (
          // Escape asked to close with something drawn or typed: the question stands where the buttons are, always in view.
          <div className="sign-dialog__discard" role="alert" data-testid="sign-discard">
            <p>
              <Icon name="alert" />
              <span>Close without signing? {lostWords(typedName.trim() !== '', strokes.length > 0)} will be lost.</span>
            </p>
            <div className="sign-dialog__discard-actions">
              <button type="button" className="button" onClick={onClose}>
                Discard and close
              </button>
              <button ref={keepRef} type="button" className="button button--primary" onClick={() => setConfirmDiscard(false)}>
                Keep signing
              </button>
            </div>
          </div>
        ) : (
          <>
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="button button--primary" disabled={sending || outdated} aria-busy={sending}>
              {sending ? 'Signing…' : `Sign version ${charter.version}`}
            </button>
          </>
        )
      }
    >
      <div ref={bodyRef} className="sign-dialog__who">
        {team && <TeamBadge team={team} teams={workshop.teams} />}
        {participant.jobTitle && <span className="sign-dialog__job">{participant.jobTitle}</span>}
      </div>
      {waitingForSponsors.length > 0 && !problem && (
        <p className="form-hint sign-dialog__hint" data-testid="sign-sponsor-hint">
          <Icon name="alert" />
          <span className="form-hint__text">
            The sponsor signs first: {waitingForSponsors.map((p) => displayName(p.name, 'participant')).join(' and ')} {waitingForSponsors.length === 1 ? 'has' : 'have'} not signed yet.
          </span>
        </p>
      )}
      <blockquote className="sign-dialog__statement" data-testid="sign-statement">
        {signatureStatement(workshop)}
      </blockquote>
      <p className="sign-dialog__charter" data-testid="sign-charter">
        Charter version <strong>{charter.version}</strong> · fingerprint{' '}
        <code className="fingerprint" title={charter.fingerprint}>
          {shortFingerprint(charter.fingerprint)}
        </code>
      </p>
      <div className="field">
        <label className="field__label" htmlFor={nameId}>
          Type your name
        </label>
        <input id={nameId} className="input" name="typedName" autoComplete="off" spellCheck={false} maxLength={300} value={typedName} onChange={(event) => setTypedName(event.target.value)} autoFocus />
      </div>
      <SignaturePad label="Draw your signature" onChange={setStrokes} disabled={sending} />
      {problem && (
        <p className="sign-dialog__problem" role="alert" data-testid="sign-problem">
          <Icon name="errorCircle" />
          <span>{problem}</span>
        </p>
      )}
    </Dialog>
  );
}

/** What closing the dialog would throw away, in words. */
function lostWords(typed: boolean, drawn: boolean): string {
  if (typed && drawn) return 'The typed name and the drawn signature';
  return drawn ? 'The drawn signature' : 'The typed name';
}
