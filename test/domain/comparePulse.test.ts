import { describe, expect, it } from 'vitest';
import { comparePulse } from '../../src/domain/comparePulse';
import { createSampleWorkshop } from '../../src/domain/sampleWorkshop';
import type { Workshop } from '../../src/domain/workshopSchema';

type PulseSource = Pick<Workshop, 'pulse' | 'participants' | 'teams'>;

/** Two teams of two; `scores[statement] = [sales1, sales2, marketing1, marketing2]`. */
function aPulse(scores: Record<string, [number, number, number, number]>, { teamIds = ['sales', 'marketing'], statementIds = {} as Record<string, string> } = {}): PulseSource {
  const [salesId = 'sales', marketingId = 'marketing'] = teamIds;
  const participants = [
    { id: 's1', teamId: salesId },
    { id: 's2', teamId: salesId },
    { id: 'm1', teamId: marketingId },
    { id: 'm2', teamId: marketingId },
  ].map((p) => ({ ...p, name: p.id, jobTitle: '' }));
  const statements = Object.keys(scores).map((text) => ({ id: statementIds[text] ?? text.replace(/\W+/g, '-'), text }));
  return {
    teams: [
      { id: salesId, name: 'Sales', kind: 'sales' },
      { id: marketingId, name: 'Marketing', kind: 'marketing' },
    ],
    participants,
    pulse: {
      statements,
      scores: statements.flatMap((s) => (scores[s.text] ?? []).map((score, i) => ({ participantId: participants[i]!.id, statementId: s.id, score }))),
    },
  } as PulseSource;
}

describe('comparePulse', () => {
  it('reads the same pulse twice as steady, every team’s average the same then and now', () => {
    const sample = createSampleWorkshop('2026-11-22T09:00:00.000Z');
    const comparison = comparePulse(sample, sample);
    expect(comparison).toMatchObject({ closed: 0, opened: 0 });
    expect(comparison.rows).toHaveLength(sample.pulse.statements.length);
    for (const row of comparison.rows) {
      expect(row.change).toBe('steady');
      for (const team of row.teams) expect(team.then).toBe(team.now);
    }
  });

  it('names the gaps that closed, opened, narrowed and widened between the workshop and the check-in', () => {
    const then = aPulse({
      'We agree on what a qualified lead is': [4, 4, 2, 2], // 2 apart
      'Marketing knows why deals are lost': [3, 3, 3, 3],
      'We meet every week': [5, 5, 2, 2], // 3 apart
      'Sales follows up within a day': [4, 4, 3, 2], // 1.5 apart
      'The hand-off works': [3, 3, 3, 3],
    });
    const now = aPulse({
      'We agree on what a qualified lead is': [4, 4, 4, 3], // 0.5 apart: closed
      'Marketing knows why deals are lost': [4, 4, 2, 2], // 2 apart: opened
      'We meet every week': [5, 5, 3, 3], // 2 apart: narrowed
      'Sales follows up within a day': [5, 5, 3, 3], // 2 apart: widened
      'The hand-off works': [3, 4, 3, 3], // 0 then, 0.5 now: never a point apart, steady
    });
    const comparison = comparePulse(then, now);
    expect(comparison.rows.map((r) => [r.text, r.change])).toEqual([
      ['We agree on what a qualified lead is', 'closed'],
      ['Marketing knows why deals are lost', 'opened'],
      ['We meet every week', 'narrowed'],
      ['Sales follows up within a day', 'widened'],
      ['The hand-off works', 'steady'],
    ]);
    expect(comparison).toMatchObject({ closed: 1, opened: 1 });
    expect(comparison.rows[0]).toMatchObject({
      gapThen: 2,
      gapNow: 0.5,
      teams: [
        { teamId: 'sales', then: 4, now: 4 },
        { teamId: 'marketing', then: 2, now: 3.5 },
      ],
    });
  });

  it('matches statements by their text and teams by their name when the check-in’s ids differ', () => {
    const then = aPulse({ 'We share one funnel': [5, 5, 2, 2] }, { statementIds: { 'We share one funnel': 'old-id' }, teamIds: ['t-sales', 't-marketing'] });
    const now = aPulse({ '  we share ONE funnel ': [4, 4, 4, 4] }, { statementIds: { '  we share ONE funnel ': 'new-id' } });
    const [row] = comparePulse(then, now).rows;
    expect(row).toMatchObject({
      statementId: 'new-id',
      change: 'closed',
      teams: [
        { teamId: 'sales', then: 5, now: 4 },
        { teamId: 'marketing', then: 2, now: 4 },
      ],
    });
  });

  it('judges a gap’s change only on the teams that scored on both days', () => {
    // Then: sales 4, marketing 2 (apart by 2). Now marketing has not scored yet; a third team that scored only today must not make it look closed or opened.
    const then = aPulse({ Statement: [4, 4, 2, 2] });
    const now = aPulse({ Statement: [4, 4, 2, 2] });
    now.pulse.scores = now.pulse.scores.filter((s) => !s.participantId.startsWith('m'));
    now.teams = [...now.teams, { id: 'leadership', name: 'Leadership', kind: 'leadership' }];
    now.participants = [...now.participants, { id: 'l1', name: 'l1', jobTitle: '', teamId: 'leadership' }];
    now.pulse.scores = [...now.pulse.scores, { participantId: 'l1', statementId: 'Statement', score: 4 }];
    // Only sales scored on both days: nobody re-measured sales against marketing, whatever leadership says today.
    expect(comparePulse(then, now).rows[0]).toMatchObject({ gapThen: 2, gapNow: 0, change: 'steady' });
    // Once marketing scores again, sales and marketing are compared with each other, as they were then.
    now.pulse.scores = [...now.pulse.scores, { participantId: 'm1', statementId: 'Statement', score: 2 }, { participantId: 'm2', statementId: 'Statement', score: 2 }];
    expect(comparePulse(then, now).rows[0]).toMatchObject({ gapThen: 2, gapNow: 2, change: 'steady' });
    const widerNow = aPulse({ Statement: [5, 5, 1, 1] });
    expect(comparePulse(then, widerNow).rows[0]).toMatchObject({ change: 'widened' });
  });

  it('keeps a statement asked for the first time, and a team that did not score, without inventing a change', () => {
    const then = aPulse({ 'Old statement': [4, 4, 2, 2] });
    const now = aPulse({ 'Old statement': [4, 4, 2, 2], 'New statement': [5, 5, 1, 1] });
    now.pulse.scores = now.pulse.scores.filter((s) => !(s.statementId === 'Old-statement' && s.participantId.startsWith('m')));
    const comparison = comparePulse(then, now);
    expect(comparison.rows.map((r) => [r.text, r.gapThen, r.gapNow, r.change])).toEqual([
      ['Old statement', 2, null, 'steady'],
      ['New statement', null, 4, 'steady'],
    ]);
    expect(comparison.rows[1]?.teams.map((t) => t.then)).toEqual([null, null]);
  });
});
