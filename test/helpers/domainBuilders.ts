/** Builders for domain tests: small, readable workshops with deterministic ids. */
import { createHash } from 'node:crypto';
import type { Command } from '../../src/domain/commands';
import { applyCommand, type CommandContext } from '../../src/domain/applyCommand';
import { createWorkshop, sequentialIds } from '../../src/domain/createWorkshop';
import { charterCanonicalText } from '../../src/domain/charterContent';
import { openSignoffWarnings, signoffWarnings } from '../../src/domain/signoff';
import type { Stroke, Workshop } from '../../src/domain/workshopSchema';

export const T0 = '2026-11-22T09:00:00.000Z';

/** SHA-256 in hex, as the host computes it. */
export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The fingerprint the host would compute for this workshop's charter. */
export const fingerprintOf = (w: Workshop) => sha256(charterCanonicalText(w));

/** A command context at T0 with deterministic ids ("id1", "id2", …), the host's hash, and its clock in Berlin (UTC+1 in November). */
export function aContext(now = T0): CommandContext {
  const at = Date.parse(now);
  const localTime = Number.isNaN(at) ? now : `${new Date(at + 3600_000).toISOString().slice(0, 19)}+01:00`;
  return { now, newId: sequentialIds('id'), hash: sha256, localTime, timeZone: 'Europe/Berlin' };
}

/** A short drawn signature: two strokes on the signature pad. */
export const SOME_STROKES: Stroke[] = [
  [[100, 200, 0], [180, 120, 16], [260, 210, 33]],
  [[300, 150, 400]],
];

/** The sign command for a participant, with the fingerprint of the charter as it is now. */
export function signCommand(w: Workshop, participantId: string, typedName = 'Signer'): Command {
  return { type: 'sign', participantId, typedName, strokes: SOME_STROKES, fingerprint: fingerprintOf(w) };
}

/**
 * The workshop with every open point accepted as it is, as the facilitator does before the room
 * signs: signing is refused while any is open. Unchanged when nothing is open.
 */
export function readyToSign(w: Workshop): Workshop {
  return openSignoffWarnings(w).length === 0 ? w : applyAll(w, acceptAllCommand(w));
}

/** The command "Accept all as they are" sends: every current open point, accepted as it is. */
export function acceptAllCommand(w: Workshop): Command {
  return { type: 'acceptWarnings', keys: signoffWarnings(w).map((warning) => warning.key) };
}

export function aWorkshop(templateId = 'b2b-considered', id = 'w1'): Workshop {
  return createWorkshop({ id, now: T0, title: 'Alignment day', templateId, newId: sequentialIds('x') });
}

/** Applies commands in order and fails the test on the first rejection. */
export function applyAll(workshop: Workshop, ...commands: Command[]): Workshop {
  return applyAllAt(T0, workshop, ...commands);
}

/** applyAll, with the host's clock reading `now`. */
export function applyAllAt(now: string, workshop: Workshop, ...commands: Command[]): Workshop {
  let current = workshop;
  const context = aContext(now);
  for (const command of commands) {
    const result = applyCommand(current, command, context);
    if (!result.ok) throw new Error(`Rejected ${command.type}: ${result.rejection.path} ${result.rejection.message}`);
    current = result.workshop;
  }
  return current;
}

export const aParticipant = (id: string, teamId = 'sales', name = `Person ${id}`) =>
  ({ type: 'addItem', collection: 'participants', item: { id, name, jobTitle: 'Manager', teamId } }) as const satisfies Command;

/** A workshop where the custom team "success" is named in every place a team can be named. */
export function withSuccessTeamEverywhere(): Workshop {
  const w = aWorkshop();
  const [first, second] = w.stages;
  return applyAll(
    w,
    { type: 'addItem', collection: 'teams', item: { id: 'success', name: 'Customer Success', kind: 'custom' } },
    { type: 'setRole', activityId: w.activities[0]!.id, teamId: 'success', role: 'C', assigned: true },
    { type: 'updateItem', collection: 'stages', id: first!.id, patch: { leadClaims: ['marketing', 'success'] } },
    { type: 'addItem', collection: 'goals', item: { id: 'g1', kind: 'shared', name: 'Retention', definition: '', ownerTeamIds: ['sales', 'success'], target: '', reviewCadence: '' } },
    { type: 'addItem', collection: 'incentives', item: { id: 'i1', kind: 'shared', description: 'Renewal bonus', teamIds: ['success'] } },
    { type: 'addItem', collection: 'insightLoops', item: { id: 'l1', information: 'Churn reasons', fromTeamId: 'success', toTeamId: 'success', system: '', frequency: '' } },
    {
      type: 'addItem',
      collection: 'handoffs',
      item: {
        id: 'h0', kind: 'handback', fromStageId: second!.id, toStageId: first!.id, fromTeamId: 'success', toTeamId: 'sales',
        leadDefinitions: [], passedAlong: '', followUpHours: null, followUpAttempts: null, volumePerPeriod: null, volumePeriod: 'month',
        rejectionReasons: [], recyclePath: '', feedbackLoop: '',
      },
    },
    {
      type: 'addItem',
      collection: 'handoffs',
      item: {
        id: 'h1', kind: 'handoff', fromStageId: first!.id, toStageId: second!.id, fromTeamId: 'sales', toTeamId: 'success',
        leadDefinitions: [], passedAlong: '', followUpHours: null, followUpAttempts: null, volumePerPeriod: null, volumePeriod: 'month',
        rejectionReasons: [], recyclePath: '', feedbackLoop: '',
      },
    },
  );
}
