import { describe, expect, it } from 'vitest';
import { localTimestamp } from '../../src/domain/localTimestamp';
import { localTimestampSchema } from '../../src/domain/workshopSchema';

const at = (iso: string) => new Date(iso);

describe('localTimestamp', () => {
  it('writes local wall-clock time with the UTC offset of that moment', () => {
    expect(localTimestamp(at('2026-11-22T15:05:00.000Z'), 'Europe/Berlin')).toBe('2026-11-22T16:05:00+01:00');
    expect(localTimestamp(at('2026-11-22T15:05:00.000Z'), 'UTC')).toBe('2026-11-22T15:05:00+00:00');
    expect(localTimestamp(at('2026-11-22T15:05:00.000Z'), 'Asia/Kolkata')).toBe('2026-11-22T20:35:00+05:30');
    expect(localTimestamp(at('2026-11-22T03:05:00.000Z'), 'America/New_York')).toBe('2026-11-21T22:05:00-05:00');
  });

  it('follows the change to summer time and back in Europe/Berlin', () => {
    expect(localTimestamp(at('2026-03-29T00:59:59Z'), 'Europe/Berlin')).toBe('2026-03-29T01:59:59+01:00');
    expect(localTimestamp(at('2026-03-29T01:00:00Z'), 'Europe/Berlin')).toBe('2026-03-29T03:00:00+02:00');
    expect(localTimestamp(at('2026-10-25T00:59:59Z'), 'Europe/Berlin')).toBe('2026-10-25T02:59:59+02:00');
    // The hour 02:00–03:00 happens twice; the offset tells the two apart.
    expect(localTimestamp(at('2026-10-25T01:00:00Z'), 'Europe/Berlin')).toBe('2026-10-25T02:00:00+01:00');
  });

  it('follows the change to daylight saving time and back in America/New_York', () => {
    expect(localTimestamp(at('2026-03-08T06:59:59Z'), 'America/New_York')).toBe('2026-03-08T01:59:59-05:00');
    expect(localTimestamp(at('2026-03-08T07:00:00Z'), 'America/New_York')).toBe('2026-03-08T03:00:00-04:00');
    expect(localTimestamp(at('2026-11-01T05:59:59Z'), 'America/New_York')).toBe('2026-11-01T01:59:59-04:00');
    expect(localTimestamp(at('2026-11-01T06:00:00Z'), 'America/New_York')).toBe('2026-11-01T01:00:00-05:00');
  });

  it('gives the same moment back when parsed, and fits the signature schema', () => {
    for (const iso of ['2026-03-29T01:30:00Z', '2026-11-01T05:30:00Z', '2026-06-30T23:59:59Z']) {
      for (const zone of ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Chatham']) {
        const text = localTimestamp(at(iso), zone);
        expect(Date.parse(text)).toBe(Date.parse(iso));
        expect(localTimestampSchema.safeParse(text).success).toBe(true);
      }
    }
  });

  it('throws for a time zone it does not know', () => {
    expect(() => localTimestamp(at('2026-11-22T15:05:00Z'), 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});
