import { applyPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/domain/applyCommand';
import type { Command } from '../../src/domain/commands';
import { aContext, aParticipant, applyAll, aWorkshop, T0 } from '../helpers/domainBuilders';

const run = (w: ReturnType<typeof aWorkshop>, command: Command) => applyCommand(w, command, aContext());

describe('batch', () => {
  it('applies every edit, each seeing the ones before it, with patches that undo it all at once', () => {
    const w = applyAll(aWorkshop(), { type: 'addItem', collection: 'parkingLot', item: { id: 'pl1', text: 'Partner leads?', raisedInPhase: 'handoff', createdAt: T0 } });
    const result = run(w, {
      type: 'batch',
      label: 'Turn a parked topic into an action',
      commands: [
        { type: 'addItem', collection: 'actions', item: { id: 'a1', title: 'Partner leads?', ownerParticipantId: null, due: '', status: 'open', stageId: null, topic: null } },
        { type: 'removeItem', collection: 'parkingLot', id: 'pl1' },
      ],
    });
    if (!result.ok) throw new Error(result.rejection.message);
    expect(result.workshop.actions.map((a) => a.id)).toEqual(['a1']);
    expect(result.workshop.parkingLot).toEqual([]);
    expect(applyPatches(result.workshop, result.inversePatches)).toEqual(w);
  });

  it('is all or nothing, and names the command that was refused', () => {
    const w = aWorkshop();
    const result = run(w, { type: 'batch', label: 'two people', commands: [aParticipant('p1'), aParticipant('p1')] });
    expect(result).toEqual({ ok: false, rejection: { path: 'commands[1].item.id', message: expect.stringMatching(/already exists/) } });
  });

  it('holds edits only: no navigation, timer or nested batch', () => {
    expect(run(aWorkshop(), { type: 'batch', label: 'x', commands: [{ type: 'goToPhase', phase: 'pulse' }] } as unknown as Command).ok).toBe(false);
    expect(run(aWorkshop(), { type: 'batch', label: 'x', commands: [] }).ok).toBe(false);
  });
});
