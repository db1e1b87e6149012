/**
 * A schedule as a calendar's recurrence: the RFC 5545 RRULE and the first day of the series.
 * Plain calendar-day arithmetic (no time zones): the zone applies to the time of day only, so a
 * 09:00 meeting stays at 09:00 local time on both sides of a daylight-saving change.
 */
import { WEEKDAYS, type MeetingSchedule, type WeekOfMonth, type Weekday } from './meetingSchedule';

const BYDAY = { monday: 'MO', tuesday: 'TU', wednesday: 'WE', thursday: 'TH', friday: 'FR', saturday: 'SA', sunday: 'SU' } as const satisfies Record<Weekday, string>;
const SET_POSITION = { first: 1, second: 2, third: 3, fourth: 4, last: -1 } as const satisfies Record<WeekOfMonth, number>;
const MONTHS_APART = { monthly: 1, quarterly: 3 } as const;

/** A schedule the calendar can repeat: its weekday (and, monthly, its week) chosen. */
export type RepeatableSchedule = MeetingSchedule & { weekday: Weekday };

/** "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", "FREQ=MONTHLY;INTERVAL=3;BYDAY=-1FR". */
export function recurrenceRule(schedule: RepeatableSchedule): string {
  const day = BYDAY[schedule.weekday];
  if (schedule.frequency === 'weekly') {
    return schedule.everyWeeks === 1 ? `FREQ=WEEKLY;BYDAY=${day}` : `FREQ=WEEKLY;INTERVAL=${schedule.everyWeeks};BYDAY=${day}`;
  }
  const interval = MONTHS_APART[schedule.frequency];
  const position = SET_POSITION[schedule.weekOfMonth ?? 'first'];
  return `FREQ=MONTHLY${interval === 1 ? '' : `;INTERVAL=${interval}`};BYDAY=${position}${day}`;
}

const toDay = (date: Date) => date.toISOString().slice(0, 10);
const fromDay = (day: string) => new Date(`${day}T00:00:00Z`);
/** Monday 0 … Sunday 6, as WEEKDAYS orders them. */
const weekdayIndex = (date: Date) => (date.getUTCDay() + 6) % 7;

/** The `weekOfMonth` `weekday` of the month of year/month (0-based month). */
function nthWeekdayOfMonth(year: number, month: number, weekday: Weekday, week: WeekOfMonth): Date {
  const target = WEEKDAYS.indexOf(weekday);
  if (week === 'last') {
    const last = new Date(Date.UTC(year, month + 1, 0));
    return new Date(Date.UTC(year, month, last.getUTCDate() - ((weekdayIndex(last) - target + 7) % 7)));
  }
  const first = new Date(Date.UTC(year, month, 1));
  return new Date(Date.UTC(year, month, 1 + ((target - weekdayIndex(first) + 7) % 7) + 7 * (SET_POSITION[week] - 1)));
}

/**
 * The first day of the series: the first day on or after `onOrAfter` that the rule picks. The
 * calendar's DTSTART must be such a day, or RFC 5545 counts it as an extra occurrence.
 */
export function firstOccurrence(schedule: RepeatableSchedule, onOrAfter: string): string {
  const from = fromDay(onOrAfter);
  if (schedule.frequency === 'weekly') {
    const ahead = (WEEKDAYS.indexOf(schedule.weekday) - weekdayIndex(from) + 7) % 7;
    return toDay(new Date(from.getTime() + ahead * 86_400_000));
  }
  const week = schedule.weekOfMonth ?? 'first';
  const inThisMonth = nthWeekdayOfMonth(from.getUTCFullYear(), from.getUTCMonth(), schedule.weekday, week);
  if (inThisMonth >= from) return toDay(inThisMonth);
  return toDay(nthWeekdayOfMonth(from.getUTCFullYear(), from.getUTCMonth() + 1, schedule.weekday, week));
}

/** The day after `day` (a meeting series "after the workshop" starts no earlier than the next day). */
export function dayAfter(day: string): string {
  return toDay(new Date(fromDay(day).getTime() + 86_400_000));
}
