/**
 * Reads a meeting's free-text cadence ("Weekly on Tuesday 9:00", "Monthly, first Tuesday",
 * "Every two weeks", "Quarterly, half day") into a schedule where it can. Whatever it does not
 * understand is never dropped: unless every word was understood, the whole text stays as the
 * note, so the facilitator's words survive next to what the calendar could take from them.
 * English only, and deliberately cautious: an ambiguous word ("bi-weekly") is not guessed at.
 */
import { emptySchedule, MAX_DURATION_MINUTES, MAX_EVERY_WEEKS, WEEKDAYS, withFrequency, type Frequency, type MeetingSchedule, type WeekOfMonth, type Weekday } from './meetingSchedule';

export interface ParsedCadence {
  /** Null when the text names no frequency the calendar could repeat. */
  schedule: MeetingSchedule | null;
  /** '' when the schedule says everything the text said; otherwise the text as it was. */
  note: string;
}

const WEEKDAY_WORDS: Record<string, Weekday> = {
  mon: 'monday', tue: 'tuesday', tues: 'tuesday', wed: 'wednesday', thu: 'thursday', thur: 'thursday', thurs: 'thursday', fri: 'friday', sat: 'saturday', sun: 'sunday',
  ...Object.fromEntries(WEEKDAYS.map((day) => [day, day])),
};
const WEEKDAY = `(${Object.keys(WEEKDAY_WORDS).sort((a, b) => b.length - a.length).join('|')})s?\\b\\.?`;
const ORDINALS: Record<string, WeekOfMonth> = { first: 'first', '1st': 'first', second: 'second', '2nd': 'second', third: 'third', '3rd': 'third', fourth: 'fourth', '4th': 'fourth', last: 'last' };
const ORDINAL = '(first|1st|second|2nd|third|3rd|fourth|4th|last)';
const INTERVALS: Record<string, number> = { other: 2, second: 2, '2nd': 2, two: 2, third: 3, '3rd': 3, three: 3, fourth: 4, '4th': 4, four: 4, six: 6, eight: 8 };
const INTERVAL = '(other|second|2nd|two|third|3rd|three|fourth|4th|four|six|eight|\\d{1,2})';
const CLOCK = '(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?';
/** Words that join the parts and say nothing of their own. */
const FILLER = /\b(on|at|the|of|every|each|a|an|for|in|from|and|starting|starts|start|beginning|month|months|meeting|meetings|local|time|long|lasting|minimum|approx|approximately|about|roughly)\b|[,;:()\-–—./+&]/gi;

interface Reading {
  frequency: Frequency | null;
  conflict: boolean;
  everyWeeks: number;
  weekOfMonth: WeekOfMonth | null;
  weekday: Weekday | null;
  startTime: string;
  durationMinutes: number | null;
  timeZone: string;
  firstDate: string;
}

type Rule = [RegExp, (match: RegExpExecArray, reading: Reading) => boolean];

const setFrequency = (reading: Reading, frequency: Frequency) => {
  if (reading.frequency !== null && reading.frequency !== frequency) reading.conflict = true;
  else reading.frequency = frequency;
};
const setWeekday = (reading: Reading, word: string) => {
  const day = WEEKDAY_WORDS[word.toLowerCase()]!;
  if (reading.weekday !== null && reading.weekday !== day) reading.conflict = true;
  reading.weekday = day;
};
/** "every 99 weeks" is no rhythm a schedule holds: the text stays, the interval is not kept. */
const setEveryWeeks = (reading: Reading, word: string) => {
  const weeks = INTERVALS[word.toLowerCase()] ?? Number(word);
  if (weeks < 1 || weeks > MAX_EVERY_WEEKS) return false;
  reading.everyWeeks = weeks;
  return true;
};

