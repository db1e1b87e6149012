import { describe, expect, it } from 'vitest';
import { describeSwimlanes } from '../../src/app/charter/describeSwimlanes';

describe('describeSwimlanes', () => {
  it('names the teams shown, or counts them when all are shown, and the stages shown', () => {
    expect(describeSwimlanes({ shownTeams: ['Marketing', 'Sales'], teamCount: 2, shownStages: [1, 2, 3], stageCount: 3, markers: 2 })).toBe('Swimlanes: 2 teams across 3 stages, with 2 hand-off markers');
    expect(describeSwimlanes({ shownTeams: ['Sales'], teamCount: 4, shownStages: [8, 9, 10, 11, 12, 13, 14], stageCount: 20, markers: 1 })).toBe('Swimlanes: Sales across stages 8 to 14 of 20, with 1 hand-off marker');
    expect(describeSwimlanes({ shownTeams: ['Sales'], teamCount: 1, shownStages: [20], stageCount: 20, markers: 0 })).toBe('Swimlanes: 1 team across stage 20 of 20, with 0 hand-off markers');
  });

  it('says so when the picture has no team lanes, instead of leaving a gap', () => {
    expect(describeSwimlanes({ shownTeams: [], teamCount: 3, shownStages: [1, 2], stageCount: 2, markers: 0 })).toBe('Swimlanes: no team lanes across 2 stages, with 0 hand-off markers');
  });
});
