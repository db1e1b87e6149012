/** Documents must stay valid whatever the facilitator presses: each case once produced an invalid file. */
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/domain/applyCommand';
import { checkIntegrity } from '../../src/domain/checkIntegrity';
import type { Command } from '../../src/domain/commands';
import { parseWorkshopValue } from '../../src/domain/parseWorkshop';
import { emptyHistory, recordStep, undo } from '../../src/domain/undoHistory';
import { LIMITS } from '../../src/domain/workshopSchema';
import { aContext, applyAll, applyAllAt, aWorkshop, T0 } from '../helpers/domainBuilders';

const valid = (w: ReturnType<typeof aWorkshop>) => parseWorkshopValue(w).kind === 'ok';

describe('documents stay valid', () => {
  it('extra timer minutes stop at the limit', () => {
    const presses: Command[] = Array.from({ length: 8 }, () => ({ type: 'addTimerMinutes', minutes: 240 }));
    const w = applyAll(aWorkshop(), ...presses);
    expect(w.timer.extraMinutes).toBe(LIMITS.timerExtraMinutes);
    expect(valid(w)).toBe(true);
  });

  it('a timer paused after a very long break stops counting at the limit', () => {
    const item = aWorkshop().agenda[1]!;
    const w = applyAllAt('2026-11-22T09:00:00.000Z', applyAllAt('2026-11-01T09:00:00.000Z', aWorkshop(), { type: 'startTimer', agendaItemId: item.id }), { type: 'pauseTimer' });
    expect(w.timer.elapsedSeconds).toBe(LIMITS.timerSeconds);
    expect(valid(w)).toBe(true);
  });

  it('undoing the agenda item the timer runs on resets the timer', () => {
    const added = applyCommand(aWorkshop(), { type: 'addItem', collection: 'agenda', item: { id: 'extra', phase: 'pulse', minutes: 10, included: true } }, aContext());
    if (!added.ok) throw new Error('rejected');
    const history = recordStep(emptyHistory(), { patches: added.patches, inversePatches: added.inversePatches, coalesceKey: null, at: 0 });
    const running = applyAll(added.workshop, { type: 'startTimer', agendaItemId: 'extra' });
    const move = undo(running, history)!;
    expect(move.workshop.timer.agendaItemId).toBeNull();
    expect(checkIntegrity(move.workshop)).toEqual([]);
    expect(move.patches.some((p) => p.path[0] === 'timer')).toBe(true);
  });

  it('lead definition ids are unique across hand-offs', () => {
    const sample = aWorkshop();
    const [a, b] = sample.stages;
    const handoff = (id: string, definitionId: string): Command => ({
      type: 'addItem',
      collection: 'handoffs',
      item: { id, kind: 'handoff', fromStageId: a!.id, toStageId: b!.id, fromTeamId: 'marketing', toTeamId: 'sales', leadDefinitions: [{ id: definitionId, name: 'MQL', shortName: 'MQL', criteria: [] }], passedAlong: '', followUpHours: null, followUpAttempts: null, volumePerPeriod: null, volumePeriod: 'month', rejectionReasons: [], recyclePath: '', feedbackLoop: '' },
    });
    const w = applyAll(sample, handoff('h1', 'ld1'));
    const result = applyCommand(w, handoff('h2', 'ld1'), aContext());
    expect(result.ok ? null : result.rejection.path).toBe('item.leadDefinitions');
  });
});
