/**
 * One phase of the console, kept in the page once shown. Hidden, it stays laid out but is not
 * drawn (`content-visibility: hidden`, see workshop.css), reads the session as it was when it
 * was hidden (useHeldWhileHidden), and skips its parent's renders; so showing it again costs
 * little more than drawing it, where `display: none` (React's Activity) made the browser style
 * and lay the whole phase out again (a trace of switches on the 5 MB workshop: style 12–13 →
 * 5–6 ms, layout 16–20 → about 1 ms a switch). Skipped content takes no focus, no Tab stop and
 * no part in find-in-page or the accessibility tree, and a field focused when its phase is
 * hidden loses the focus, as with `display: none`. What must not outlive the phase's showing (an open question)
 * or must ignore the hidden scroller (the matrix's row window) reads whether it is shown
 * (phaseShown.ts).
 */
import { memo, Suspense, useLayoutEffect, useRef } from 'react';
import { PHASES } from '../../domain/phases';
import type { PhaseId } from '../../domain/workshopSchema';
import { PhaseShownContext, PhaseShownRefContext } from '../components/phaseShown';
import { PHASE_VIEWS } from '../phases/phaseViews';
import { WorkshopSourceProvider } from '../stores/workshopSelectors';
import { PhaseHeader } from './PhaseHeader';
import { useHeldWhileHidden } from './useHeldWhileHidden';

interface KeptPhaseProps {
  phase: PhaseId;
  shown: boolean;
  /** Its number in the phase bar. */
  number: number;
  readOnly: boolean;
}

function KeptPhaseView({ phase, shown, number, readOnly }: KeptPhaseProps) {
  const held = useHeldWhileHidden(shown);
  const main = useRef<HTMLElement>(null);
  const shownRef = useRef(shown);
  // Hidden, its content is out of the accessibility tree (skipped), and the landmark goes too;
  // the focus leaves first (switched from elsewhere, a field may have it), since the browser
  // refuses to hide a focused element from assistive technology.
  useLayoutEffect(() => {
    shownRef.current = shown;
    const element = main.current!;
    if (shown) return void element.removeAttribute('aria-hidden');
    const focused = document.activeElement;
    if (focused instanceof HTMLElement && element.contains(focused)) focused.blur();
    // A caret left in a field of the hidden phase (typed in, then a click on the phase bar,
    // which moves the focus but not the caret, or a switch from the keyboard or another window)
    // had Chromium draw a frame after every frame, styling the page each time, for as long as it
    // stayed there (with motion on; the field's transitions take part). Every input's frame then
    // waited for the display's next tick. The DOM does not report a caret in a field that lost the
    // focus, so the selection is cleared (a text selection elsewhere goes with it), unless a text
    // field outside the phase (in the phase just shown, a dialog) holds the focus and its caret.
    if (!holdsTextOutside(element, document.activeElement)) document.getSelection()?.removeAllRanges();
    element.setAttribute('aria-hidden', 'true');
  }, [shown]);
  return (
    <main ref={main} className={shown ? 'shell__main' : 'shell__main is-kept'} data-testid={shown ? 'phase-view' : undefined} data-phase={phase}>
      <WorkshopSourceProvider value={held}>
        <PhaseShownContext.Provider value={shown}>
          <PhaseShownRefContext.Provider value={shownRef}>
            <PhaseContent phase={phase} number={number} readOnly={readOnly} />
          </PhaseShownRefContext.Provider>
        </PhaseShownContext.Provider>
      </WorkshopSourceProvider>
    </main>
  );
}

/** Input types that hold no text, and so no caret. */
const NO_TEXT_INPUTS = new Set(['checkbox', 'radio', 'range', 'button', 'submit', 'reset', 'color', 'file', 'image']);

/** Whether `active` is a text field (a caret's place) outside `phase`. */
function holdsTextOutside(phase: HTMLElement, active: Element | null): boolean {
  if (!(active instanceof HTMLElement) || phase.contains(active)) return false;
  return active.isContentEditable || active instanceof HTMLTextAreaElement || (active instanceof HTMLInputElement && !NO_TEXT_INPUTS.has(active.type));
}

/** What a phase shows: hiding or showing it again renders none of it (only what changed meanwhile, through the held store). */
const PhaseContent = memo(function PhaseContent({ phase, number, readOnly }: Omit<KeptPhaseProps, 'shown'>) {
  const PhaseView = PHASE_VIEWS[phase].Component;
  return (
    <div className="shell__content">
      <PhaseHeader phase={phase} number={number} />
      <Suspense
        fallback={
          <p className="app-loading" role="status">
            Opening {PHASES[phase].label}…
          </p>
        }
      >
        <PhaseView phase={phase} readOnly={readOnly} />
      </Suspense>
    </div>
  );
});

/** A hidden phase skips every render of its parent until it is shown again. */
const unchangedWhileHidden = (before: KeptPhaseProps, after: KeptPhaseProps) =>
  before.shown === after.shown && (!after.shown || (before.phase === after.phase && before.number === after.number && before.readOnly === after.readOnly));

export const KeptPhase = memo(KeptPhaseView, unchangedWhileHidden);
