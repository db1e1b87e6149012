/**
 * What the projector shows instead of the live workshop when the facilitator says so: nothing
 * (blank), the picture it showed at that moment (frozen), or a break screen with the time the
 * room is back and a countdown. The console drives it (`showRoomScreen`, `startBreak`); Esc or
 * the same key on the console returns to live.
 */
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import type { Workshop } from '../../domain/workshopSchema';
import { formatBackAt } from '../timer/formatBackAt';
import { formatClock, useNow } from '../timer/timerState';

type Room = Workshop['room'];

function BreakScreen({ breakEndsAt, company }: { breakEndsAt: string; company: string }) {
  const now = useNow(true, null);
  const remaining = Math.max(0, Math.ceil((Date.parse(breakEndsAt) - now) / 1000));
  return (
    <div className="room-screen room-screen--break" data-testid="projector-break" role="status">
      {company && <p className="room-screen__company">{company}</p>}
      <p className="room-screen__eyebrow">Break</p>
      <p className="room-screen__back-at">Back at {formatBackAt(breakEndsAt)}</p>
      <p className="room-screen__countdown" data-testid="projector-break-countdown" aria-hidden={remaining > 0 ? undefined : true}>
        {remaining > 0 ? formatClock(remaining) : 'We start again now'}
      </p>
    </div>
  );
}

/**
 * Covers the live projection as the room's screen asks. The live tree keeps following the
 * session underneath (so going live is instant and shows the present), hidden from sight and
 * from assistive technology while covered.
 */
export function RoomScreen({ room, company, children }: { room: Room; company: string; children: ReactNode }) {
  const liveRef = useRef<HTMLDivElement>(null);
  const frozenRef = useRef<HTMLDivElement>(null);
  const frozen = room.screen === 'frozen';

  // Freeze keeps a copy of the picture the room saw when the facilitator pressed F: a clone of
  // this window's own nodes (no markup is parsed), taken before the next change is painted.
  useLayoutEffect(() => {
    const holder = frozenRef.current;
    const live = liveRef.current;
    if (!frozen || !holder || !live) return;
    const picture = live.cloneNode(true) as HTMLElement;
    for (const marked of picture.querySelectorAll('[data-testid]')) marked.removeAttribute('data-testid');
    picture.removeAttribute('data-testid');
    holder.replaceChildren(...picture.childNodes);
    return () => holder.replaceChildren();
  }, [frozen]);

  const covered = room.screen !== 'live';
  return (
    <>
      <div ref={liveRef} className="room-live" data-screen={room.screen} hidden={covered} aria-hidden={covered || undefined}>
        {children}
      </div>
      {frozen && <div ref={frozenRef} className="room-live room-screen--frozen" data-testid="projector-frozen" aria-hidden="true" />}
      {room.screen === 'blank' && <div className="room-screen room-screen--blank" data-testid="projector-blank" />}
      {room.screen === 'break' && room.breakEndsAt && <BreakScreen breakEndsAt={room.breakEndsAt} company={company} />}
    </>
  );
}
