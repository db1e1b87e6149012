/**
 * The projector's picture of an open workshop: its title and company, the phase and its time
 * box, the phase's projection (or a vote while one runs), the timer and the day's progress. The projector window shows it
 * full size; the console's room miniature shows the same frame scaled down, as a picture only
 * (no heading, no live region, no test ids of the projector's own).
 */
import { PHASES } from '../../domain/phases';
import type { Workshop } from '../../domain/workshopSchema';
import { selectAgenda, selectCurrentPhase, selectNavigablePhases, selectVotes, useWorkshop } from '../stores/workshopSelectors';
import { ProjectorTimer } from '../timer/ProjectorTimer';
import { PROJECTOR_VIEWS } from './projectorPhaseViews';
import { voteOnTheWall } from '../../domain/voteResult';
import { RoomVote } from './RoomVote';

interface ProjectorFrameProps {
  setup: Workshop['setup'];
  room: Workshop['room'];
  /** The console's miniature: the same picture without the projector window's landmarks and test ids. */
  miniature?: boolean;
  /** Said under the progress dots (the projector's lost connection). */
  footnote?: string | null;
}

export function ProjectorFrame({ setup, room, miniature = false, footnote = null }: ProjectorFrameProps) {
  const current = useWorkshop(selectCurrentPhase);
  const phases = useWorkshop(selectNavigablePhases);
  const agenda = useWorkshop(selectAgenda);
  const index = phases.indexOf(current);
  const minutes = agenda.find((item) => item.phase === current)?.minutes;
  const Projection = PROJECTOR_VIEWS[current];
  // A vote being run takes the wall from the phase's projection until it is closed.
  const votes = useWorkshop(selectVotes);
  const vote = voteOnTheWall(votes);
  const Root = miniature ? 'div' : 'main';
  const Name = miniature ? 'p' : 'h1';
  return (
    <Root
      className="projector projector--with-content"
      data-testid={miniature ? 'miniature-projection' : 'projector'}
      data-phase={current}
      data-room-screen={room.screen}
    >
      <header className="projector__header">
        <p className="projector__company">{setup.company}</p>
        <p className="projector__title">{setup.title}</p>
      </header>
      <section className="projector__phase" aria-live={miniature ? undefined : 'polite'}>
        <p className="projector__eyebrow">
          Phase {index + 1} of {phases.length}
          {minutes ? <span className="projector__timebox"> · {minutes} min</span> : null}
        </p>
        <Name className="projector__name" data-testid={miniature ? undefined : 'projector-phase'}>
          {PHASES[current].label}
        </Name>
      </section>
      <section className="projector__content" data-testid={miniature ? undefined : 'projector-content'}>
        {vote ? <RoomVote vote={vote} alsoOpen={votes.filter((v) => v.status === 'open').length - 1} /> : <Projection />}
      </section>
      <ProjectorTimer />
      <footer className="projector__footer">
        <ol className="projector__progress" aria-hidden="true">
          {phases.map((id, i) => (
            <li key={id} className={i < index ? 'is-done' : i === index ? 'is-current' : undefined} />
          ))}
        </ol>
        {footnote && <p className="projector__offline">{footnote}</p>}
      </footer>
    </Root>
  );
}
