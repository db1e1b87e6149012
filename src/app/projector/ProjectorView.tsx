/**
 * What the room sees: the current phase, big and calm, following the session live. Read-only
 * by design; the console drives it.
 */
import { useEffect } from 'react';
import { PHASES } from '../../domain/phases';
import { noRoomFocus } from '../../domain/roomFocus';
import type { Workshop } from '../../domain/workshopSchema';
import { useConnectionStore } from '../stores/connectionStore';
import { useSessionStore } from '../stores/sessionStore';
import { selectCurrentPhase, selectIsOpen, selectLoaded, selectSetup, useWorkshop } from '../stores/workshopSelectors';
import { ProjectorFrame } from './ProjectorFrame';
import { RoomScreen } from './RoomScreen';
import './projector.css';

const LIVE: Workshop['room'] = { screen: 'live', breakEndsAt: null, focus: noRoomFocus() };
const selectRoom = (s: { snapshot: { workshop: Workshop } | null }): Workshop['room'] => s.snapshot?.workshop.room ?? LIVE;

export function ProjectorView() {
  const loaded = useWorkshop(selectLoaded);
  const open = useWorkshop(selectIsOpen);
  const setup = useWorkshop(selectSetup);
  const current = useWorkshop(selectCurrentPhase);
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

  return (
    <RoomScreen room={room} company={setup.company}>
      <ProjectorFrame setup={setup} room={room} footnote={connection === 'reconnecting' ? 'Reconnecting to the facilitator’s laptop…' : null} />
    </RoomScreen>
  );
}
