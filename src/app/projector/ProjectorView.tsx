/**
 * What the room sees: the current phase, big and calm, following the session live. Read-only
 * by design; the console drives it.
 */
import { useEffect } from 'react';
import { PHASES } from '../../domain/phases';
import type { Workshop } from '../../domain/workshopSchema';
import { useConnectionStore } from '../stores/connectionStore';
import { useSessionStore } from '../stores/sessionStore';
import { ProjectorTimer } from '../timer/ProjectorTimer';
import { PROJECTOR_VIEWS } from './projectorPhaseViews';
import { selectAgenda, selectCurrentPhase, selectIsOpen, selectLoaded, selectNavigablePhases, selectSetup, useWorkshop } from '../stores/workshopSelectors';
import { RoomScreen } from './RoomScreen';
import './projector.css';

const LIVE: Workshop['room'] = { screen: 'live', breakEndsAt: null };
const selectRoom = (s: { snapshot: { workshop: Workshop } | null }): Workshop['room'] => s.snapshot?.workshop.room ?? LIVE;

export function ProjectorView() {
  const loaded = useWorkshop(selectLoaded);
  const open = useWorkshop(selectIsOpen);
  const setup = useWorkshop(selectSetup);
  const current = useWorkshop(selectCurrentPhase);
  const phases = useWorkshop(selectNavigablePhases);
  const agenda = useWorkshop(selectAgenda);
  // The room's screen comes from the mirror itself: while frozen, what the views read is held.
  const room = useSessionStore(selectRoom);
  const connection = useConnectionStore((s) => s.state.status);
  const title = setup?.title;

  useEffect(() => {
    document.title = open ? `${PHASES[current].label} — ${title || 'Accord'}` : 'Accord — projector';
  }, [open, current, title]);

  if (!open || !setup) {
    return (
      <main className="projector projector--idle" data-testid="projector">
        <p className="projector__brand">Accord</p>
        <p className="projector__purpose">{loaded ? 'Waiting for the facilitator to open a workshop.' : 'Connecting…'}</p>
      </main>
    );
  }

  const index = phases.indexOf(current);
  const phase = PHASES[current];
  const minutes = agenda.find((item) => item.phase === current)?.minutes;
  const Projection = PROJECTOR_VIEWS[current];
  return (
    <RoomScreen room={room} company={setup.company}>
      <main className="projector projector--with-content" data-testid="projector" data-phase={current} data-room-screen={room.screen}>
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
        </section>
        <section className="projector__content" data-testid="projector-content">
          <Projection />
        </section>
        <ProjectorTimer />
        <footer className="projector__footer">
          <ol className="projector__progress" aria-hidden="true">
            {phases.map((id, i) => (
              <li key={id} className={i < index ? 'is-done' : i === index ? 'is-current' : undefined} />
            ))}
          </ol>
          {connection === 'reconnecting' && <p className="projector__offline">Reconnecting to the facilitator’s laptop…</p>}
        </footer>
      </main>
    </RoomScreen>
  );
}
