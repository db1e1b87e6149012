/**
 * A meeting's schedule in words, for the charter, the Markdown and the calendar's description:
 * "Every 2 weeks on Tuesday, 09:00–10:00 (Europe/Berlin), from 12 January 2027". Parts not
 * chosen yet are left out rather than guessed.
 */
import type { MeetingSchedule, Weekday } from './meetingSchedule';

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const weekdayName = (day: Weekday) => capital(day);

function howOften(schedule: MeetingSchedule): string {
  const day = schedule.weekday === null ? null : weekdayName(schedule.weekday);
  if (schedule.frequency === 'weekly') {
    const every = schedule.everyWeeks === 1 ? 'Every week' : `Every ${schedule.everyWeeks} weeks`;
    return day ? `${every} on ${day}` : every;
  }
  const period = schedule.frequency === 'monthly' ? 'month' : 'quarter';
  if (schedule.weekOfMonth !== null && day) return `On the ${schedule.weekOfMonth} ${day} of every ${period}`;
  return day ? `Every ${period}, on a ${day}` : `Every ${period}`;
}

/** "1 hour", "45 minutes", "1 hour 30 minutes", "4 hours". */
function describeDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [hours > 0 && `${hours} hour${hours === 1 ? '' : 's'}`, rest > 0 && `${rest} minute${rest === 1 ? '' : 's'}`].filter(Boolean);
  return parts.join(' ');
}

const addMinutes = (time: string, minutes: number) => {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const total = (hour * 60 + minute + minutes) % (24 * 60);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
};

function when(schedule: MeetingSchedule): string | null {
  const { startTime, durationMinutes } = schedule;
  if (startTime && durationMinutes !== null) {
    const end = addMinutes(startTime, durationMinutes);
    // A meeting past midnight, or a full day, reads better with its length than with an end time.
    return durationMinutes < 24 * 60 && end > startTime ? `${startTime}–${end}` : `${startTime}, ${describeDuration(durationMinutes)}`;
  }
  if (startTime) return `at ${startTime}`;
  return durationMinutes === null ? null : describeDuration(durationMinutes);
}

const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `defaultTimeZone`: the zone an empty one stands for, when the reader should see it; otherwise it is left unsaid. */
export function describeSchedule(schedule: MeetingSchedule, defaultTimeZone?: string): string {
  const parts = [howOften(schedule)];
  const time = when(schedule);
  const zone = schedule.timeZone || defaultTimeZone;
  if (time) parts.push(zone ? `${time} (${zone})` : time);
  else if (zone) parts.push(`${zone} time`);
  if (schedule.firstDate) parts.push(`from ${LONG_DATE.format(new Date(`${schedule.firstDate}T00:00:00Z`))}`);
  return parts.join(', ');
}
