/** The timer's reading at a moment: pure arithmetic over the workshop's timer and agenda. */
import { useEffect, useState } from 'react';
import type { AgendaItem, Workshop } from '../../domain/workshopSchema';

/** The last two minutes of a time box are announced in amber. */
const WARN_SECONDS = 120;

type TimerTone = 'idle' | 'calm' | 'warn' | 'over';

export interface TimerReading {
  item: AgendaItem;
  running: boolean;
  /** Started at least once for this item (running, paused with time used, or extended). */
  started: boolean;
  totalSeconds: number;
  elapsedSeconds: number;
  /** Negative once the time box is used up. */
  remainingSeconds: number;
  tone: TimerTone;
}

export function readTimer(timer: Workshop['timer'], item: AgendaItem, now: number): TimerReading {
  const mine = timer.agendaItemId === item.id;
  const running = mine && timer.runningSince !== null;
  const extra = mine ? timer.extraMinutes : 0;
  const ran = running ? Math.max(0, Math.floor((now - Date.parse(timer.runningSince!)) / 1000)) : 0;
  const elapsed = (mine ? timer.elapsedSeconds : 0) + ran;
  const totalSeconds = (item.minutes + extra) * 60;
  const remainingSeconds = totalSeconds - elapsed;
  const started = mine && (running || timer.elapsedSeconds > 0 || timer.extraMinutes > 0);
  const tone: TimerTone = !started ? 'idle' : remainingSeconds < 0 ? 'over' : remainingSeconds <= WARN_SECONDS ? 'warn' : 'calm';
  return { item, running, started, totalSeconds, elapsedSeconds: elapsed, remainingSeconds, tone };
}

/** "12:05", "1:02:30"; always positive (say "over by" separately). */
export function formatClock(totalSeconds: number): string {
  const s = Math.abs(totalSeconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(sec).padStart(2, '0')}`;
}

/**
 * The current time, refreshed once a second while `active` (a local timer; nothing is
 * dispatched). Ticks land just after each whole second counted from `anchor` (when the timer
 * started), so the display never skips or repeats a second.
 */
export function useNow(active: boolean, anchor: string | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (!active) return;
    const start = anchor ? Date.parse(anchor) : Date.now();
    let id = 0;
    const schedule = () => {
      const delay = 1000 - ((((Date.now() - start) % 1000) + 1000) % 1000) + 15;
      id = window.setTimeout(() => {
        setNow(Date.now());
        schedule();
      }, delay);
    };
    schedule();
    return () => window.clearTimeout(id);
  }, [active, anchor]);
  return now;
}

/** The agenda item of the phase the room is in, if the agenda has one. */
export function currentAgendaItem(workshop: Pick<Workshop, 'agenda' | 'currentPhase'>): AgendaItem | undefined {
  return workshop.agenda.find((item) => item.phase === workshop.currentPhase);
}

/** The agenda item after the current phase's, among those on today's agenda: what the facilitator moves to next. */
export function nextAgendaItem(workshop: Pick<Workshop, 'agenda' | 'currentPhase'>): AgendaItem | undefined {
  const included = workshop.agenda.filter((item) => item.included);
  const at = included.findIndex((item) => item.phase === workshop.currentPhase);
  return at < 0 ? undefined : included[at + 1];
}
