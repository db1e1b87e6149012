/**
 * What is still open before signing (responsibility problems, actions without an owner): each
 * with what to fix and a way to go there, or accepted as it is by the facilitator. Signing
 * waits until every open point is accepted or fixed; once someone has signed, what was accepted
 * stays as they signed it, and the panel says so.
 */
import { useState } from 'react';
import { acceptedWarningsLocked, type SignoffWarning } from '../../../domain/signoff';
import { PHASES } from '../../../domain/phases';
import type { PhaseId } from '../../../domain/workshopSchema';
import { Icon } from '../../components/Icon';
import { dispatchCommand } from '../../stores/sessionStore';
import { useWorkshop } from '../../stores/workshopSelectors';
import './signoffWarnings.css';

/** A large workshop can have thousands of open points: the list shows this many until asked for all. */
const FIRST_SHOWN = 100;

/** Where a warning is fixed, and how, read off its key (see signoffWarnings). */
function fixFor(key: string): { phase: PhaseId; advice: string } {
  const [source, kind] = key.split(':');
  if (source === 'actionWithoutOwner') return { phase: 'actions', advice: 'Give the action an owner, or remove it.' };
  switch (kind) {
    case 'noAccountable':
      return { phase: 'responsibilities', advice: 'Mark one team accountable (A) for this activity.' };
    case 'multipleAccountable':
      return { phase: 'responsibilities', advice: 'Keep the A for one team only.' };
    case 'noResponsible':
      return { phase: 'responsibilities', advice: 'Mark at least one team responsible (R).' };
    case 'stageWithoutActivities':
      return { phase: 'responsibilities', advice: 'Add its activities, or remove the stage in Buying process.' };
    case 'stageClaimedByBoth':
      // The message already says what to do.
      return { phase: 'responsibilities', advice: '' };
    default:
      return { phase: 'responsibilities', advice: 'Fix it in Responsibilities.' };
  }
}

interface SignoffWarningsProps {
  warnings: SignoffWarning[];
  accepted: readonly string[];
  navigable: readonly PhaseId[];
  readOnly: boolean;
}

export function SignoffWarnings({ warnings, accepted, navigable, readOnly }: SignoffWarningsProps) {
  // Why the accepted points can no longer change (someone signed), or null while they can.
  const locked = useWorkshop((s) => (s.snapshot ? acceptedWarningsLocked(s.snapshot.workshop) : null));
  const [showAll, setShowAll] = useState(false);
  const acceptedSet = new Set(accepted);
  const open = warnings.filter((w) => !acceptedSet.has(w.key));
  const currentAccepted = warnings.filter((w) => acceptedSet.has(w.key)).map((w) => w.key);
  const setAccepted = (keys: string[]) => void dispatchCommand({ type: 'acceptWarnings', keys });
  const shown = showAll ? warnings : warnings.slice(0, FIRST_SHOWN);

  if (warnings.length === 0) return null;
  return (
    <section className="panel signoff-warnings" aria-labelledby="signoff-warnings-title" data-testid="signoff-warnings" data-open={open.length}>
      <div className="panel__head">
        <div>
          <h3 id="signoff-warnings-title" className="panel__title">
            Before signing
          </h3>
          <p className="panel__subtitle" aria-live="polite">
            {open.length === 0
              ? `All ${warnings.length === 1 ? 'open point is' : `${warnings.length} open points are`} accepted as they are.`
              : `${open.length} of ${warnings.length} open ${warnings.length === 1 ? 'point' : 'points'} to fix or accept.`}
          </p>
        </div>
        {!readOnly && open.length > 0 && (
          <button type="button" className="button" disabled={locked !== null} aria-describedby={locked ? 'signoff-warnings-locked' : undefined} onClick={() => setAccepted(warnings.map((w) => w.key))}>
            <Icon name="check" />
            Accept all as they are
          </button>
        )}
      </div>
      {!readOnly && locked && (
        <p className="signoff-note signoff-warnings__locked" id="signoff-warnings-locked" data-testid="signoff-warnings-locked">
          <Icon name="info" />
          <span>{locked}</span>
        </p>
      )}
      <ul className="signoff-warnings__list">
        {shown.map((warning) => {
          const isAccepted = acceptedSet.has(warning.key);
          const fix = fixFor(warning.key);
          return (
            <li key={warning.key} className={isAccepted ? 'signoff-warning is-accepted' : 'signoff-warning'} data-testid="signoff-warning" data-accepted={isAccepted}>
              <Icon name={isAccepted ? 'check' : 'alert'} className="signoff-warning__icon" />
              <div className="signoff-warning__body">
                <p className="signoff-warning__message wrap-anywhere">{warning.message}</p>
                <p className="signoff-warning__fix">
                  {isAccepted ? <strong className="signoff-warning__accepted">Accepted as it is.</strong> : fix.advice}{' '}
                  {navigable.includes(fix.phase) && (
                    <button type="button" className="link-button" onClick={() => void dispatchCommand({ type: 'goToPhase', phase: fix.phase })}>
                      Go to {PHASES[fix.phase].label}
                    </button>
                  )}
                </p>
              </div>
              {!readOnly && (
                <button
                  type="button"
                  className="button button--small"
                  disabled={locked !== null}
                  aria-describedby={locked ? 'signoff-warnings-locked' : undefined}
                  aria-label={`${isAccepted ? 'Undo accept' : 'Accept'}: ${warning.message}`}
                  onClick={() => setAccepted(isAccepted ? currentAccepted.filter((k) => k !== warning.key) : [...currentAccepted, warning.key])}
                >
                  {isAccepted ? 'Undo accept' : 'Accept'}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {shown.length < warnings.length && (
        <p className="signoff-warnings__more">
          {`${warnings.length - shown.length} more not shown. `}
          <button type="button" className="link-button" onClick={() => setShowAll(true)}>
            Show all {warnings.length}
          </button>
        </p>
      )}
    </section>
  );
}
