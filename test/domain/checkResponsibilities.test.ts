import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/domain/applyCommand';
import { checkResponsibilities, createResponsibilityChecker, stageLead } from '../../src/domain/checkResponsibilities';
import { createSampleWorkshop } from '../../src/domain/sampleWorkshop';
import type { Command } from '../../src/domain/commands';
import { aContext, applyAll, aWorkshop } from '../helpers/domainBuilders';
import { PROPERTY_TIMEOUT_MS, propertyRuns, recipe, workshop } from '../helpers/workshopArbitraries';

const anActivity = (id: string, stageId: string, roles: [string, 'R' | 'A' | 'C' | 'I'][]): Command => ({
  type: 'addItem',
  collection: 'activities',
  item: { id, stageId, name: `Activity ${id}`, description: '', roles: roles.map(([teamId, role]) => ({ teamId, role })) },
});
const kindsFor = (w: ReturnType<typeof aWorkshop>, activityId: string) => (checkResponsibilities(w).byActivity.get(activityId) ?? []).map((p) => p.kind);

describe('checkResponsibilities', () => {
  it('finds nothing wrong in a template where every activity has one A and an R', () => {
    expect(checkResponsibilities(aWorkshop()).problems).toEqual([]);
  });

  it('flags an activity with no accountable team', () => {
    const stageId = aWorkshop().stages[0]!.id;
    expect(kindsFor(applyAll(aWorkshop(), anActivity('q', stageId, [['sales', 'R']])), 'q')).toEqual(['noAccountable']);
  });

  it('flags two accountable teams, naming them', () => {
    const stageId = aWorkshop().stages[0]!.id;
    const w = applyAll(aWorkshop(), anActivity('q', stageId, [['sales', 'A'], ['marketing', 'A'], ['sales', 'R']]));
    const [problem] = checkResponsibilities(w).byActivity.get('q')!;
    expect(problem).toMatchObject({ kind: 'multipleAccountable', message: expect.stringMatching(/Sales and Marketing|Marketing and Sales/) });
  });

  it('counts one team holding A twice as one accountable team', () => {
    const stageId = aWorkshop().stages[0]!.id;
    const w = applyAll(aWorkshop(), anActivity('q', stageId, [['sales', 'A'], ['sales', 'R']]));
    expect(kindsFor(w, 'q')).toEqual([]);
  });

  it('flags an activity nobody is responsible for, alongside a missing A', () => {
    const stageId = aWorkshop().stages[0]!.id;
    expect(kindsFor(applyAll(aWorkshop(), anActivity('q', stageId, [['sales', 'C']])), 'q')).toEqual(['noAccountable', 'noResponsible']);
  });

  it('flags a stage without activities', () => {
    const w = aWorkshop();
    const stage = w.stages[0]!;
    const emptied = applyAll(w, ...w.activities.filter((a) => a.stageId === stage.id).map((a): Command => ({ type: 'removeItem', collection: 'activities', id: a.id })));
    expect(checkResponsibilities(emptied).byStage.get(stage.id)?.map((p) => p.kind)).toEqual(['stageWithoutActivities']);
  });

  it('flags a stage claimed by two teams unless it is marked shared', () => {
    const sample = createSampleWorkshop('2026-11-22T09:00:00.000Z');
    const report = checkResponsibilities(sample);
    expect(report.counts.stageClaimedByBoth).toBe(1);
    const contested = sample.stages.find((s) => s.leadClaims.length > 1)!;
    const shared = applyAll(sample, { type: 'updateItem', collection: 'stages', id: contested.id, patch: { leadShared: true } });
    expect(checkResponsibilities(shared).counts.stageClaimedByBoth).toBe(0);
    expect(stageLead(contested)).toEqual({ kind: 'contested', teamIds: ['marketing', 'sales'] });
  });

  it('an empty buying process has nothing to flag', () => {
    const report = checkResponsibilities(aWorkshop('blank'));
    expect(report.problems).toEqual([]);
    expect(Object.values(report.counts).every((n) => n === 0)).toBe(true);
  });

  it('the sample shows the room real problems to discuss', () => {
    const report = checkResponsibilities(createSampleWorkshop('2026-11-22T09:00:00.000Z'));
    expect(report.counts.noAccountable).toBeGreaterThan(0);
    expect(report.problems.every((p) => p.message.length > 10)).toBe(true);
  });
});

describe('createResponsibilityChecker', () => {
  it('reports exactly what a fresh check does, after any sequence of edits', () => {
    fc.assert(
      fc.property(workshop, fc.array(recipe, { minLength: 1, maxLength: 20 }), (start, recipes) => {
        const check = createResponsibilityChecker();
        let w = start;
        expect(check(w)).toEqual(checkResponsibilities(w));
        for (const make of recipes) {
          const result = applyCommand(w, make(w), aContext());
          if (result.ok) w = result.workshop;
          expect(check(w)).toEqual(checkResponsibilities(w));
        }
      }),
      { numRuns: propertyRuns(60) },
    );
  }, PROPERTY_TIMEOUT_MS);

  it('re-words only the activity that changed', () => {
    const check = createResponsibilityChecker();
    const stageId = aWorkshop().stages[0]!.id;
    const before = applyAll(aWorkshop(), anActivity('p', stageId, [['sales', 'C']]), anActivity('q', stageId, [['sales', 'C']]));
    const first = check(before);
    const after = applyAll(before, { type: 'setRole', activityId: 'p', teamId: 'sales', role: 'R', assigned: true });
    const second = check(after);
    expect(second.byActivity.get('q')![0]).toBe(first.byActivity.get('q')![0]);
    expect(second.byActivity.get('p')).toEqual([first.byActivity.get('p')![0]]);
    expect(second).toEqual(checkResponsibilities(after));
  });

  it('re-words an activity when its stage is renamed', () => {
    const check = createResponsibilityChecker();
    const before = createSampleWorkshop('2026-11-22T09:00:00.000Z');
    const problem = checkResponsibilities(before).problems.find((p) => p.activityId)!;
    check(before);
    const after = applyAll(before, { type: 'updateItem', collection: 'stages', id: problem.stageId, patch: { name: 'Renamed stage' } });
    expect(check(after).byActivity.get(problem.activityId!)![0]!.message).toContain('(Renamed stage)');
  });

  it('gives the same report again when a stage changed only where the checks do not look', () => {
    const check = createResponsibilityChecker();
    const before = createSampleWorkshop('2026-11-22T09:00:00.000Z');
    const stageId = before.stages[0]!.id;
    const first = check(before);
    const typed = applyAll(before, { type: 'updateItem', collection: 'stages', id: stageId, patch: { customerGoal: 'Understand the cost of waiting', measure: 'Demo requests' } });
    expect(check(typed)).toBe(first);
    // Its lead is read: claiming it for a second team is a new problem.
    const claimed = applyAll(typed, { type: 'updateItem', collection: 'stages', id: stageId, patch: { leadClaims: ['marketing', 'sales'], leadShared: false } });
    expect(check(claimed)).toEqual(checkResponsibilities(claimed));
    expect(check(claimed).counts.stageClaimedByBoth).toBe(first.counts.stageClaimedByBoth + 1);
  });
});
