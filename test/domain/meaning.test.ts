import { describe, expect, it } from 'vitest';
import { byCadence, cadenceRank } from '../../src/domain/cadenceOrder';
import { checkResponsibilities } from '../../src/domain/checkResponsibilities';
import { displayName } from '../../src/domain/displayNames';
import { goalHints } from '../../src/domain/goalHints';
import { groupGoals } from '../../src/domain/groupGoals';
import { coreTeamIds, newAction, newGoal, newIncentive, newInsightLoop } from '../../src/domain/newItems';
import { summarizeChecks } from '../../src/domain/summarizeChecks';
import { FIST_OF_FIVE, isBlockingHand, voteOutcome } from '../../src/domain/voteResult';
import type { Workshop } from '../../src/domain/workshopSchema';
import { applyAll, aWorkshop } from '../helpers/domainBuilders';

type Goal = Workshop['goals'][number];
type Incentive = Workshop['incentives'][number];

describe('displayName', () => {
  it('keeps a name and gives an unnamed item its kind’s placeholder', () => {
    expect(displayName('Discovery', 'stage')).toBe('Discovery');
    expect(displayName('  ', 'stage')).toBe('Untitled stage');
    expect(displayName('', 'participant')).toBe('Unnamed participant');
  });
});

describe('summarizeChecks', () => {
  it('counts each kind with a real plural, serious kinds first', () => {
    const w = applyAll(aWorkshop('blank'), ...Array.from({ length: 11 }, (_, i) => ({
      type: 'addItem' as const,
      collection: 'stages' as const,
      item: { id: `s${i}`, name: `Stage ${i}`, customerGoal: '', customerQuestions: '', touchpoints: '', exitCriterion: '', measure: '', leadClaims: [], leadShared: false },
    })), { type: 'addItem', collection: 'activities', item: { id: 'a1', stageId: 's0', name: 'Demo', description: '', roles: [] } });
    const summary = summarizeChecks(checkResponsibilities(w));
    expect(summary.headline).toBe('12 problems');
    expect(summary.kinds.map((k) => k.text)).toEqual(['1 activity with no accountable team', '1 activity with nobody responsible', '10 stages without activities']);
    expect(summary.kinds.map((k) => k.serious)).toEqual([true, false, false]);
    expect(summary.spoken).toBe('12 problems: 1 activity with no accountable team, 1 activity with nobody responsible, 10 stages without activities.');
  });

  it('says so when every check passes', () => {
    const summary = summarizeChecks(checkResponsibilities(aWorkshop('blank')));
    expect(summary).toMatchObject({ total: 0, headline: 'All checks pass', kinds: [] });
  });
});

describe('byCadence', () => {
  it('orders meetings from the most to the least frequent, keeping the order of equals', () => {
    const meetings = ['Quarterly, half day', 'Every second Monday', 'Weekly on Friday', 'When needed', 'Daily stand-up', 'Monthly'].map((cadence) => ({ cadence }));
    expect(byCadence(meetings).map((m) => m.cadence)).toEqual(['Daily stand-up', 'Weekly on Friday', 'Every second Monday', 'Monthly', 'Quarterly, half day', 'When needed']);
    expect(cadenceRank('every other week')).toBeLessThan(cadenceRank('monthly'));
  });
});

describe('goalHints', () => {
  const goal = (kind: Goal['kind']): Goal => ({ id: kind, kind, name: '', definition: '', ownerTeamIds: [], target: '', reviewCadence: '' });
  const incentive = (kind: Incentive['kind']): Incentive => ({ id: kind, kind, description: '', teamIds: [] });

  it('warns when no goal is shared, once anything has been written', () => {
    expect(goalHints({ goals: [], incentives: [] })).toEqual([]);
    expect(goalHints({ goals: [goal('team')], incentives: [] }).map((h) => h.kind)).toEqual(['noSharedGoal']);
    expect(goalHints({ goals: [goal('shared')], incentives: [] })).toEqual([]);
  });

  it('warns when every incentive is shared', () => {
    expect(goalHints({ goals: [goal('shared')], incentives: [incentive('shared')] }).map((h) => h.kind)).toEqual(['allIncentivesShared']);
    expect(goalHints({ goals: [goal('shared')], incentives: [incentive('shared'), incentive('individual')] })).toEqual([]);
  });
});

