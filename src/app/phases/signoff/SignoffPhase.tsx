/**
 * Sign-off: the facilitator walks the room through three steps. Review shows the charter
 * page by page (the projector follows), Sign lets each participant sign in turn on this
 * device, and Export & verify makes the PDF to take home and checks a PDF someone sends back.
 */
import { useEffect, useRef, useState } from 'react';
import { CHARTER_SECTION_IDS, type CharterSectionId } from '../../../domain/charterModel';
import { isCharterFinal } from '../../../domain/signoff';
import type { Workshop } from '../../../domain/workshopSchema';
import { hostApi } from '../../bridge/hostApi';
import { Icon } from '../../components/Icon';
import { dispatchCommand, useSessionStore } from '../../stores/sessionStore';
import { useWorkshop } from '../../stores/workshopSelectors';
import type { PhaseViewProps } from '../phaseViews';
import { ExportStep } from './ExportStep';
import { ReviewStep } from './ReviewStep';
import { SignStep } from './SignStep';
import { useCharterRecord } from './useCharterRecord';
import '../common/forms.css';
import './signoff.css';

type Step = 'review' | 'sign' | 'export';

/** The section the room reviews when the review starts. */
const FIRST_SECTION = 'cover';

const selectWorkshop = (s: { snapshot: { workshop: Workshop } | null }) => s.snapshot?.workshop ?? null;

/** Where the facilitator picks up: the review in progress, else how far the signing has come. */
function initialStep(workshop: Workshop): Step {
  if (workshop.signoff.reviewSection !== null) return 'review';
  if (isCharterFinal(workshop)) return 'export';
  return workshop.signoff.signatures.length > 0 ? 'sign' : 'review';
}

export function SignoffPhase({ readOnly }: PhaseViewProps) {
  const workshop = useWorkshop(selectWorkshop);
  if (!workshop) return null;
  return <SignoffSteps workshop={workshop} readOnly={readOnly} />;
}

function SignoffSteps({ workshop, readOnly }: { workshop: Workshop; readOnly: boolean }) {
  const [step, setStep] = useState<Step>(() => initialStep(workshop));
  const charter = useCharterRecord();
  // Read-only: the room's state cannot change, so the console keeps its own section and page.
  const [local, setLocal] = useState<{ section: string | null; page: number }>({ section: FIRST_SECTION, page: 0 });
  const sectionId = readOnly ? local.section : workshop.signoff.reviewSection;
  const page = readOnly ? local.page : workshop.signoff.reviewPage;
  const stepRef = useRef(step);
  stepRef.current = step;
  const stepperRef = useRef<HTMLElement>(null);

  const showSection = (section: string | null, at = 0) => {
    if (readOnly) setLocal({ section, page: at });
    else {
      const known = (CHARTER_SECTION_IDS as readonly (string | null)[]).includes(section) ? (section as CharterSectionId | null) : null;
      void dispatchCommand(known === null ? { type: 'showCharterSection', section: null } : { type: 'showCharterSection', section: known, page: at });
    }
  };

  // Arriving in Review starts the room's review at the cover.
  useEffect(() => {
    if (stepRef.current === 'review' && !readOnly && useSessionStore.getState().snapshot?.workshop.signoff.reviewSection === null) showSection(FIRST_SECTION);
    return () => {
      // Leaving the phase during the review ends it; never while the workshop closes (nothing to tell then).
      const snapshot = useSessionStore.getState().snapshot;
      if (stepRef.current === 'review' && snapshot && !snapshot.readOnly && snapshot.workshop.currentPhase !== 'signoff' && snapshot.workshop.signoff.reviewSection !== null) {
        void hostApi()
          .dispatch({ type: 'showCharterSection', section: null })
          .catch(() => undefined);
      }
    };
    // Once per visit of the phase: what it reads is current through refs and the store.
  }, []);

  const goTo = (next: Step) => {
    if (next === step) return;
    if (next === 'review') showSection(FIRST_SECTION);
    else if (step === 'review') showSection(null);
    setStep(next);
    // From a button inside the step (it goes away with the step), focus moves to the new step; from the stepper it stays there.
    const fromStepper = Boolean(document.activeElement?.closest('.signoff-stepper'));
    requestAnimationFrame(() => {
      if (!fromStepper) document.getElementById(`signoff-step-${next}`)?.focus({ preventScroll: true });
      stepperRef.current?.scrollIntoView({ block: 'nearest' });
    });
  };

  const { signoff } = workshop;
  const final = isCharterFinal(workshop);
  const steps: { id: Step; label: string; status: string }[] = [
    { id: 'review', label: 'Review', status: 'The room reads the charter' },
    { id: 'sign', label: 'Sign', status: final ? 'Everyone has signed or is absent' : `${signoff.signatures.length} of ${workshop.participants.length} signed` },
    { id: 'export', label: 'Export & verify', status: final ? 'Final: ready to export' : 'The PDF to take home' },
  ];

  return (
    <div className="signoff-phase" data-testid="signoff-phase" data-step={step}>
      <nav ref={stepperRef} className="signoff-stepper" aria-label="Sign-off steps">
        <ol className="signoff-stepper__list">
          {steps.map((s, index) => (
            <li key={s.id} className="signoff-stepper__item">
              <button
                type="button"
                className={s.id === step ? 'signoff-stepper__step is-current' : 'signoff-stepper__step'}
                aria-current={s.id === step ? 'step' : undefined}
                data-testid={`signoff-step-${s.id}`}
                onClick={() => goTo(s.id)}
              >
                <span className="signoff-stepper__number" aria-hidden="true">
                  {s.id === 'sign' && final ? <Icon name="check" /> : index + 1}
                </span>
                <span className="signoff-stepper__text">
                  <span className="signoff-stepper__label">{s.label}</span>
                  <span className="signoff-stepper__status">{s.status}</span>
                </span>
              </button>
            </li>
          ))}
        </ol>
      </nav>

      <div id={`signoff-step-${step}`} className="signoff-phase__step" tabIndex={-1} role="region" aria-label={steps.find((s) => s.id === step)!.label}>
        {step === 'review' && <ReviewStep charter={charter} readOnly={readOnly} sectionId={sectionId} page={page} onShowSection={showSection} onContinue={() => goTo('sign')} />}
        {step === 'sign' && <SignStep workshop={workshop} fingerprint={charter.record?.fingerprint ?? null} readOnly={readOnly} onExport={() => goTo('export')} onShowHistory={() => goTo('export')} />}
        {step === 'export' && <ExportStep workshop={workshop} readOnly={readOnly} />}
      </div>
    </div>
  );
}
