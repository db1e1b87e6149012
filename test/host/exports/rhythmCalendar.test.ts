/**
 * The operating rhythm as .ics, read back with a real calendar parser (ical.js, the parser of
 * Thunderbird's calendar): occurrences expanded across daylight-saving changes keep their local
 * time, and hostile text comes back as it was typed.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { rhythmCalendar, type CalendarMeeting, type CalendarSource, type RhythmCalendarOptions } from '../../../electron/host/exports/rhythmCalendar';
import { emptySchedule, type MeetingSchedule } from '../../../src/domain/meetingSchedule';

const NOW = new Date('2027-01-15T16:45:12.000Z');
const OPTIONS: RhythmCalendarOptions = { withDueDates: false, now: NOW, defaultTimeZone: 'Europe/Berlin' };

const schedule = (patch: Partial<MeetingSchedule>): MeetingSchedule => ({ ...emptySchedule('weekly'), weekday: 'tuesday', startTime: '09:00', durationMinutes: 60, ...patch });
const meeting = (id: string, patch: Partial<CalendarMeeting> = {}): CalendarMeeting => ({ id, name: `Meeting ${id}`, cadence: '', attendees: '', purpose: '', schedule: schedule({}), ...patch });
const source = (meetings: CalendarMeeting[], patch: Partial<CalendarSource> = {}): CalendarSource => ({
  id: 'ws-1',
  updatedAt: '2027-01-14T17:00:00.000Z',
  checkIn: null,
  setup: { company: 'Kestrel Fleet Systems', title: 'Alignment day', date: '2027-01-14' },
  participants: [{ id: 'p1', name: 'Zoë Ngata', jobTitle: '', teamId: 't1' }],
  actions: [],
  rhythm: { meetings },
  ...patch,
});

function written(src: CalendarSource, options: Partial<RhythmCalendarOptions> = {}) {
  const result = rhythmCalendar(src, { ...OPTIONS, ...options });
  if (!result.ok) throw new Error(result.message);
  return result;
}

/** Parses the file as a calendar client would: its own VTIMEZONEs registered, nothing from this machine. */
function parsed(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
  return { calendar, events, event: (id: string) => events.find((e) => e.uid === id || e.uid === `${id}.ws-1@accord`)! };
}

/** The first `count` occurrences: local wall-clock time in the event's zone, and the instant in UTC. */
function occurrences(event: ICAL.Event, count: number) {
  const iterator = event.iterator();
  const found: { local: string; utc: string }[] = [];
  for (let next = iterator.next(); next && found.length < count; next = iterator.next()) {
    const start = event.getOccurrenceDetails(next).startDate;
    found.push({ local: start.toString().slice(0, 16), utc: start.toJSDate().toISOString().slice(0, 16) });
  }
  return found;
}

