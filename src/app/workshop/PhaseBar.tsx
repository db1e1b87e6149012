/** The phases of the day in order: done, current, ahead. Clicking one moves the room there. */
import { useEffect, useRef } from 'react';
import { PHASES } from '../../domain/phases';
import { afterNextPaint } from '../afterNextPaint';
import { Icon } from '../components/Icon';
import { goToAdjacentPhase } from '../keyboard/useConsoleShortcuts';
import { SHORTCUT_LABELS } from '../keyboard/shortcuts';
import { preloadPhaseView } from '../phases/phaseViews';
import { dispatchCommand } from '../stores/sessionStore';
import { selectCurrentPhase, selectNavigablePhases, useWorkshop } from '../stores/workshopSelectors';

export function PhaseBar() {
  const phases = useWorkshop(selectNavigablePhases);
  const current = useWorkshop(selectCurrentPhase);
  const currentIndex = phases.indexOf(current);
  const currentRef = useRef<HTMLButtonElement>(null);

  // Brings the current phase into the bar's view once the new phase has been drawn: measuring
  // earlier would force a synchronous layout of the whole new phase (its matrix, say) first.
  useEffect(() => afterNextPaint(() => revealInBar(currentRef.current)), [current]);

  return (
    <nav className="phase-bar" aria-label="Phases">
      <button
        type="button"
        className="icon-button"
        aria-label="Previous phase"
        title={`Previous phase (${SHORTCUT_LABELS.previousPhase})`}
        disabled={currentIndex <= 0}
        onClick={() => goToAdjacentPhase(-1)}
      >
        <Icon name="back" />
      </button>
      <ol className="phase-bar__list">
        {phases.map((phase, index) => {
          const state = index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'ahead';
          return (
            <li key={phase} className="phase-bar__item">
              <button
                type="button"
                ref={state === 'current' ? currentRef : undefined}
                className={`phase-step phase-step--${state}`}
                aria-current={state === 'current' ? 'step' : undefined}
                data-testid={`phase-${phase}`}
                data-state={state}
                title={PHASES[phase].purpose}
                // Its view starts loading (if it has not yet) while the host moves the room there.
                onClick={() => {
                  if (state === 'current') return;
                  void preloadPhaseView(phase).catch(() => {});
                  void dispatchCommand({ type: 'goToPhase', phase });
                }}
              >
                <span className="phase-step__number" aria-hidden="true">
                  {state === 'done' ? <Icon name="check" /> : index + 1}
                </span>
                <span className="phase-step__label">{PHASES[phase].label}</span>
                {state === 'done' && <span className="visually-hidden">(done)</span>}
              </button>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="icon-button"
        aria-label="Next phase"
        title={`Next phase (${SHORTCUT_LABELS.nextPhase})`}
        disabled={currentIndex >= phases.length - 1}
        onClick={() => goToAdjacentPhase(1)}
      >
        <Icon name="next" />
      </button>
    </nav>
  );
}

/** Scrolls the phase bar's list (only it: never the page) so that `step` is fully in view. */
function revealInBar(step: HTMLElement | null): void {
  const list = step?.closest<HTMLElement>('.phase-bar__list');
  if (!step || !list) return;
  const item = step.parentElement!;
  const left = item.offsetLeft - list.offsetLeft;
  const right = left + item.offsetWidth;
  if (left < list.scrollLeft) list.scrollLeft = left;
  else if (right > list.scrollLeft + list.clientWidth) list.scrollLeft = right - list.clientWidth;
}
