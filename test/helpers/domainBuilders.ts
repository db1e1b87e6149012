/** Builders for domain tests: small, readable workshops with deterministic ids. */
import type { Command } from '../../src/domain/commands';
import { applyCommand } from '../../src/domain/applyCommand';
import { createWorkshop, sequentialIds } from '../../src/domain/createWorkshop';
import type { Workshop } from '../../src/domain/workshopSchema';

export const T0 = '2026-11-22T09:00:00.000Z';

export function aWorkshop(templateId = 'b2b-considered', id = 'w1'): Workshop {
  return createWorkshop({ id, now: T0, title: 'Alignment day', templateId, newId: sequentialIds('x') });
}

/** Applies commands in order and fails the test on the first rejection. */
export function applyAll(workshop: Workshop, ...commands: Command[]): Workshop {
  let current = workshop;
  for (const command of commands) {
    const result = applyCommand(current, command, { now: T0 });
    if (!result.ok) throw new Error(`Rejected ${command.type}: ${result.rejection.path} ${result.rejection.message}`);
    current = result.workshop;
  }
  return current;
}

export const aParticipant = (id: string, teamId = 'sales', name = `Person ${id}`) =>
  ({ type: 'addItem', collection: 'participants', item: { id, name, jobTitle: 'Manager', teamId } }) as const satisfies Command;
