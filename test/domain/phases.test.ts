import { describe, expect, it } from 'vitest';
import { ALL_PHASES, adjacentPhase, navigablePhases } from '../../src/domain/phases';
import { PHASE_IDS, type PhaseId } from '../../src/domain/workshopSchema';

describe('phases', () => {
  it('lists every phase in the schema order', () => {
    expect(ALL_PHASES).toEqual(PHASE_IDS);
  });

  it('keeps setup first and sign-off last, with the agenda in between', () => {
    const item = (phase: PhaseId, included = true) => ({ id: phase, phase, minutes: 10, included });
    const agenda = [item('responsibilities'), item('pulse', false), item('signoff'), item('buyingProcess')];
    expect(navigablePhases({ agenda })).toEqual(['setup', 'responsibilities', 'buyingProcess', 'signoff']);
    expect(adjacentPhase({ agenda, currentPhase: 'buyingProcess' }, 1)).toBe('signoff');
    expect(adjacentPhase({ agenda, currentPhase: 'setup' }, -1)).toBeNull();
  });
});
