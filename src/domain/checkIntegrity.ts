/**
 * Whole-document checks that a schema alone cannot express: ids unique within each list,
 * and every reference pointing at something that exists. Run on every load and import.
 */
import { collections, COLLECTION_KEYS, referencedIds } from './collections';
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
  const definitionIds = new Set<string>();
  workshop.handoffs.forEach((handoff, h) => {
    handoff.leadDefinitions.forEach((definition, d) => {
      if (definitionIds.has(definition.id)) problems.push({ path: `handoffs[${h}].leadDefinitions[${d}].id`, message: `repeats the id ${definition.id}` });
      definitionIds.add(definition.id);
    });
  });
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
