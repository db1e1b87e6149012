/** The phases of the day in order: done, current, ahead. Clicking one moves the room there. */
import { useEffect, useRef } from 'react';
import { PHASES } from '../../domain/phases';
import { Icon } from '../components/Icon';
import { goToAdjacentPhase } from '../keyboard/useConsoleShortcuts';
import { SHORTCUT_LABELS } from '../keyboard/shortcuts';
import { dispatchCommand } from '../stores/sessionStore';
import { selectCurrentPhase, selectNavigablePhases, useWorkshop } from '../stores/workshopSelectors';

export function PhaseBar() {
  const phases = useWorkshop(selectNavigablePhases);
  const current = useWorkshop(selectCurrentPhase);
  const currentIndex = phases.indexOf(current);
  const currentRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    currentRef.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [current]);

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
                onClick={() => {
                  if (state !== 'current') void dispatchCommand({ type: 'goToPhase', phase });
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
