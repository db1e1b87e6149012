/**
 * Whole-document checks that a schema alone cannot express: ids unique within each list,
 * and every reference pointing at something that exists. Run on every load and import, and
 * (through checkIntegrityAfterChange) after every command.
 */
import { collections, COLLECTION_KEYS, referencedIds, type CollectionKey } from './collections';
import type { Rejection } from './validationMessages';
import type { Workshop } from './workshopSchema';

/** Where each collection sits in the document, for field paths in messages. */
const COLLECTION_PATHS = {
  teams: 'teams',
  participants: 'participants',
  agenda: 'agenda',
  pulseStatements: 'pulse.statements',
  stages: 'stages',
  activities: 'activities',
  handoffs: 'handoffs',
  bestCustomers: 'bestCustomers',
  goals: 'goals',
  incentives: 'incentives',
  meetings: 'rhythm.meetings',
  insightLoops: 'rhythm.insightLoops',
  rotations: 'rhythm.rotations',
  glossary: 'rhythm.glossary',
  sponsors: 'rhythm.sponsors',
  actions: 'actions',
  parkingLot: 'parkingLot',
  decisions: 'decisions',
  votes: 'votes',
  notes: 'notes',
} satisfies Record<keyof typeof collections, string>;

export function checkIntegrity(workshop: Workshop): Rejection[] {
  const problems: Rejection[] = [];
  const idSets = new Map<string, Set<string>>();
  for (const key of COLLECTION_KEYS) {
    const ids = new Set<string>();
    collections[key].get(workshop).forEach((item, index) => {
      if (ids.has(item.id)) problems.push({ path: `${COLLECTION_PATHS[key]}[${index}].id`, message: `repeats the id ${item.id}` });
      ids.add(item.id);
    });
    idSets.set(key, ids);
  }
  for (const key of COLLECTION_KEYS) {
    collections[key].get(workshop).forEach((item, index) => {
      for (const ref of collections[key].references) {
        for (const id of referencedIds(item as Record<string, unknown>, ref)) {
          if (!idSets.get(ref.to)!.has(id)) {
            problems.push({
              path: `${COLLECTION_PATHS[key]}[${index}].${ref.field}`,
              message: `refers to a ${collections[ref.to].noun} that does not exist (${id})`,
            });
          }
        }
      }
    });
  }
  const teams = idSets.get('teams')!;
  workshop.activities.forEach((activity, index) => {
    activity.roles.forEach((role, r) => {
      if (!teams.has(role.teamId)) problems.push({ path: `activities[${index}].roles[${r}].teamId`, message: 'refers to a team that does not exist' });
    });
  });
  problems.push(...repeatedLeadDefinitions(workshop));
  const participants = idSets.get('participants')!;
  const statements = idSets.get('pulseStatements')!;
  workshop.pulse.scores.forEach((score, index) => {
    if (!participants.has(score.participantId)) problems.push({ path: `pulse.scores[${index}].participantId`, message: 'refers to a participant that does not exist' });
    if (!statements.has(score.statementId)) problems.push({ path: `pulse.scores[${index}].statementId`, message: 'refers to a statement that does not exist' });
  });
  const signed = new Set<string>();
  workshop.signoff.signatures.forEach((signature, index) => {
    if (!participants.has(signature.participantId)) problems.push({ path: `signoff.signatures[${index}].participantId`, message: 'refers to a participant that does not exist' });
    else if (signed.has(signature.participantId)) problems.push({ path: `signoff.signatures[${index}].participantId`, message: 'signed this charter version twice' });
    signed.add(signature.participantId);
  });
  workshop.signoff.absent.forEach((id, index) => {
    if (!participants.has(id)) problems.push({ path: `signoff.absent[${index}]`, message: 'refers to a participant that does not exist' });
    else if (signed.has(id)) problems.push({ path: `signoff.absent[${index}]`, message: 'is marked absent but has signed this charter version' });
  });
  if (workshop.timer.agendaItemId !== null && !idSets.get('agenda')!.has(workshop.timer.agendaItemId)) {
    problems.push({ path: 'timer.agendaItemId', message: 'refers to an agenda item that does not exist' });
  }
  // An item removed after it ran keeps its time (the day started when it did), so only repeats are refused.
  const timed = new Set<string>();
  workshop.timeSpent.forEach((entry, index) => {
    if (timed.has(entry.agendaItemId)) problems.push({ path: `timeSpent[${index}].agendaItemId`, message: `repeats the agenda item ${entry.agendaItemId}` });
    timed.add(entry.agendaItemId);
  });
  return problems;
}

