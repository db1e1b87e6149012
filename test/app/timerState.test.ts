import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '../../src/domain/workshopSchema';
import { nextAgendaItem } from '../../src/app/timer/timerState';

describe('nextAgendaItem', () => {
  const item = (id: string, phase: AgendaItem['phase'], included = true): AgendaItem => ({ id, phase, minutes: 30, included });
  const agenda = [item('a', 'setup'), item('b', 'pulse', false), item('c', 'buyingProcess'), item('d', 'signoff')];

  it('is the next item on today’s agenda, skipping what is left out, and nothing after the last', () => {
    expect(nextAgendaItem({ agenda, currentPhase: 'setup' })?.id).toBe('c');
    expect(nextAgendaItem({ agenda, currentPhase: 'buyingProcess' })?.id).toBe('d');
    expect(nextAgendaItem({ agenda, currentPhase: 'signoff' })).toBeUndefined();
    expect(nextAgendaItem({ agenda, currentPhase: 'pulse' })).toBeUndefined();
  });
});
