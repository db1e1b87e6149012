import { describe, expect, it } from 'vitest';
import { localTimestamp } from '../../src/domain/localTimestamp';
import { createSampleWorkshop } from '../../src/domain/sampleWorkshop';
import { buildRoster, localTimeWithZone, shortFingerprint, signedTime } from '../../src/app/phases/signoff/signoffRoster';
import { applyAll, readyToSign, signCommand, T0 } from '../helpers/domainBuilders';

const sample = () => createSampleWorkshop(T0);

describe('buildRoster', () => {
  it('puts the sponsor first, then everyone else by team in the teams’ order', () => {
    const roster = buildRoster(sample());
    expect(roster.groups.map((g) => g.label)).toEqual(['Sponsor · signs first', 'Marketing', 'Sales', 'Customer Success']);
    expect(roster.entries[0]!.participant.name).toBe('Marguerite Fontaine');
    expect(roster.entries[0]!.sponsor).toBe(true);
    expect(roster.entries).toHaveLength(9);
    expect(roster.sponsorsPending.map((p) => p.id)).toEqual(['p1']);
  });

  it('says who signed, who is absent and who waits, and stops waiting for a sponsor who signed', () => {
    let w = readyToSign(sample());
    w = applyAll(w, signCommand(w, 'p1', 'Marguerite Fontaine'), { type: 'markAbsent', participantId: 'p8' });
    const roster = buildRoster(w);
    expect([roster.signed, roster.absent, roster.waiting]).toEqual([1, 1, 7]);
    expect(roster.entries.find((e) => e.participant.id === 'p1')!.status.kind).toBe('signed');
    expect(roster.entries.find((e) => e.participant.id === 'p8')!.status.kind).toBe('absent');
    expect(roster.sponsorsPending).toEqual([]);
  });

  it('has no sponsor group when no sponsor is a participant', () => {
    const w = sample();
    w.rhythm.sponsors = [];
    expect(buildRoster(w).groups[0]!.label).toBe('Marketing');
  });
});

describe('signedTime', () => {
  it('reads the device clock’s local time as stored, never converted to this machine’s zone', () => {
    expect(signedTime({ signedAt: '2026-11-22T16:05:09+01:00', timeZone: 'Europe/Berlin' })).toEqual({ short: '16:05', full: '2026-11-22 16:05, UTC+01:00, Europe/Berlin' });
    expect(signedTime({ signedAt: '2026-11-22T08:00:00Z', timeZone: 'UTC' }).full).toBe('2026-11-22 08:00, UTC, UTC');
  });
});

describe('localTimeWithZone', () => {
  it('shows a UTC moment in the given zone, in the same format as a signature’s time', () => {
    expect(localTimeWithZone('2026-11-22T15:05:00Z', 'Europe/Berlin')).toBe('2026-11-22 16:05, UTC+01:00, Europe/Berlin');
    expect(localTimeWithZone('2026-07-01T23:30:00Z', 'America/New_York')).toBe('2026-07-01 19:30, UTC-04:00, America/New_York');
    // Past midnight in Kolkata on a day that is still the 22nd in UTC.
    expect(localTimeWithZone('2026-11-22T20:00:00Z', 'Asia/Kolkata')).toBe('2026-11-23 01:30, UTC+05:30, Asia/Kolkata');
    expect(localTimeWithZone('2026-11-22T15:05:00Z', 'UTC')).toBe('2026-11-22 15:05, UTC+00:00, UTC');
  });

  it('reads a moment exactly as a signature’s time reads (one formatter): the year in four digits, any zone', () => {
    for (const [iso, zone] of [
      ['0999-03-04T05:06:00Z', 'UTC'],
      ['2026-03-29T01:30:00Z', 'Europe/London'],
      ['2026-11-22T15:05:00Z', 'America/St_Johns'],
    ] as const) {
      expect(localTimeWithZone(iso, zone)).toBe(signedTime({ signedAt: localTimestamp(new Date(iso), zone), timeZone: zone }).full);
    }
    expect(localTimeWithZone('0999-03-04T05:06:00Z', 'UTC')).toBe('0999-03-04 05:06, UTC+00:00, UTC');
  });

  it('gives back what it cannot read as it is', () => {
    expect(localTimeWithZone('not a time', 'UTC')).toBe('not a time');
  });
});

describe('shortFingerprint', () => {
  it('groups the first twelve hex digits in fours', () => {
    expect(shortFingerprint('3fa29c1d77b0e5f4'.padEnd(64, '0'))).toBe('3fa2 9c1d 77b0');
  });
});
