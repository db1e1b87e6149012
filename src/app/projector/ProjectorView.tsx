/**
 * What the room sees: the current phase, big and calm, following the session live. Read-only
 * by design; the console drives it.
 */
import { useEffect } from 'react';
import { navigablePhases, PHASES } from '../../domain/phases';
import { useConnectionStore } from '../stores/connectionStore';
import { ProjectorTimer } from '../timer/ProjectorTimer';
import { PROJECTOR_VIEWS } from './projectorPhaseViews';
import './projector.css';
import { useSessionStore } from '../stores/sessionStore';

export function ProjectorView() {
  const { loaded, snapshot } = useSessionStore();
  const connection = useConnectionStore((s) => s.state.status);
  const workshop = snapshot?.workshop;

  useEffect(() => {
    document.title = workshop ? `${PHASES[workshop.currentPhase].label} — ${workshop.setup.title || 'Accord'}` : 'Accord — projector';
  }, [workshop]);

  if (!workshop) {
    return (
      <main className="projector projector--idle" data-testid="projector">
        <p className="projector__brand">Accord</p>
        <p className="projector__purpose">{loaded ? 'Waiting for the facilitator to open a workshop.' : 'Connecting…'}</p>
      </main>
    );
  }

  const phases = navigablePhases(workshop);
  const index = phases.indexOf(workshop.currentPhase);
  const phase = PHASES[workshop.currentPhase];
  const { setup } = workshop;
  const minutes = workshop.agenda.find((item) => item.phase === workshop.currentPhase)?.minutes;
  const Projection = PROJECTOR_VIEWS[workshop.currentPhase];
  return (
    <main className={Projection ? 'projector projector--with-content' : 'projector'} data-testid="projector" data-phase={workshop.currentPhase}>
      <header className="projector__header">
        <p className="projector__company">{setup.company}</p>
        <p className="projector__title">{setup.title}</p>
      </header>
      <section className="projector__phase" aria-live="polite">
        <p className="projector__eyebrow">
          Phase {index + 1} of {phases.length}
          {minutes ? <span className="projector__timebox"> · {minutes} min</span> : null}
        </p>
        <h1 className="projector__name" data-testid="projector-phase">
          {phase.label}
        </h1>
        {Projection ? null : <p className="projector__purpose">{phase.purpose}</p>}
      </section>
      {Projection && (
        <section className="projector__content" data-testid="projector-content">
          <Projection workshop={workshop} />
        </section>
      )}
      <ProjectorTimer workshop={workshop} />
      <footer className="projector__footer">
        <ol className="projector__progress" aria-hidden="true">
          {phases.map((id, i) => (
            <li key={id} className={i < index ? 'is-done' : i === index ? 'is-current' : undefined} />
          ))}
        </ol>
        {connection === 'reconnecting' && <p className="projector__offline">Reconnecting to the facilitator’s laptop…</p>}
      </footer>
    </main>
  );
}
