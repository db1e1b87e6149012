/**
 * The operating rhythm as an iCalendar file (RFC 5545): one recurring VEVENT per joint meeting
 * whose schedule is complete, at its local time in its IANA zone (DTSTART;TZID plus a VTIMEZONE
 * for each zone used, so the time stays put across daylight-saving changes), and, if asked, the
 * actions' due dates as all-day entries. ical-generator writes the text (escaping, 75-octet
 * folding, CRLF, DTSTAMP in UTC); timezones-ical-library supplies VTIMEZONE blocks built from
 * the current IANA database. Node only: the app asks the host for the file.
 */
import ical, { type ICalCalendar } from 'ical-generator';
import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library';
import { describeSchedule } from '../../../src/domain/describeSchedule';
import { calendarGaps, listGaps, type MeetingSchedule } from '../../../src/domain/meetingSchedule';
import { dayAfter, firstOccurrence, recurrenceRule, type RepeatableSchedule } from '../../../src/domain/scheduleRecurrence';
import { ACTION_STATUS_LABELS } from '../../../src/domain/labels';
import type { Workshop } from '../../../src/domain/workshopSchema';

export interface CalendarMeeting {
  id: string;
  name: string;
  cadence: string;
  schedule: MeetingSchedule | null;
  attendees: string;
  purpose: string;
}

export interface CalendarSource extends Pick<Workshop, 'id' | 'actions' | 'participants' | 'updatedAt'> {
  setup: Pick<Workshop['setup'], 'company' | 'title' | 'date'>;
  rhythm: { meetings: readonly CalendarMeeting[] };
  /** A check-in's series: its meetings are the first workshop's, carried over with the same ids. */
  checkIn: Pick<NonNullable<Workshop['checkIn']>, 'seriesId'> | null;
}

/** SEQUENCE counts from here, in seconds. */
const SEQUENCE_EPOCH_MS = Date.UTC(2020, 0, 1);

/**
 * The event's revision number (SEQUENCE): a calendar app replaces an event it already has only
 * with a higher one. Seconds from 2020 to the workshop's last change only ever grow, across
 * every export of a workshop and from a workshop to its later check-ins, and stay a 32-bit
 * integer until 2088.
 */
function revisionOf(source: CalendarSource): number {
  const changed = Date.parse(source.updatedAt);
  return Number.isNaN(changed) ? 0 : Math.max(0, Math.floor((changed - SEQUENCE_EPOCH_MS) / 1000));
}

export interface RhythmCalendarOptions {
  /** Also write each action with a due date as an all-day entry. */
  withDueDates: boolean;
  /** DTSTAMP, and the day a series starts from when neither it nor the workshop has a date. */
  now: Date;
  /** The zone of a schedule that names none: the zone of the computer writing the file. */
  defaultTimeZone: string;
}

interface LeftOutMeeting {
  name: string;
  /** Why, in words: "needs a weekday and a start time", "its time zone Mars/Base is unknown". */
  reason: string;
}

export type RhythmCalendar =
  | { ok: true; text: string; meetings: number; dueDates: number; leftOut: LeftOutMeeting[] }
  | { ok: false; message: string; leftOut: LeftOutMeeting[] };

const PRODUCT_ID = { company: 'Accord', product: 'Accord operating rhythm', language: 'EN' } as const;

let knownZones: ReadonlySet<string> | null = null;
/** The VTIMEZONE block and its TZID for an IANA name ("UTC" is written as Etc/UTC), or null when the library has no such zone. */
function zoneBlock(name: string): { tzid: string; block: string } | null {
  knownZones ??= new Set(tzlib_get_timezones() as string[]);
  if (!knownZones.has(name)) return null;
  const [block, tzidLine] = tzlib_get_ical_block(name) as string[];
  return block && tzidLine ? { tzid: tzidLine.replace(/^TZID=/, ''), block } : null;
}

const meetingName = (meeting: CalendarMeeting, index: number) => meeting.name.trim() || `Joint meeting ${index + 1}`;

/** `HH:MM` on `day` as the floating local date-time ical-generator writes with the event's TZID. */
const localDateTime = (day: string, time: string) => `${day}T${time}:00`;

function addMinutesLocal(day: string, time: string, minutes: number): string {
  // Calendar arithmetic on the wall clock (UTC used as a plain counter): DTEND is local time in the same zone.
  const end = new Date(new Date(`${day}T${time}:00Z`).getTime() + minutes * 60_000);
  return end.toISOString().slice(0, 19);
}

