import { enablePatches, produceWithPatches } from 'immer';
import { beforeEach, describe, expect, it } from 'vitest';
import { applySessionEvent, useSessionStore } from '../../src/app/stores/sessionStore';
import { selectResponsibilityReport, selectSwimlaneModel } from '../../src/app/stores/responsibilitySelectors';
import { selectActivities, selectGoals, selectNavigablePhases, selectSetup, selectStages, selectTeams } from '../../src/app/stores/workshopSelectors';
import type { Workshop } from '../../src/domain/workshopSchema';
import { aSnapshot } from './fakeHostApi';

enablePatches();

const state = () => useSessionStore.getState();

function patch(recipe: (draft: Workshop) => void) {
  const current = state().snapshot!;
  const [, patches] = produceWithPatches(current.workshop, recipe);
  applySessionEvent({ kind: 'patch', revision: current.revision + 1, patches, canUndo: true, canRedo: false, undoDepth: 1 });
}

describe('workshopSelectors', () => {
  beforeEach(() => {
    useSessionStore.setState({ loaded: false, snapshot: null });
    applySessionEvent({ kind: 'snapshot', snapshot: aSnapshot({ revision: 1 }) });
  });

  it('a keystroke in one collection leaves every unrelated selection the same object', () => {
    const before = { teams: selectTeams(state()), stages: selectStages(state()), setup: selectSetup(state()), report: selectResponsibilityReport(state()), lanes: selectSwimlaneModel(state()), phases: selectNavigablePhases(state()), goals: selectGoals(state()) };

    patch((draft) => void (draft.setup.venue = 'Room B'));

    expect(selectSetup(state())).not.toBe(before.setup);
    expect(selectTeams(state())).toBe(before.teams);
    expect(selectStages(state())).toBe(before.stages);
    expect(selectGoals(state())).toBe(before.goals);
    expect(selectResponsibilityReport(state())).toBe(before.report);
    expect(selectSwimlaneModel(state())).toBe(before.lanes);
    expect(selectNavigablePhases(state())).toBe(before.phases);
  });

  it('recomputes the checks when an activity changes, and only then', () => {
    const report = selectResponsibilityReport(state());
    const stageId = selectStages(state())[0]!.id;
    patch((draft) => void draft.activities.push({ id: 'new-activity', stageId, name: 'Webinar', description: '', roles: [] }));
    const after = selectResponsibilityReport(state());
    expect(after).not.toBe(report);
    expect(after.byActivity.get('new-activity')?.map((p) => p.kind)).toEqual(['noAccountable', 'noResponsible']);
    expect(selectActivities(state()).at(-1)?.id).toBe('new-activity');
  });

  it('gives each of two stores holding different lists (the console and its miniature of the room) a stable result, read after read', () => {
    const held = state();
    patch((draft) => void draft.activities.push({ id: 'since-the-freeze', stageId: draft.stages[0]!.id, name: 'Webinar', description: '', roles: [] }));
    patch((draft) => void (draft.agenda[1]!.included = false));
    const live = state();
    const first = { heldReport: selectResponsibilityReport(held), liveReport: selectResponsibilityReport(live), heldPhases: selectNavigablePhases(held), livePhases: selectNavigablePhases(live) };
    expect(first.heldReport).not.toBe(first.liveReport);
    expect(first.heldPhases).not.toEqual(first.livePhases);
    for (let read = 0; read < 3; read++) {
      expect(selectResponsibilityReport(held)).toBe(first.heldReport);
      expect(selectResponsibilityReport(live)).toBe(first.liveReport);
      expect(selectNavigablePhases(held)).toBe(first.heldPhases);
      expect(selectNavigablePhases(live)).toBe(first.livePhases);
    }
  });

  it('gives the same empty list every time while no workshop is open', () => {
    useSessionStore.setState({ snapshot: null });
    expect(selectTeams(state())).toEqual([]);
    expect(selectTeams(state())).toBe(selectGoals(state()));
  });
});