describe('new items', () => {
  it('a shared goal or incentive starts with marketing and sales as owners, a team metric with none', () => {
    const w = aWorkshop();
    expect(coreTeamIds(w)).toEqual(['marketing', 'sales']);
    expect(newGoal('g1', 'shared', w)).toMatchObject({ id: 'g1', kind: 'shared', ownerTeamIds: ['marketing', 'sales'] });
    expect(newGoal('g2', 'team', w).ownerTeamIds).toEqual([]);
    expect(newIncentive('i1', 'individual', w).teamIds).toEqual([]);
    expect(applyAll(w, { type: 'addItem', collection: 'goals', item: newGoal('g1', 'shared', w) }).goals).toHaveLength(1);
  });
});

describe('voteOutcome', () => {
  const vote = { kind: 'fistOfFive' as const, options: [], hands: [5, 3, 2, 0] };

  it('reads a fist of five: average, hands per value, and the hands that block', () => {
    expect(voteOutcome(vote)).toMatchObject({ average: 2.5, blockers: 2, handsByValue: [1, 0, 1, 1, 0, 1], summary: 'Average 2.5 from 4 hands; 2 at 2 or below' });
    expect(voteOutcome({ ...vote, hands: [4] }).summary).toBe('Average 4.0 from 1 hand; none below 4');
    expect(FIST_OF_FIVE.filter((f) => isBlockingHand(f.value)).map((f) => f.caption)).toEqual(['Block', 'Strong concerns', 'Concerns']);
  });

  it('counts a single dot as one dot', () => {
    const dots = { kind: 'dotVote' as const, hands: [], options: [{ id: 'o1', label: 'Onboarding', dots: 1 }, { id: 'o2', label: 'Demo', dots: 0 }] };
    expect(voteOutcome(dots)).toMatchObject({ totalDots: 1, summary: 'Onboarding 1 (1 dot)' });
  });
});


describe('groupGoals', () => {
  it('puts each team metric under the teams that own it, and the unowned apart', () => {
    const goal = (id: string, kind: Goal['kind'], ownerTeamIds: string[]): Goal => ({ id, kind, name: id, definition: '', ownerTeamIds, target: '', reviewCadence: '' });
    const { teams } = aWorkshop();
    const groups = groupGoals({ teams, goals: [goal('pipeline', 'shared', ['marketing', 'sales']), goal('mql', 'team', ['marketing']), goal('calls', 'team', ['sales']), goal('nps', 'team', [])] });
    expect(groups.shared.map((g) => g.id)).toEqual(['pipeline']);
    expect(groups.byTeam.map((g) => [g.team.id, g.metrics.map((m) => m.id)])).toEqual([['marketing', ['mql']], ['sales', ['calls']]]);
    expect(groups.unowned.map((g) => g.id)).toEqual(['nps']);
    expect(groups.teamMetrics).toHaveLength(3);
  });
});

describe('more new items', () => {
  it('an insight loop runs from sales to marketing, and an action from a parked topic keeps its words within the limit', () => {
    const w = aWorkshop();
    expect(newInsightLoop('l1', w)).toMatchObject({ fromTeamId: 'sales', toTeamId: 'marketing' });
    expect(newInsightLoop('l1', { teams: [] })).toMatchObject({ fromTeamId: null, toTeamId: null });
    expect(newAction('a1', `  ${'x'.repeat(400)}  `).title).toHaveLength(300);
    const added = applyAll(w, { type: 'addItem', collection: 'actions', item: newAction('a1', 'Send the ROI calculator') }, { type: 'addItem', collection: 'insightLoops', item: newInsightLoop('l1', w) });
    expect(added.actions[0]).toMatchObject({ title: 'Send the ROI calculator', status: 'open', ownerParticipantId: null });
  });
});
