import { describe, expect, it } from 'vitest';
import { summarizePulse } from '../../src/domain/summarizePulse';
import { aParticipant, applyAll, aWorkshop } from '../helpers/domainBuilders';

describe('summarizePulse', () => {
  const base = aWorkshop();
  const [s1, s2, s3] = base.pulse.statements;
  const scored = applyAll(
    base,
    aParticipant('m1', 'marketing'),
    aParticipant('m2', 'marketing'),
    aParticipant('s1', 'sales'),
    { type: 'setPulseScore', participantId: 'm1', statementId: s1!.id, score: 4 },
    { type: 'setPulseScore', participantId: 'm2', statementId: s1!.id, score: 5 },
    { type: 'setPulseScore', participantId: 's1', statementId: s1!.id, score: 2 },
    { type: 'setPulseScore', participantId: 'm1', statementId: s2!.id, score: 3 },
    { type: 'setPulseScore', participantId: 's1', statementId: s2!.id, score: 3 },
    { type: 'setPulseScore', participantId: 'm1', statementId: s3!.id, score: 1 },
    { type: 'setPulseScore', participantId: 's1', statementId: s3!.id, score: 5 },
  );

  it('averages per team and orders statements by the gap between teams, biggest first', () => {
    const rows = summarizePulse(scored);
    expect(rows[0]).toMatchObject({ statementId: s3!.id, gap: 4 });
    expect(rows[1]).toMatchObject({ statementId: s1!.id, gap: 2.5, averages: [{ teamId: 'marketing', average: 4.5, count: 2 }, { teamId: 'sales', average: 2, count: 1 }] });
    expect(rows.find((r) => r.statementId === s2!.id)!.gap).toBe(0);
    expect(rows.map((r) => r.notable).slice(0, 3)).toEqual([true, true, false]);
  });

  it('keeps every statement, unscored ones with no averages and no gap, in their own order', () => {
    const rows = summarizePulse(scored);
    expect(rows).toHaveLength(10);
    const unscored = rows.filter((r) => r.averages.length === 0);
    expect(unscored.map((r) => r.statementId)).toEqual(base.pulse.statements.slice(3).map((s) => s.id));
  });
});