describe('rhythmCalendar', () => {
  it('writes an RFC 5545 calendar: CRLF lines of at most 75 octets, PRODID and VERSION, DTSTAMP in UTC, a stable UID per meeting', () => {
    const { text } = written(source([meeting('m1'), meeting('m2', { schedule: schedule({ timeZone: 'America/New_York' }) })]));
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Accord//Accord operating rhythm//EN\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const { events } = parsed(text);
    expect(events.map((e) => e.uid)).toEqual(['m1.ws-1@accord', 'm2.ws-1@accord']);
    expect(text.match(/^DTSTAMP:.*$/gm)).toEqual(['DTSTAMP:20270115T164512Z', 'DTSTAMP:20270115T164512Z']);
    // Written again later, the same meetings keep their UIDs: a calendar updates them instead of adding copies.
    expect(parsed(written(source([meeting('m1')]), { now: new Date('2027-02-01T00:00:00Z') }).text).events[0]!.uid).toBe('m1.ws-1@accord');
  });

  it('writes one VTIMEZONE per zone used, and each meeting at its local time with that TZID and its duration', () => {
    const { text } = written(
      source([
        meeting('berlin', { schedule: schedule({ timeZone: 'Europe/Berlin', durationMinutes: 45 }) }),
        meeting('ny', { schedule: schedule({ timeZone: 'America/New_York' }) }),
        meeting('berlin-2', { schedule: schedule({ timeZone: '' }) }),
      ]),
    );
    const { calendar, event } = parsed(text);
    expect(calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['Europe/Berlin', 'America/New_York']);
    expect(text).toContain('DTSTART;TZID=Europe/Berlin:20270119T090000\r\nDTEND;TZID=Europe/Berlin:20270119T094500');
    expect(event('berlin').duration.toSeconds()).toBe(45 * 60);
    expect(event('ny').startDate.zone.tzid).toBe('America/New_York');
    // A schedule without a zone takes the writing computer's.
    expect(event('berlin-2').startDate.zone.tzid).toBe('Europe/Berlin');
  });

  it('keeps a weekly meeting at 09:00 local time across the spring and autumn changes in Berlin, New York and Sydney', () => {
    const { text } = written(
      source(
        [
          meeting('berlin', { schedule: schedule({ timeZone: 'Europe/Berlin', firstDate: '2027-03-16' }) }),
          meeting('ny', { schedule: schedule({ timeZone: 'America/New_York', firstDate: '2027-03-02' }) }),
          meeting('sydney', { schedule: schedule({ timeZone: 'Australia/Sydney', firstDate: '2027-03-23' }) }),
          meeting('berlin-autumn', { schedule: schedule({ timeZone: 'Europe/Berlin', firstDate: '2027-10-19' }) }),
        ],
      ),
    );
    const { event } = parsed(text);
    // Berlin: summer time from 28 March 2027 (UTC+1 → UTC+2).
    expect(occurrences(event('berlin'), 3)).toEqual([
      { local: '2027-03-16T09:00', utc: '2027-03-16T08:00' },
      { local: '2027-03-23T09:00', utc: '2027-03-23T08:00' },
      { local: '2027-03-30T09:00', utc: '2027-03-30T07:00' },
    ]);
    // New York: daylight time from 14 March 2027 (UTC−5 → UTC−4).
    expect(occurrences(event('ny'), 3)).toEqual([
      { local: '2027-03-02T09:00', utc: '2027-03-02T14:00' },
      { local: '2027-03-09T09:00', utc: '2027-03-09T14:00' },
      { local: '2027-03-16T09:00', utc: '2027-03-16T13:00' },
    ]);
    // Sydney: summer time ends on 4 April 2027 (UTC+11 → UTC+10).
    expect(occurrences(event('sydney'), 3)).toEqual([
      { local: '2027-03-23T09:00', utc: '2027-03-22T22:00' },
      { local: '2027-03-30T09:00', utc: '2027-03-29T22:00' },
      { local: '2027-04-06T09:00', utc: '2027-04-05T23:00' },
    ]);
    // Berlin in autumn: back to UTC+1 on 31 October 2027.
    expect(occurrences(event('berlin-autumn'), 3).map((o) => o.utc)).toEqual(['2027-10-19T07:00', '2027-10-26T07:00', '2027-11-02T08:00']);
  });

  it('repeats every N weeks, on the Nth or last weekday of every month, and of every quarter', () => {
    const { text } = written(
      source([
        meeting('fortnight', { schedule: schedule({ everyWeeks: 2, weekday: 'monday', firstDate: '2027-01-18' }) }),
        meeting('monthly', { schedule: schedule({ ...emptySchedule('monthly'), weekOfMonth: 'first', weekday: 'tuesday', startTime: '14:30', durationMinutes: 90, timeZone: 'America/New_York' }) }),
        meeting('quarterly', { schedule: schedule({ ...emptySchedule('quarterly'), weekOfMonth: 'last', weekday: 'friday', startTime: '10:00', durationMinutes: 240, timeZone: 'Australia/Sydney', firstDate: '2027-03-01' }) }),
      ]),
    );
    const { event } = parsed(text);
    expect(occurrences(event('fortnight'), 4).map((o) => o.local)).toEqual(['2027-01-18T09:00', '2027-02-01T09:00', '2027-02-15T09:00', '2027-03-01T09:00']);
    // No first date: the first matching day after the workshop (14 January 2027); New York's change on 14 March in between.
    expect(occurrences(event('monthly'), 4)).toEqual([
      { local: '2027-02-02T14:30', utc: '2027-02-02T19:30' },
      { local: '2027-03-02T14:30', utc: '2027-03-02T19:30' },
      { local: '2027-04-06T14:30', utc: '2027-04-06T18:30' },
      { local: '2027-05-04T14:30', utc: '2027-05-04T18:30' },
    ]);
    expect(occurrences(event('quarterly'), 3)).toEqual([
      { local: '2027-03-26T10:00', utc: '2027-03-25T23:00' },
      { local: '2027-06-25T10:00', utc: '2027-06-25T00:00' },
      { local: '2027-09-24T10:00', utc: '2027-09-24T00:00' },
    ]);
    expect(event('quarterly').duration.toSeconds()).toBe(4 * 3600);
  });

  it('brings hostile text back exactly: commas, semicolons, colons, backslashes, line breaks, long names in many scripts', () => {
    const longName = `${'Revue du pipeline — مراجعة — 数据评审 — समीक्षा — 👩🏽‍💼 — Ελληνικά — ภาษาไทย — '.repeat(4)}`.slice(0, 300);
    const purpose = 'Lead quality; follow-up, rejected leads.\nLine two: a\\b\\nc "quoted" \\;\r\nLine three\rLine four\tend';
    const attendees = 'SDR lead; AEs, demand gen: \\ marketing ops';
    const cadence = 'Every second Monday, 45 min; bring numbers\\';
    const { text } = written(source([meeting('m1', { name: longName, purpose, attendees, cadence })], { setup: { company: 'R&D; "Ω"', title: 'Day, one', date: '2027-01-14' } }));
    for (const line of text.split('\r\n')) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      // No fold splits a character: every line is whole UTF-8.
      expect(Buffer.from(line, 'utf8').toString('utf8')).not.toContain('\uFFFD');
    }
    const event = parsed(text).event('m1.ws-1@accord');
    expect(event.summary).toBe(longName);
    const description = event.description.split('\n');
    expect(description.slice(0, 4)).toEqual(['Lead quality; follow-up, rejected leads.', 'Line two: a\\b\\nc "quoted" \\;', 'Line three', 'Line four\tend']);
    expect(description).toContain(`Attendees: ${attendees}`);
    expect(description).toContain(`Note: ${cadence}`);
    expect(description).toContain('From the alignment charter of R&D; "Ω" — Day, one.');
  });

  it('adds the actions’ due dates as all-day entries only when asked, with owner and status', () => {
    const actions: CalendarSource['actions'] = [
      { id: 'a1', title: 'Publish, the lead; definition', ownerParticipantId: 'p1', due: '2027-02-01', status: 'inProgress', stageId: null, topic: null },
      { id: 'a2', title: 'No date yet', ownerParticipantId: null, due: '', status: 'open', stageId: null, topic: null },
      { id: 'a3', title: '', ownerParticipantId: null, due: '2027-03-31', status: 'done', stageId: null, topic: null },
    ];
    expect(written(source([meeting('m1')], { actions })).dueDates).toBe(0);
    const result = written(source([meeting('m1')], { actions }), { withDueDates: true });
    expect(result).toMatchObject({ meetings: 1, dueDates: 2 });
    const { event } = parsed(result.text);
    const due = event('a1.ws-1.due@accord');
    expect(due.startDate.isDate).toBe(true);
    expect(due.startDate.toString()).toBe('2027-02-01');
    expect(due.summary).toBe('Due: Publish, the lead; definition');
    expect(due.description).toBe('Owner: Zoë Ngata\nStatus: In progress');
    expect(event('a3.ws-1.due@accord').summary).toBe('Due: Untitled action');
  });

  it('leaves out a meeting whose schedule is incomplete or whose zone is unknown, and says why; refuses a calendar with nothing in it', () => {
    const result = written(
      source([
        meeting('ok'),
        meeting('none', { name: 'Quarterly planning', schedule: null }),
        meeting('partial', { name: 'Pipeline review', schedule: { ...emptySchedule('monthly'), durationMinutes: 240 } }),
        meeting('mars', { name: '', schedule: schedule({ timeZone: 'Mars/Olympus_Mons' }) }),
      ]),
    );
    expect(result.meetings).toBe(1);
    expect(result.leftOut).toEqual([
      { name: 'Quarterly planning', reason: 'needs a schedule' },
      { name: 'Pipeline review', reason: 'needs which week of the month, a weekday and a start time' },
      { name: 'Joint meeting 4', reason: 'its time zone Mars/Olympus_Mons is not one the calendar knows' },
    ]);
    expect(rhythmCalendar(source([]), OPTIONS)).toMatchObject({ ok: false, message: expect.stringMatching(/^The operating rhythm has no joint meetings yet: .*include the actions’ due dates\.$/) });
    expect(rhythmCalendar(source([meeting('x', { name: 'Review', schedule: null })]), { ...OPTIONS, withDueDates: true })).toMatchObject({
      ok: false,
      message: 'No joint meeting has a complete schedule yet (“Review” needs a schedule): set each meeting’s weekday, start time and duration in the Rhythm phase.',
    });
  });

  it('gives a check-in’s meetings and due dates the UIDs of its series, and a later change a higher SEQUENCE, so a calendar app updates the events it has', () => {
    const first = parsed(written(source([meeting('m1')], { actions: [{ id: 'a1', title: 'Call', ownerParticipantId: null, due: '2027-02-01', status: 'open', stageId: null, topic: null }] }), { withDueDates: true }).text);
    const checkIn = parsed(
      written(source([meeting('m1')], { id: 'ws-2', updatedAt: '2027-04-20T08:00:00.000Z', checkIn: { seriesId: 'ws-1' }, actions: [{ id: 'a1', title: 'Call', ownerParticipantId: null, due: '2027-05-01', status: 'open', stageId: null, topic: null }] }), { withDueDates: true }).text,
    );
    expect(checkIn.events.map((e) => e.uid).sort()).toEqual(first.events.map((e) => e.uid).sort());
    expect(first.events.map((e) => e.uid).sort()).toEqual(['a1.ws-1.due@accord', 'm1.ws-1@accord']);
    for (const event of checkIn.events) expect(event.sequence).toBeGreaterThan(first.events.find((e) => e.uid === event.uid)!.sequence);
    expect(first.events[0]!.sequence).toBe((Date.parse('2027-01-14T17:00:00.000Z') - Date.UTC(2020, 0, 1)) / 1000);
  });

  it('writes UTC under its IANA name Etc/UTC', () => {
    const { text } = written(source([meeting('m1', { schedule: schedule({ timeZone: 'UTC' }) })]));
    expect(occurrences(parsed(text).event('m1.ws-1@accord'), 1)).toEqual([{ local: '2027-01-19T09:00', utc: '2027-01-19T09:00' }]);
    expect(text).toContain('DTSTART;TZID=Etc/UTC:20270119T090000');
  });
});