/** Lead definitions are unique across all hand-offs, not only within one. */
function repeatedLeadDefinitions(workshop: Workshop): Rejection[] {
  const problems: Rejection[] = [];
  const definitionIds = new Set<string>();
  workshop.handoffs.forEach((handoff, h) => {
    handoff.leadDefinitions.forEach((definition, d) => {
      if (definitionIds.has(definition.id)) problems.push({ path: `handoffs[${h}].leadDefinitions[${d}].id`, message: `repeats the id ${definition.id}` });
      definitionIds.add(definition.id);
    });
  });
  return problems;
}

/**
 * What checkIntegrity reads outside the collections and the items in them, apart from the pulse
 * scores (checked item by item below): rarely changed, so any change gets the whole check.
 */
const rareParts = (w: Workshop): unknown[] => [w.signoff.signatures, w.signoff.absent, w.timer.agendaItemId, w.timeSpent];

/**
 * The items of `next` that are not in `previous` (new, or edited: immer gives an edited item a
 * new object). Cheap when the list kept its order: only a moved or removed item costs a Set.
 */
function newOrEdited<T extends object>(previous: readonly T[], next: readonly T[]): T[] {
  if (previous === next) return [];
  let kept: Set<T> | null = null;
  return next.filter((item, index) => {
    if (item === previous[index]) return false;
    kept ??= new Set(previous);
    return !kept.has(item);
  });
}

/**
 * checkIntegrity(after), for an `after` made from a `before` that passes it (an opened file, or
 * the result of an earlier checked command or undo; immer shares every untouched part by
 * reference).
 *
 * The whole check costs about 4 ms on a 20 MB workshop, on every command. Most commands keep
 * every id: a phase switch touches no collection, a keystroke one item. Then a reference that
 * resolved before still resolves, so only the lists that changed need their ids checked, and only
 * their new or edited items (and new or changed pulse scores) their references. A change that
 * removes an id (a reference to it may sit anywhere), touches the sign-off, the timer or the time
 * spent, or shows any problem at all gets the whole check, so the answer, with its messages, is
 * always checkIntegrity's.
 */
export function checkIntegrityAfterChange(before: Workshop, after: Workshop): Rejection[] {
  const whole = () => checkIntegrity(after);
  const beforeParts = rareParts(before);
  if (rareParts(after).some((part, i) => !Object.is(part, beforeParts[i]))) return whole();

  const idSets = new Map<CollectionKey, Set<string>>();
  const idsOf = (key: CollectionKey): Set<string> => {
    let ids = idSets.get(key);
    if (!ids) idSets.set(key, (ids = new Set(collections[key].get(after).map((item) => item.id))));
    return ids;
  };
  for (const key of COLLECTION_KEYS) {
    const previous = collections[key].get(before);
    const next = collections[key].get(after);
    if (previous === next) continue;
    const ids = new Set<string>();
    for (const item of next) {
      if (ids.has(item.id)) return whole();
      ids.add(item.id);
    }
    if (previous.some((item) => !ids.has(item.id))) return whole();
    idSets.set(key, ids);
    for (const item of newOrEdited(previous, next)) {
      for (const ref of collections[key].references) {
        for (const id of referencedIds(item as Record<string, unknown>, ref)) if (!idsOf(ref.to).has(id)) return whole();
      }
      if (key === 'activities' && (item as Workshop['activities'][number]).roles.some((role) => !idsOf('teams').has(role.teamId))) return whole();
    }
    if (key === 'handoffs' && repeatedLeadDefinitions(after).length > 0) return whole();
  }
  // No participant or statement lost its id above, so only new or changed scores need a look.
  for (const score of newOrEdited(before.pulse.scores, after.pulse.scores)) {
    if (!idsOf('participants').has(score.participantId) || !idsOf('pulseStatements').has(score.statementId)) return whole();
  }
  return [];
}
