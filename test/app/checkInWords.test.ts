import { describe, expect, it } from 'vitest';
import { axisPercent } from '../../src/app/phases/common/ScoreTicks';
import { commitmentsTally, gapChangeWords, measureLabel, measureUnit, shareSegments, verdictDetail } from '../../src/app/phases/sinceLastTime/checkInWords';

describe('the words on the check-in’s numbers', () => {
  it('splits the action bar by outcome in reading order, leaves out empty parts, and shares sum to one', () => {
    const segments = shareSegments({ agreed: 7, counts: { done: 3, late: 1, dropped: 0, open: 1 }, unreviewed: 2 });
    expect(segments.map((s) => [s.kind, s.label, s.count])).toEqual([
      ['done', 'Done', 3],
      ['late', 'Late', 1],
      ['open', 'Still open', 1],
      ['unreviewed', 'Not reviewed', 2],
    ]);
    expect(segments.reduce((sum, s) => sum + s.share, 0)).toBeCloseTo(1);
    expect(shareSegments({ agreed: 0, counts: { done: 0, late: 0, dropped: 0, open: 0 }, unreviewed: 0 })).toEqual([]);
  });

  it('says by how much a number kept or missed its commitment, in the measure’s direction', () => {
    expect(verdictDetail({ measure: 'followUpHours', committed: 24, actual: 36, verdict: 'missed' })).toBe('12 hours slower');
    expect(verdictDetail({ measure: 'followUpHours', committed: 24, actual: 23, verdict: 'met' })).toBe('1 hour faster');
    expect(verdictDetail({ measure: 'followUpAttempts', committed: 6, actual: 4, verdict: 'missed' })).toBe('2 attempts fewer');
    expect(verdictDetail({ measure: 'volumePerPeriod', committed: 120, actual: 131, verdict: 'met' })).toBe('11 leads more');
    expect(verdictDetail({ measure: 'volumePerPeriod', committed: 120, actual: 120, verdict: 'met' })).toBe('exactly as committed');
    expect(verdictDetail({ measure: 'volumePerPeriod', committed: 120, actual: null, verdict: 'notRecorded' })).toBe('');
  });

  it('names each measure and its unit, with the volume’s period', () => {
    expect(measureLabel('volumePerPeriod', 'quarter')).toBe('Leads per quarter');
    expect(measureLabel('followUpHours', 'month')).toBe('Follow-up within');
    expect(measureUnit('followUpHours', 1)).toBe('business hour');
    expect(measureUnit('followUpHours', 24)).toBe('business hours');
    expect(measureUnit('volumePerPeriod', 1)).toBe('lead');
  });

  it('tallies the verdicts, leaving out the ones with none', () => {
    expect(commitmentsTally({ met: 2, missed: 0, notRecorded: 1 })).toEqual([
      { verdict: 'met', count: 2, text: '2 met' },
      { verdict: 'notRecorded', count: 1, text: '1 not recorded' },
    ]);
  });

  it('says what the gap did with both numbers, or why there is nothing to compare', () => {
    expect(gapChangeWords({ change: 'closed', gapThen: 1.5, gapNow: 0.5 })).toBe('Gap closed 1.5 → 0.5');
    expect(gapChangeWords({ change: 'opened', gapThen: 0.25, gapNow: 1.25 })).toBe('Gap opened 0.3 → 1.3');
    expect(gapChangeWords({ change: 'steady', gapThen: 1, gapNow: null })).toBe('Not scored by two teams yet');
    expect(gapChangeWords({ change: 'steady', gapThen: null, gapNow: 1 })).toBe('New: not scored by two teams last time');
  });

  it('places scores on the 1–5 axis, keeping a stray value on it', () => {
    expect([1, 3, 5].map(axisPercent)).toEqual([0, 50, 100]);
    expect(axisPercent(7)).toBe(100);
  });
});
