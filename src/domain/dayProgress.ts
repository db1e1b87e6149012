/**
 * How the day runs against its plan, the way SessionLab's time tracker reads it: the plan lays
 * today's agenda items end to end from the moment the day started (the timer's first start), each
 * for its time box (items before the first one timed count as run to plan). The day is expected to end when what is left is done: the rest of the current
 * item's time box (with its extra minutes), then every later item's time box (less any time it has
 * already had). Behind or ahead is that expected end against the planned one, so running over,
 * pausing, adding minutes or a break off the agenda puts the day behind, and leaving an item out
 * or moving on early puts it ahead. Pure: times are epoch milliseconds passed in.
 */
import { dayStartedAt, spentSeconds } from './timeSpent';
import type { AgendaItem, Workshop } from './workshopSchema';

type DaySource = Pick<Workshop, 'agenda' | 'currentPhase' | 'timer' | 'timeSpent'>;

/** Less than half a minute either way is on plan: the plan counts in minutes. */
const ON_PLAN_SECONDS = 30;

export interface PlannedItem {
  item: AgendaItem;
  /** Epoch ms: the day's start plus the time boxes before it. */
  plannedStart: number;
  plannedEnd: number;
}

interface AgendaSlot extends PlannedItem {
  /** Seconds the room has spent on it so far (recorded, plus the timer's running stint). */
  spentSeconds: number;
  /** Before the item the room is on (done or left out), the one it is on, or still to come. */
  place: 'done' | 'current' | 'upcoming';
  /** Seconds it still needs by the plan: none once done, otherwise what its time box has left. */
  remainingSeconds: number;
}

export type PlanStatus = { kind: 'notStarted' } | { kind: 'onPlan' } | { kind: 'behind'; minutes: number } | { kind: 'ahead'; minutes: number };

export interface DayProgress {
  /** Whether the timer has run today (before, the plan is measured as if the day started now). */
  started: boolean;
  /**
   * When the plan has the day start (epoch ms): the timer's first start, less the planned time of
   * any items before the one it first ran for (minutesBeforeFirstRun).
   */
  dayStart: number;
  /** Today's agenda items (those included), in order. */
  slots: AgendaSlot[];
  /** The last item's planned end, plus the time spent on items taken off today's agenda after they ran (offAgendaSeconds). */
  plannedEnd: number;
  /** When the day ends if everything left keeps its time box. */
  expectedEnd: number;
  /** Seconds the expected end is past the planned one: positive behind the plan, negative ahead. */
  delaySeconds: number;
  status: PlanStatus;
}

/** Today's agenda items end to end from `dayStart`, each for its time box. */
export function plannedSchedule(agenda: readonly AgendaItem[], dayStart: number): PlannedItem[] {
  let at = dayStart;
  return agenda
    .filter((item) => item.included)
    .map((item) => {
      const plannedStart = at;
      at += item.minutes * 60_000;
      return { item, plannedStart, plannedEnd: at };
    });
}

export function dayProgress(workshop: DaySource, now: number): DayProgress {
  const startedAt = dayStartedAt(workshop);
  const dayStart = startedAt === null ? now : startedAt - minutesBeforeFirstRun(workshop) * 60_000;
  const planned = plannedSchedule(workshop.agenda, dayStart);
  const current = currentIndex(planned.map((p) => p.item), workshop);
  const slots = planned.map((p, index): AgendaSlot => {
    const spent = spentSeconds(workshop, p.item.id, now);
    const place = index < current ? 'done' : index === current ? 'current' : 'upcoming';
    const extra = workshop.timer.agendaItemId === p.item.id ? workshop.timer.extraMinutes : 0;
    const remainingSeconds = place === 'done' ? 0 : Math.max(0, (p.item.minutes + extra) * 60 - spent);
    return { ...p, spentSeconds: spent, place, remainingSeconds };
  });
  const plannedEnd = (planned.at(-1)?.plannedEnd ?? dayStart) + offAgendaSeconds(workshop, now) * 1000;
  const expectedEnd = now + slots.reduce((sum, slot) => sum + slot.remainingSeconds, 0) * 1000;
  const delaySeconds = Math.round((expectedEnd - plannedEnd) / 1000);
  return { started: startedAt !== null, dayStart, slots, plannedEnd, expectedEnd, delaySeconds, status: startedAt === null ? { kind: 'notStarted' } : planStatus(delaySeconds) };
}

