/**
 * The time the room spent on each agenda item, recorded as the timer runs: a stint lasts from a
 * start to the next pause or switch to another item, and is added to its item's entry then. The
 * times come from the host's clock with each command; a clock that went back counts as no time.
 */
import type { Draft } from 'immer';
import { LIMITS, type TimeSpent, type Workshop } from './workshopSchema';

type Timed = Pick<Workshop, 'timer' | 'timeSpent'>;

/** Whole seconds from `since` to `now` (ISO times or epoch ms); none if the clock went back. */
export function secondsBetween(since: string, now: string | number): number {
  const end = typeof now === 'number' ? now : Date.parse(now);
  return Math.max(0, Math.floor((end - Date.parse(since)) / 1000));
}

/** Adds the timer's running stint (if any) to its item's entry, at the host's `now`; the timer keeps running. */
export function closeTimerStint(draft: Draft<Timed> & { agenda: readonly { id: string }[] }, now: string): void {
  const { agendaItemId, runningSince } = draft.timer;
  if (agendaItemId === null || runningSince === null) return;
  const seconds = secondsBetween(runningSince, now);
  const entry = draft.timeSpent.find((e) => e.agendaItemId === agendaItemId);
  if (entry) {
    entry.seconds = Math.min(LIMITS.timerSeconds, entry.seconds + seconds);
    if (Date.parse(runningSince) < Date.parse(entry.firstStartedAt)) entry.firstStartedAt = runningSince;
    return;
  }
  makeRoom(draft);
  draft.timeSpent.push({ agendaItemId, firstStartedAt: runningSince, seconds: Math.min(LIMITS.timerSeconds, seconds) });
}

/** At the limit, the oldest entry of an item no longer on the agenda gives way (today's items never fill it). */
function makeRoom(draft: Draft<Timed> & { agenda: readonly { id: string }[] }): void {
  if (draft.timeSpent.length < LIMITS.timeSpent) return;
  const onAgenda = new Set(draft.agenda.map((item) => item.id));
  const removed = draft.timeSpent.findIndex((entry) => !onAgenda.has(entry.agendaItemId));
  draft.timeSpent.splice(removed < 0 ? 0 : removed, 1);
}

/**
 * A reset says the time the timer counted for its item did not count: it comes off the item's
 * entry (which goes when nothing is left, so a timer started by mistake does not start the day).
 * Time from an earlier turn on the item, before the timer moved away and back, stays.
 */
export function forgetTimerTime(draft: Draft<Timed>): void {
  const { agendaItemId, elapsedSeconds } = draft.timer;
  const at = draft.timeSpent.findIndex((e) => e.agendaItemId === agendaItemId);
  if (at < 0) return;
  const left = draft.timeSpent[at]!.seconds - elapsedSeconds;
  if (left > 0) draft.timeSpent[at]!.seconds = left;
  else draft.timeSpent.splice(at, 1);
}

/** Seconds spent on an agenda item by `now` (epoch ms): its recorded time plus the stint running on it. */
export function spentSeconds(workshop: Timed, agendaItemId: string, now: number): number {
  const recorded = workshop.timeSpent.find((e) => e.agendaItemId === agendaItemId)?.seconds ?? 0;
  const { timer } = workshop;
  const running = timer.agendaItemId === agendaItemId && timer.runningSince !== null ? secondsBetween(timer.runningSince, now) : 0;
  return recorded + running;
}

/** When the day started (epoch ms): the first time the timer ran for any item, or null before it ever did. */
export function dayStartedAt(workshop: Timed): number | null {
  const starts = workshop.timeSpent.map((entry: TimeSpent) => Date.parse(entry.firstStartedAt));
  if (workshop.timer.runningSince !== null && workshop.timer.agendaItemId !== null) starts.push(Date.parse(workshop.timer.runningSince));
  return starts.length === 0 ? null : Math.min(...starts);
}
