/**
 * What the projector shows over the live workshop when the facilitator says so: nothing
 * (blank) or a break screen with the time the room is back and a countdown. Frozen needs no
 * cover: the window keeps showing the session as it was (see shownSession). The console drives
 * it (`showRoomScreen`, `startBreak`); Esc or the same key on the console returns to live.
 */
import type { ReactNode } from 'react';
import type { Workshop } from '../../domain/workshopSchema';
import { formatBackAt } from '../timer/formatBackAt';
import { formatClock, useNow } from '../timer/timerState';

type Room = Workshop['room'];

function BreakScreen({ breakEndsAt, company }: { breakEndsAt: string; company: string }) {
  // Anchored on the end, so the countdown ticks over on the same second as the clock.
  const now = useNow(true, breakEndsAt);
  const remaining = Math.max(0, Math.ceil((Date.parse(breakEndsAt) - now) / 1000));
  return (
    <div className="room-screen room-screen--break" data-testid="projector-break">
      {company && <p className="room-screen__company">{company}</p>}
      <p className="room-screen__eyebrow">Break</p>
      <p className="room-screen__back-at" role="status">
        Back at {formatBackAt(breakEndsAt)}
        {remaining === 0 && <span className="room-screen__now">. We start again now.</span>}
      </p>
      {/* A number that changes every second is not announced; the line above is. */}
      <p className="room-screen__countdown" data-testid="projector-break-countdown" aria-hidden="true">
        {remaining > 0 ? formatClock(remaining) : '0:00'}
      </p>
    </div>
  );
}

/** Covers the live projection when the room's screen is blank or on a break; the live tree stays mounted underneath, out of sight and out of the accessibility tree. */
export function RoomScreen({ room, company, children }: { room: Room; company: string; children: ReactNode }) {
  const covered = room.screen === 'blank' || room.screen === 'break';
  return (
    <>
      <div className="room-live" data-screen={room.screen} hidden={covered} aria-hidden={covered || undefined}>
        {children}
      </div>
      {room.screen === 'blank' && <div className="room-screen room-screen--blank" data-testid="projector-blank" />}
      {room.screen === 'break' && room.breakEndsAt && <BreakScreen breakEndsAt={room.breakEndsAt} company={company} />}
    </>
  );
}