/**
 * The planned minutes of today's items before the one whose timer started the day: when the
 * facilitator first starts the timer some items into the agenda, those items are taken to have
 * run as planned (SessionLab's "start at the scheduled time"), not to have been left out.
 */
function minutesBeforeFirstRun(workshop: DaySource): number {
  const first = workshop.timeSpent.reduce<{ id: string | null; at: number }>(
    (earliest, entry) => (Date.parse(entry.firstStartedAt) < earliest.at ? { id: entry.agendaItemId, at: Date.parse(entry.firstStartedAt) } : earliest),
    { id: workshop.timer.runningSince === null ? null : workshop.timer.agendaItemId, at: workshop.timer.runningSince === null ? Infinity : Date.parse(workshop.timer.runningSince) },
  );
  const included = workshop.agenda.filter((item) => item.included);
  const at = included.findIndex((item) => item.id === first.id);
  return included.slice(0, Math.max(0, at)).reduce((sum, item) => sum + item.minutes, 0);
}

/**
 * Time spent on items taken off today's agenda after they ran counts as planned (the plan changed;
 * the day is not behind for what the room already did), up to the time box of an item left out
 * (its overrun still counts) and all of it for a removed item (whose time box is gone).
 */
function offAgendaSeconds(workshop: DaySource, now: number): number {
  let total = 0;
  for (const entry of workshop.timeSpent) {
    const item = workshop.agenda.find((a) => a.id === entry.agendaItemId);
    if (item?.included) continue;
    const spent = spentSeconds(workshop, entry.agendaItemId, now);
    total += item ? Math.min(spent, item.minutes * 60) : spent;
  }
  return total;
}

/**
 * The item the room is on: the current phase's (the timer's item when it is one of that phase's);
 * when the phase is not on today's agenda, the timer's item, else the last item that ran.
 */
function currentIndex(items: readonly AgendaItem[], workshop: DaySource): number {
  const timerAt = items.findIndex((item) => item.id === workshop.timer.agendaItemId);
  if (timerAt >= 0 && items[timerAt]!.phase === workshop.currentPhase) return timerAt;
  const phaseAt = items.findIndex((item) => item.phase === workshop.currentPhase);
  if (phaseAt >= 0) return phaseAt;
  if (timerAt >= 0) return timerAt;
  const timed = new Set(workshop.timeSpent.map((entry) => entry.agendaItemId));
  return Math.max(0, items.findLastIndex((item) => timed.has(item.id)));
}

function planStatus(delaySeconds: number): PlanStatus {
  if (Math.abs(delaySeconds) < ON_PLAN_SECONDS) return { kind: 'onPlan' };
  const minutes = Math.max(1, Math.round(Math.abs(delaySeconds) / 60));
  return delaySeconds > 0 ? { kind: 'behind', minutes } : { kind: 'ahead', minutes };
}

/** "12 min", "1 h", "1 h 5 min". */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** "12 min behind plan", "5 min ahead of plan", "On plan", "Not started". */
export function describePlanStatus(status: PlanStatus): string {
  switch (status.kind) {
    case 'notStarted':
      return 'Not started';
    case 'onPlan':
      return 'On plan';
    case 'behind':
      return `${formatMinutes(status.minutes)} behind plan`;
    case 'ahead':
      return `${formatMinutes(status.minutes)} ahead of plan`;
  }
}
