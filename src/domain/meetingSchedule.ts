/**
 * When a joint meeting of the operating rhythm happens, as data a calendar can use: how often
 * (every N weeks on a weekday, or on the Nth or last weekday of every month or quarter), at what
 * local time, for how long, in which IANA time zone, and from which day. Every part may still
 * be open ('' or null) while the room is deciding; `calendarGaps` says what the calendar file
 * still needs. The meeting's free-text cadence stays beside it as the facilitator's own words.
 */
import { z } from 'zod';

export const FREQUENCIES = ['weekly', 'monthly', 'quarterly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Which weekday of the month: the first to the fourth, or the last (a fifth exists only in some months). */
export const WEEKS_OF_MONTH = ['first', 'second', 'third', 'fourth', 'last'] as const;
export type WeekOfMonth = (typeof WEEKS_OF_MONTH)[number];

/** The longest gap between two weekly meetings a schedule takes (a year). */
export const MAX_EVERY_WEEKS = 52;
/** The longest meeting: a full day. */
export const MAX_DURATION_MINUTES = 24 * 60;

/** 24-hour local time, e.g. 09:00 or 16:30. */
const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
/** An IANA time zone name such as Europe/Berlin (whether this machine knows it is checked where it is used). */
const TIME_ZONE_NAME = /^[A-Za-z0-9_+\-/]+$/;

export const meetingScheduleSchema = z
  .strictObject({
    frequency: z.enum(FREQUENCIES),
    /** Weekly only: 1 every week, 2 every other week… (1 for the monthly kinds). */
    everyWeeks: z.number().int().min(1).max(MAX_EVERY_WEEKS),
    /** Monthly and quarterly only (null for weekly, or while not chosen). */
    weekOfMonth: z.enum(WEEKS_OF_MONTH).nullable(),
    weekday: z.enum(WEEKDAYS).nullable(),
    /** Local start time in the schedule's time zone, or '' while not chosen. */
    startTime: z.union([z.string().regex(LOCAL_TIME, 'must be a time such as 09:00'), z.literal('')]),
    durationMinutes: z.number().int().min(5).max(MAX_DURATION_MINUTES).nullable(),
    /** '' means the time zone of the computer that writes the calendar file. */
    timeZone: z.union([z.string().max(64).regex(TIME_ZONE_NAME, 'must be a time zone name such as Europe/Berlin'), z.literal('')]),
    /** The series starts on the first matching day on or after this one; '' means after the workshop. */
    firstDate: z.union([z.iso.date(), z.literal('')]),
  })
  .superRefine((schedule, ctx) => {
    if (schedule.frequency === 'weekly' && schedule.weekOfMonth !== null) {
      ctx.addIssue({ code: 'custom', path: ['weekOfMonth'], message: 'is only for a monthly or quarterly meeting' });
    }
    if (schedule.frequency !== 'weekly' && schedule.everyWeeks !== 1) {
      ctx.addIssue({ code: 'custom', path: ['everyWeeks'], message: 'is only for a weekly meeting' });
    }
  });
export type MeetingSchedule = z.infer<typeof meetingScheduleSchema>;

/** A schedule with only its frequency chosen. */
export function emptySchedule(frequency: Frequency): MeetingSchedule {
  return { frequency, everyWeeks: 1, weekOfMonth: null, weekday: null, startTime: '', durationMinutes: null, timeZone: '', firstDate: '' };
}

/** The schedule under another frequency, keeping what still applies (the weekday, time, length, zone and first day). */
export function withFrequency(schedule: MeetingSchedule, frequency: Frequency): MeetingSchedule {
  if (frequency === schedule.frequency) return schedule;
  return frequency === 'weekly' ? { ...schedule, frequency, weekOfMonth: null } : { ...schedule, frequency, everyWeeks: 1 };
}

/** What a calendar entry still needs, in words ("a weekday", "a start time"…); empty when it can be written. */
export function calendarGaps(schedule: MeetingSchedule | null): string[] {
  if (schedule === null) return ['a schedule'];
  const gaps: string[] = [];
  if (schedule.frequency !== 'weekly' && schedule.weekOfMonth === null) gaps.push('which week of the month');
  if (schedule.weekday === null) gaps.push('a weekday');
  if (schedule.startTime === '') gaps.push('a start time');
  if (schedule.durationMinutes === null) gaps.push('a duration');
  return gaps;
}

/** The gaps as a phrase: "which week of the month, a weekday and a start time". */
export function listGaps(gaps: readonly string[]): string {
  return gaps.length <= 1 ? gaps.join('') : `${gaps.slice(0, -1).join(', ')} and ${gaps.at(-1)}`;
}
