import { describe, expect, it } from 'vitest';
import { createSampleWorkshop } from '../../src/domain/sampleWorkshop';
import { stageOfLatestEdit } from '../../src/app/projector/phases/stageOfLatestEdit';

const workshop = () => createSampleWorkshop('2026-11-22T08:00:00.000Z');

describe('stageOfLatestEdit', () => {
  it('names the stage of an activity whose roles changed', () => {
    const before = workshop();
    const changed = before.activities[5]!;
    const activities = before.activities.map((a) => (a === changed ? { ...a, roles: [] } : a));
    expect(stageOfLatestEdit(before, { ...before, activities })).toBe(changed.stageId);
  });

  it('names the stage an activity was added to or removed from', () => {
    const before = workshop();
    const stageId = before.stages[3]!.id;
    const added = [...before.activities, { id: 'new', stageId, name: 'New', description: '', roles: [] }];
    expect(stageOfLatestEdit(before, { ...before, activities: added })).toBe(stageId);
    const removed = before.activities[2]!;
    expect(stageOfLatestEdit(before, { ...before, activities: before.activities.filter((a) => a !== removed) })).toBe(removed.stageId);
  });

  it('names a stage whose lead changed', () => {
    const before = workshop();
    const stages = before.stages.map((s, i) => (i === 4 ? { ...s, leadShared: !s.leadShared } : s));
    expect(stageOfLatestEdit(before, { ...before, stages })).toBe(stages[4]!.id);
  });

  it('names none when nothing changed, or when everything did (a fresh copy of the workshop)', () => {
    const before = workshop();
    expect(stageOfLatestEdit(before, before)).toBeNull();
    expect(stageOfLatestEdit(before, structuredClone(before))).toBeNull();
  });
});
