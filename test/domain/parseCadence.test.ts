import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeSchedule } from '../../src/domain/describeSchedule';
import { calendarGaps, emptySchedule, meetingScheduleSchema, withFrequency, type MeetingSchedule } from '../../src/domain/meetingSchedule';
import { parseCadence } from '../../src/domain/parseCadence';
import { firstOccurrence, recurrenceRule, type RepeatableSchedule } from '../../src/domain/scheduleRecurrence';
import { applyCommand } from '../../src/domain/applyCommand';
import { charterContent } from '../../src/domain/charterContent';
import { describeCharterChanges } from '../../src/domain/describeCharterChanges';
import { createSampleWorkshop } from '../../src/domain/sampleWorkshop';
import { aContext, fingerprintOf } from '../helpers/domainBuilders';

const schedule = (patch: Partial<MeetingSchedule>): MeetingSchedule => ({ ...emptySchedule('weekly'), ...patch });

describe('parseCadence', () => {
  it.each([
    ['Weekly on Tuesday 9:00', { frequency: 'weekly', weekday: 'tuesday', startTime: '09:00' }],
    ['Monthly, first Tuesday', { frequency: 'monthly', weekOfMonth: 'first', weekday: 'tuesday' }],
    ['Every two weeks', { frequency: 'weekly', everyWeeks: 2 }],
    ['Quarterly, half day', { frequency: 'quarterly', durationMinutes: 240 }],
    ['Every second Monday, 45 min', { frequency: 'weekly', everyWeeks: 2, weekday: 'monday', durationMinutes: 45 }],
    ['Fortnightly', { frequency: 'weekly', everyWeeks: 2 }],
    ['every other week on wed at 10:30, 90 minutes', { frequency: 'weekly', everyWeeks: 2, weekday: 'wednesday', startTime: '10:30', durationMinutes: 90 }],
    ['Tuesdays 9-10am Europe/Berlin', { frequency: 'weekly', weekday: 'tuesday', startTime: '09:00', durationMinutes: 60, timeZone: 'Europe/Berlin' }],
    ['Last Friday of the month, 16:00–17:30', { frequency: 'monthly', weekOfMonth: 'last', weekday: 'friday', startTime: '16:00', durationMinutes: 90 }],
    ['Monthly on the first Tuesday at 2pm for 1 hour', { frequency: 'monthly', weekOfMonth: 'first', weekday: 'tuesday', startTime: '14:00', durationMinutes: 60 }],
    ['Quarterly, first Monday, 2027-01-04', { frequency: 'quarterly', weekOfMonth: 'first', weekday: 'monday', firstDate: '2027-01-04' }],
    ['Second Thursday of every quarter, 1.5 hours, UTC', { frequency: 'quarterly', weekOfMonth: 'second', weekday: 'thursday', durationMinutes: 90, timeZone: 'UTC' }],
    ['Every 3 weeks on Fri. at noon', { frequency: 'weekly', everyWeeks: 3, weekday: 'friday', startTime: '12:00' }],
  ])('reads “%s” completely, with no note left over', (text, expected) => {
    const parsed = parseCadence(text);
    expect(parsed.note).toBe('');
    expect(parsed.schedule).toEqual({ ...emptySchedule(expected.frequency as MeetingSchedule['frequency']), ...expected });
    expect(meetingScheduleSchema.safeParse(parsed.schedule).success).toBe(true);
  });

  it('keeps the whole text as the note when it understood only part of it', () => {
    expect(parseCadence('Quarterly business review with the CRO')).toEqual({ schedule: emptySchedule('quarterly'), note: 'Quarterly business review with the CRO' });
    expect(parseCadence('Monthly pipeline review, 2 hours')).toEqual({ schedule: { ...emptySchedule('monthly'), durationMinutes: 120 }, note: 'Monthly pipeline review, 2 hours' });
    // 25:00 is no time of day: the text stays, the time is not made up.
    expect(parseCadence('Weekly on Monday at 25:00')).toEqual({ schedule: { ...emptySchedule('weekly'), weekday: 'monday' }, note: 'Weekly on Monday at 25:00' });
  });

  it('makes no schedule of what a weekly, monthly or quarterly rule cannot hold, or of words with two meanings', () => {
    for (const text of ['Daily stand-up', 'Bi-weekly', 'biweekly sync', 'Twice a week', 'Yearly kick-off', 'Weekly, Tuesdays and Thursdays', 'Weekly or monthly', 'When needed', '', 'Every month-end close']) {
      const parsed = parseCadence(text);
      if (text === 'Every month-end close') {
        expect(parsed.note).toBe(text); // "month-end close" is not understood, whatever the frequency
        continue;
      }
      expect(parsed, text).toEqual({ schedule: null, note: text });
    }
  });

  it('whatever the text, gives a valid schedule or none, and never loses the words it did not fully understand', () => {
    const words = fc.constantFrom('every', 'other', 'second', 'last', 'first', 'Monday', 'tues', 'weekly', 'monthly', 'quarter', 'at', '9', '9:30', '25:00', '12pm', '13pm', '-', '–', '10am', '45 min', '99 weeks', '0 min', '2000 minutes', '1.5 hours', 'half day', 'Europe/Berlin', 'Mars/Base', 'UTC', '2027-02-29', '2028-02-29', 'of the month', ',', 'noon', 'bi-weekly');
    fc.assert(
      fc.property(fc.oneof(fc.array(words, { maxLength: 10 }).map((w) => w.join(' ')), fc.string({ maxLength: 80 })), (text) => {
        const parsed = parseCadence(text);
        if (parsed.schedule !== null) expect(meetingScheduleSchema.safeParse(parsed.schedule).success, text).toBe(true);
        expect([text, '']).toContain(parsed.note);
        if (parsed.schedule === null) expect(parsed.note).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('does not take "month" for Monday, nor a date or a duration for a time of day', () => {
    expect(parseCadence('First of the month')).toMatchObject({ schedule: null });
    expect(parseCadence('Weekly, 45 min, from 2027-02-03').schedule).toEqual({ ...emptySchedule('weekly'), durationMinutes: 45, firstDate: '2027-02-03' });
  });
});

describe('the schedule in words', () => {
  it('says how often, when, where and from which day, leaving out what is not chosen', () => {
    expect(describeSchedule(schedule({ weekday: 'tuesday', startTime: '09:00', durationMinutes: 60, timeZone: 'Europe/Berlin' }))).toBe('Every week on Tuesday, 09:00–10:00 (Europe/Berlin)');
    expect(describeSchedule(schedule({ everyWeeks: 2, weekday: 'monday', durationMinutes: 45 }))).toBe('Every 2 weeks on Monday, 45 minutes');
    expect(describeSchedule({ ...emptySchedule('monthly'), weekOfMonth: 'last', weekday: 'friday', startTime: '16:00', firstDate: '2027-01-29' })).toBe('On the last Friday of every month, at 16:00, from 29 January 2027');
    expect(describeSchedule({ ...emptySchedule('quarterly'), durationMinutes: 240 })).toBe('Every quarter, 4 hours');
    expect(describeSchedule(schedule({ weekday: 'sunday', startTime: '23:00', durationMinutes: 120 }), 'Asia/Tokyo')).toBe('Every week on Sunday, 23:00, 2 hours (Asia/Tokyo)');
  });
});

describe('the schedule as a recurrence', () => {
  const repeatable = (patch: Partial<MeetingSchedule>) => schedule({ weekday: 'tuesday', ...patch }) as RepeatableSchedule;

  it('writes the RRULE of each frequency', () => {
    expect(recurrenceRule(repeatable({}))).toBe('FREQ=WEEKLY;BYDAY=TU');
    expect(recurrenceRule(repeatable({ everyWeeks: 2, weekday: 'monday' }))).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO');
    expect(recurrenceRule(repeatable({ frequency: 'monthly', weekOfMonth: 'first' }))).toBe('FREQ=MONTHLY;BYDAY=1TU');
    expect(recurrenceRule(repeatable({ frequency: 'quarterly', weekOfMonth: 'last', weekday: 'friday' }))).toBe('FREQ=MONTHLY;INTERVAL=3;BYDAY=-1FR');
  });

  it('starts on the first day the rule picks on or after the given day', () => {
    expect(firstOccurrence(repeatable({}), '2027-01-19')).toBe('2027-01-19');
    expect(firstOccurrence(repeatable({}), '2027-01-20')).toBe('2027-01-26');
    expect(firstOccurrence(repeatable({ frequency: 'monthly', weekOfMonth: 'first' }), '2027-01-06')).toBe('2027-02-02');
    expect(firstOccurrence(repeatable({ frequency: 'monthly', weekOfMonth: 'fourth' }), '2027-01-01')).toBe('2027-01-26');
    expect(firstOccurrence(repeatable({ frequency: 'quarterly', weekOfMonth: 'last', weekday: 'friday' }), '2027-12-31')).toBe('2027-12-31');
    expect(firstOccurrence(repeatable({ frequency: 'monthly', weekOfMonth: 'last', weekday: 'friday' }), '2028-01-01')).toBe('2028-01-28');
    expect(firstOccurrence(repeatable({ frequency: 'monthly', weekOfMonth: 'last', weekday: 'monday' }), '2028-02-29')).toBe('2028-03-27');
  });
});

describe('meeting schedule', () => {
  it('says what the calendar still needs', () => {
    expect(calendarGaps(null)).toEqual(['a schedule']);
    expect(calendarGaps(emptySchedule('monthly'))).toEqual(['which week of the month', 'a weekday', 'a start time', 'a duration']);
    expect(calendarGaps(schedule({ weekday: 'monday', startTime: '08:00', durationMinutes: 30 }))).toEqual([]);
  });

  it('keeps what still applies when the frequency changes, and refuses parts of another frequency', () => {
    const weekly = schedule({ everyWeeks: 2, weekday: 'monday', startTime: '08:00' });
    expect(withFrequency(weekly, 'quarterly')).toEqual({ ...weekly, frequency: 'quarterly', everyWeeks: 1 });
    expect(withFrequency({ ...emptySchedule('monthly'), weekOfMonth: 'last' }, 'weekly').weekOfMonth).toBeNull();
    expect(meetingScheduleSchema.safeParse({ ...weekly, weekOfMonth: 'first' }).success).toBe(false);
    expect(meetingScheduleSchema.safeParse({ ...emptySchedule('monthly'), everyWeeks: 2 }).success).toBe(false);
    expect(meetingScheduleSchema.safeParse(schedule({ startTime: '9:00' })).success).toBe(false);
    expect(meetingScheduleSchema.safeParse(schedule({ durationMinutes: 0 })).success).toBe(false);
    expect(meetingScheduleSchema.safeParse(schedule({ timeZone: 'Europe/Berlin; DROP' })).success).toBe(false);
  });
});

describe('setting a meeting’s schedule', () => {
  const sample = () => createSampleWorkshop('2026-11-22T09:00:00.000Z');
  const setSchedule = (schedule: unknown) => applyCommand(sample(), { type: 'updateItem', collection: 'meetings', id: 'm2', patch: { schedule } as never }, aContext());

  it('takes a valid schedule, or none, as an edit of the charter', () => {
    const complete = { ...emptySchedule('quarterly'), weekOfMonth: 'first', weekday: 'thursday', startTime: '13:00', durationMinutes: 240, timeZone: 'America/New_York' };
    const set = setSchedule(complete);
    if (!set.ok) throw new Error(set.rejection.message);
    expect(set.workshop.rhythm.meetings[1]!.schedule).toEqual(complete);
    expect(fingerprintOf(set.workshop)).not.toBe(fingerprintOf(sample()));
    // What changed between charter versions says so, for a schedule set on a meeting that had none too.
    expect(describeCharterChanges(charterContent(sample()), charterContent(set.workshop))).toEqual(['Operating rhythm: meeting “Quarterly planning”: schedule changed']);
    const noneBefore = sample();
    noneBefore.rhythm.meetings[1]!.schedule = null;
    expect(describeCharterChanges(charterContent(noneBefore), charterContent(set.workshop))).toEqual(['Operating rhythm: meeting “Quarterly planning”: schedule changed']);
    const removed = setSchedule(null);
    expect(removed.ok && removed.workshop.rhythm.meetings[1]!.schedule).toBeNull();
  });

  it('refuses a schedule that is not one, naming the part', () => {
    const refused = setSchedule({ ...emptySchedule('weekly'), weekOfMonth: 'last' });
    expect(refused).toMatchObject({ ok: false, rejection: { path: expect.stringMatching(/weekOfMonth$/) } });
    expect(setSchedule({ ...emptySchedule('weekly'), startTime: '24:00' })).toMatchObject({ ok: false, rejection: { path: expect.stringMatching(/startTime$/) } });
  });
});