/** Minutes after midnight of a clock reading, or null when it is not a time of day. */
function minutesOf(hourText: string, minuteText: string | undefined, meridiem: string | undefined): number | null {
  let hour = Number(hourText);
  const minute = minuteText === undefined ? 0 : Number(minuteText);
  if (minute > 59) return null;
  const half = meridiem?.toLowerCase().replaceAll('.', '');
  if (half) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (half === 'pm' ? 12 : 0);
  }
  return hour > 23 ? null : hour * 60 + minute;
}
const clockText = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const setDuration = (reading: Reading, minutes: number) => {
  if (!Number.isInteger(minutes) || minutes < 5 || minutes > MAX_DURATION_MINUTES) return false;
  reading.durationMinutes = minutes;
  return true;
};

/** 2027-02-28 is a day; 2027-02-30 is not. */
function isCalendarDay(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text) && date.getUTCFullYear() >= 1000;
}

function knownTimeZone(name: string): string | null {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** In order: the specific forms first, so "every second Monday" is not read as a monthly "second Monday". */
const RULES: Rule[] = [
  [/\b(\d{4}-\d{2}-\d{2})\b/i, (m, r) => isCalendarDay(m[1]!) && ((r.firstDate = m[1]!), true)],
  [/\b([A-Z][A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+|UTC)\b/, (m, r) => {
    const zone = knownTimeZone(m[1]!);
    return zone !== null && ((r.timeZone = m[1]!), true);
  }],
  [new RegExp(`\\b${CLOCK}\\s*(?:-|–|to|until)\\s*${CLOCK}`, 'i'), (m, r) => {
    const end = minutesOf(m[4]!, m[5], m[6]);
    // "9-10am": the start shares the end's half of the day when it has none of its own.
    const start = minutesOf(m[1]!, m[2], m[3] ?? (m[6] && Number(m[1]) <= Number(m[4]) ? m[6] : undefined));
    if (start === null || end === null || end <= start || (m[2] === undefined && m[3] === undefined && m[5] === undefined && m[6] === undefined)) return false;
    r.startTime = clockText(start);
    return setDuration(r, end - start);
  }],
  [/\bhalf[- ]?(?:a[- ])?day\b/i, (_, r) => setDuration(r, 240)],
  [/\b(?:full|whole|all)[- ]?day\b/i, (_, r) => setDuration(r, 480)],
  [/\b(?:an|one)\s+hour\b/i, (_, r) => setDuration(r, 60)],
  [/\b(\d+(?:\.\d+)?)\s*(?:h|hrs?|hours?)\b(?:\s*(?:and\s*)?(\d{1,2})\s*(?:m|mins?|minutes?)\b)?/i, (m, r) => setDuration(r, Math.round(Number(m[1]) * 60) + Number(m[2] ?? 0))],
  [/\b(\d{1,4})\s*(?:m|mins?|minutes?)\b/i, (m, r) => setDuration(r, Number(m[1]))],
  [/\bnoon\b/i, (_, r) => ((r.startTime = '12:00'), true)],
  [new RegExp(`(?:\\bat\\s+)?\\b${CLOCK.replace('(?:[:.](\\d{2}))?', '[:.](\\d{2})')}`, 'i'), (m, r) => {
    const minutes = minutesOf(m[1]!, m[2], m[3]);
    return minutes !== null && ((r.startTime = clockText(minutes)), true);
  }],
  [/\b(?:at\s+)?(\d{1,2})\s*(am|pm|a\.m\.|p\.m\.)/i, (m, r) => {
    const minutes = minutesOf(m[1]!, undefined, m[2]);
    return minutes !== null && ((r.startTime = clockText(minutes)), true);
  }],
  [/\bat\s+(\d{1,2})\b/i, (m, r) => {
    const minutes = minutesOf(m[1]!, undefined, undefined);
    return minutes !== null && ((r.startTime = clockText(minutes)), true);
  }],
  [/\b(?:quarterly|(?:every|each|once a|once per|per)\s+quarter|every\s+(?:three|3)\s+months)\b/i, (_, r) => (setFrequency(r, 'quarterly'), true)],
  [new RegExp(`\\bevery\\s+${INTERVAL}\\s+${WEEKDAY}(?!\\s+of\\b)`, 'i'), (m, r) => {
    setFrequency(r, 'weekly');
    setWeekday(r, m[2]!);
    return setEveryWeeks(r, m[1]!);
  }],
  [new RegExp(`\\b${ORDINAL}\\s+${WEEKDAY}(?:\\s+(?:of|in)\\s+(?:the|each|every)\\s+(month|quarter))?`, 'i'), (m, r) => {
    r.weekOfMonth = ORDINALS[m[1]!.toLowerCase()]!;
    setWeekday(r, m[2]!);
    if (m[3]?.toLowerCase() === 'quarter') setFrequency(r, 'quarterly');
    else if (m[3] || r.frequency === null || r.frequency === 'weekly') setFrequency(r, 'monthly');
    return true;
  }],
  [new RegExp(`\\bevery\\s+${INTERVAL}\\s+weeks?\\b`, 'i'), (m, r) => {
    setFrequency(r, 'weekly');
    return setEveryWeeks(r, m[1]!);
  }],
  [/\b(?:fortnightly|every\s+fortnight)\b/i, (_, r) => (setFrequency(r, 'weekly'), (r.everyWeeks = 2), true)],
  [/\b(?:weekly|(?:every|each|once a|once per|per)\s+week)\b/i, (_, r) => (setFrequency(r, 'weekly'), true)],
  [/\b(?:monthly|(?:every|each|once a|once per|per)\s+month)\b/i, (_, r) => (setFrequency(r, 'monthly'), true)],
  [new RegExp(`\\b${WEEKDAY}\\b`, 'i'), (m, r) => (setWeekday(r, m[1]!), true)],
];

/** Rhythms a weekly, monthly or quarterly rule cannot hold, or words that could mean either of two. */
const NOT_REPEATABLE = /\b(bi-?weekly|bi-?monthly|twice a|twice per|daily|every day|each day|semi-?annual|annual|annually|yearly|half-?yearly)\b/i;

export function parseCadence(text: string): ParsedCadence {
  if (NOT_REPEATABLE.test(text)) return { schedule: null, note: text };
  const reading: Reading = { frequency: null, conflict: false, everyWeeks: 1, weekOfMonth: null, weekday: null, startTime: '', durationMinutes: null, timeZone: '', firstDate: '' };
  let rest = text;
  let misread = false;
  for (const [pattern, apply] of RULES) {
    // A rule may match more than once ("Tuesdays and Thursdays" reads as a conflict, not as Tuesday).
    for (let match = pattern.exec(rest); match !== null; match = pattern.exec(rest)) {
      if (!apply(match, reading)) misread = true;
      rest = `${rest.slice(0, match.index)} ${rest.slice(match.index + match[0].length)}`;
    }
  }
  // A weekday or a week of the month alone still says how often: every week, or every month.
  if (reading.frequency === null && reading.weekOfMonth !== null) reading.frequency = 'monthly';
  if (reading.frequency === null && reading.weekday !== null) reading.frequency = 'weekly';
  // Two weekdays or two frequencies: one rule would keep only one of them, so none is kept.
  if (reading.frequency === null || reading.conflict) return { schedule: null, note: text };

  const { frequency, conflict, ...parts } = reading;
  const schedule = withFrequency({ ...emptySchedule(frequency), ...parts, weekOfMonth: null, everyWeeks: 1 }, frequency);
  if (frequency === 'weekly') schedule.everyWeeks = parts.everyWeeks;
  else schedule.weekOfMonth = parts.weekOfMonth;
  const understood = !misread && rest.replace(FILLER, ' ').trim() === '' && (frequency === 'weekly' || parts.everyWeeks === 1);
  return { schedule, note: understood ? '' : text };
}