/** A calendar has one kind of line break: \n (written as the text escape \\n). */
const oneKindOfLineBreak = (text: string) => text.replace(/\r\n?/g, '\n');

function meetingDescription(meeting: CalendarMeeting, schedule: MeetingSchedule, zone: string, source: CalendarSource): string {
  const lines = [
    oneKindOfLineBreak(meeting.purpose.trim()),
    meeting.attendees.trim() && `Attendees: ${meeting.attendees.trim()}`,
    `When: ${describeSchedule({ ...schedule, timeZone: zone })}`,
    meeting.cadence.trim() && `Note: ${meeting.cadence.trim()}`,
    `From the alignment charter of ${[source.setup.company, source.setup.title].map((s) => s.trim()).filter(Boolean).join(' — ') || 'the workshop'}.`,
  ];
  return lines.filter(Boolean).join('\n');
}

export function rhythmCalendar(source: CalendarSource, options: RhythmCalendarOptions): RhythmCalendar {
  const zones = new Map<string, string>();
  const calendar: ICalCalendar = ical({
    prodId: PRODUCT_ID,
    name: `${source.setup.title.trim() || 'Workshop'}: operating rhythm`,
    // Called once per zone the events use; the block is the VTIMEZONE for the TZID the events carry.
    timezone: { name: null, generator: (tzid) => zones.get(tzid) ?? null },
  });
  const today = options.now.toISOString().slice(0, 10);
  // A rhythm starts after the workshop, not on its day.
  const seriesFrom = source.setup.date ? dayAfter(source.setup.date) : today;
  const leftOut: LeftOutMeeting[] = [];
  let meetings = 0;
  // A check-in's meetings carry the first workshop's ids: the same UIDs, so importing a check-in's calendar updates the series already there.
  const seriesId = source.checkIn?.seriesId ?? source.id;
  const sequence = revisionOf(source);

  source.rhythm.meetings.forEach((meeting, index) => {
    const name = meetingName(meeting, index);
    const gaps = calendarGaps(meeting.schedule);
    if (gaps.length > 0 || meeting.schedule === null) {
      leftOut.push({ name, reason: `needs ${listGaps(gaps)}` });
      return;
    }
    const schedule = meeting.schedule as RepeatableSchedule;
    const zoneName = schedule.timeZone || options.defaultTimeZone;
    const zone = zoneBlock(zoneName);
    if (!zone) {
      leftOut.push({ name, reason: `its time zone ${zoneName} is not one the calendar knows` });
      return;
    }
    zones.set(zone.tzid, zone.block);
    const day = firstOccurrence(schedule, schedule.firstDate || seriesFrom);
    calendar.createEvent({
      // Stable per meeting, so importing the file again updates the series instead of adding a second one.
      id: `${meeting.id}.${seriesId}@accord`,
      sequence,
      start: localDateTime(day, schedule.startTime),
      end: addMinutesLocal(day, schedule.startTime, schedule.durationMinutes!),
      timezone: zone.tzid,
      stamp: options.now,
      repeating: recurrenceRule(schedule),
      summary: name,
      description: meetingDescription(meeting, schedule, zoneName, source),
    });
    meetings += 1;
  });

  let dueDates = 0;
  if (options.withDueDates) {
    const names = new Map(source.participants.map((p) => [p.id, p.name.trim()]));
    for (const action of source.actions) {
      if (!action.due) continue;
      const owner = action.ownerParticipantId === null ? '' : (names.get(action.ownerParticipantId) ?? '');
      calendar.createEvent({
        id: `${action.id}.${seriesId}.due@accord`,
        sequence,
        start: action.due,
        allDay: true,
        stamp: options.now,
        summary: `Due: ${action.title.trim() || 'Untitled action'}`,
        description: [owner && `Owner: ${owner}`, `Status: ${ACTION_STATUS_LABELS[action.status]}`].filter(Boolean).join('\n'),
      });
      dueDates += 1;
    }
  }

  if (meetings + dueDates === 0) {
    const why =
      source.rhythm.meetings.length === 0
        ? 'The operating rhythm has no joint meetings yet'
        : `No joint meeting has a complete schedule yet (${leftOut.map((m) => `“${m.name}” ${m.reason}`).join('; ')})`;
    const dueHint = options.withDueDates ? '' : ', or include the actions’ due dates';
    return { ok: false, message: `${why}: set each meeting’s weekday, start time and duration in the Rhythm phase${dueHint}.`, leftOut };
  }
  return { ok: true, text: calendar.toString(), meetings, dueDates, leftOut };
}
