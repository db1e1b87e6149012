import { describe, expect, it } from 'vitest';
import { buildSwimlanes } from '../../src/domain/buildSwimlanes';
import { createSampleWorkshop } from '../../src/domain/sampleWorkshop';
import { aWorkshop } from '../helpers/domainBuilders';

describe('buildSwimlanes', () => {
  it('has a lane per involved team and a column per stage', () => {
    const model = buildSwimlanes(aWorkshop());
    expect(model.lanes.map((l) => l.team.name)).toEqual(['Marketing', 'Sales', 'Leadership']);
    expect(model.stages).toHaveLength(7);
    for (const lane of model.lanes) expect(lane.cells).toHaveLength(7);
  });

  it("puts each activity in the lanes of the teams with a role, with that team's letters in RACI order", () => {
    const model = buildSwimlanes(aWorkshop());
    const marketing = model.lanes.find((l) => l.team.id === 'marketing')!;
    expect(marketing.cells[0]!.activities[0]).toMatchObject({ name: 'Publish thought-leadership content', roles: ['R', 'A'] });
    const sales = model.lanes.find((l) => l.team.id === 'sales')!;
    expect(sales.cells[0]!.activities[0]!.roles).toEqual(['C']);
  });

  it('leaves out teams with no part, but always shows marketing and sales', () => {
    const w = aWorkshop('blank');
    expect(buildSwimlanes(w).lanes.map((l) => l.team.id)).toEqual(['marketing', 'sales']);
  });

  it('marks hand-offs and hand-backs between stage columns with the lead definition', () => {
    const sample = createSampleWorkshop('2026-11-22T09:00:00.000Z');
    const { handoffs, lanes } = buildSwimlanes(sample);
    expect(handoffs).toEqual([
      expect.objectContaining({ kind: 'handoff', fromStageIndex: 1, toStageIndex: 2, fromTeamId: 'marketing', toTeamId: 'sales', label: 'MQL' }),
      expect.objectContaining({ kind: 'handback', fromStageIndex: 2, toStageIndex: 1, label: 'Recycle' }),
    ]);
    expect(lanes.map((l) => l.team.id)).toContain('success');
  });
});
