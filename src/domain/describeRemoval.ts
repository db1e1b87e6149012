/**
 * What else goes when an item is removed: the same cascade applyCommand's removeWithCascade
 * performs, said before it happens, so the console can ask first and its toast can name
 * everything that went (test/domain/describeRemoval.test.ts holds the two together).
 */
import { removalRefusal } from './applyCommand';
import { collections, type CollectionKey } from './collections';
import { countNoun, type NounForms } from './countNoun';
import { PHASES } from './phases';
import type { Handoff, Workshop } from './workshopSchema';

export type RemovalEffectKind =
  | 'activities'
  | 'handoffs'
  | 'pulseScores'
  | 'roles'
  | 'leadClaims'
  | 'goalOwners'
  | 'incentiveTeams'
  | 'insightLoopTeams'
  | 'actionOwners'
  | 'actionStages'
  | 'sponsorLinks'
  | 'timer';

interface RemovalEffect {
  kind: RemovalEffectKind;
  /** `removed`: the items go too; `cleared`: they stay, without their link to the removed item. */
  change: 'removed' | 'cleared';
  /** The items removed or changed (a pulse score as `participantId/statementId`, the timer as `timer`). */
  ids: string[];
  /** How many links go: one activity can lose several roles. */
  count: number;
}

/** What the removed hand-off points held: the agreements that go with them. */
interface HandoffContents {
  leadDefinitions: number;
  followUpCommitments: number;
  volumeCommitments: number;
  rejectionReasons: number;
}

export interface RemovalDescription {
  /** The item's name as the facilitator reads it ("Evaluation", "the team Sales", "this stage"). */
  name: string;
  effects: RemovalEffect[];
  handoffContents: HandoffContents;
  /** More than the item itself goes or changes: ask before removing. */
  takesMore: boolean;
  /** Why the removal will be refused (e.g. a team that still has members), or null. */
  refusal: string | null;
  /** Before: "Removing Evaluation also removes 3 activities and 1 hand-off point (…)." */
  question: string;
  /** After: "Removed Evaluation, and with it 3 activities and 1 hand-off point (…)." */
  summary: string;
}

const N = {
  activity: { one: 'activity', other: 'activities' },
  handoff: { one: 'hand-off point', other: 'hand-off points' },
  anyHandoff: { one: 'hand-off', other: 'hand-offs' },
  handback: { one: 'hand-back', other: 'hand-backs' },
  score: { one: 'pulse score', other: 'pulse scores' },
  role: { one: 'RACI role', other: 'RACI roles' },
  definition: { one: 'lead definition', other: 'lead definitions' },
  followUp: { one: 'follow-up commitment', other: 'follow-up commitments' },
  volume: { one: 'volume commitment', other: 'volume commitments' },
  reason: { one: 'rejection reason', other: 'rejection reasons' },
  claimedStage: { one: 'stage it claims to lead', other: 'stages it claims to lead' },
  goal: { one: 'goal', other: 'goals' },
  incentive: { one: 'incentive', other: 'incentives' },
  loop: { one: 'insight loop', other: 'insight loops' },
  action: { one: 'action', other: 'actions' },
  sponsor: { one: 'sponsor entry', other: 'sponsor entries' },
} satisfies Record<string, NounForms>;

/** Describes the removal of one item; null when there is no such item. */
export function describeRemoval(workshop: Workshop, collection: CollectionKey, id: string): RemovalDescription | null {
  const item = collections[collection].get(workshop).find((i) => i.id === id) as Record<string, unknown> | undefined;
  if (!item) return null;
  const effects = cascadeOf(workshop, collection, id);
  const handoffs = workshop.handoffs.filter((h) => effects.some((e) => e.kind === 'handoffs' && e.ids.includes(h.id)));
  const handoffContents = contentsOf(handoffs);
  const name = nameOf(collection, item);
  const clauses = clausesOf(effects, handoffs, handoffContents);
  return {
    name,
    effects,
    handoffContents,
    takesMore: effects.length > 0,
    refusal: removalRefusal(workshop, collection, id)?.message ?? null,
    question: clauses.length > 0 ? `Removing ${name} also ${joinClauses(clauses.map((c) => c.present))}.` : `Remove ${name}?`,
    summary: clauses.length > 0 ? `Removed ${name}. This also ${joinClauses(clauses.map((c) => c.past))}.` : `Removed ${name}.`,
  };
}

function cascadeOf(w: Workshop, collection: CollectionKey, id: string): RemovalEffect[] {
  const effects: RemovalEffect[] = [];
  const add = (kind: RemovalEffectKind, change: RemovalEffect['change'], ids: string[], count = ids.length) => {
    if (ids.length > 0) effects.push({ kind, change, ids, count });
  };
  switch (collection) {
    case 'teams': {
      const withRoles = w.activities.filter((a) => a.roles.some((r) => r.teamId === id));
      add('roles', 'removed', withRoles.map((a) => a.id), withRoles.reduce((n, a) => n + a.roles.filter((r) => r.teamId === id).length, 0));
      add('handoffs', 'removed', w.handoffs.filter((h) => h.fromTeamId === id || h.toTeamId === id).map((h) => h.id));
      add('leadClaims', 'cleared', w.stages.filter((s) => s.leadClaims.includes(id)).map((s) => s.id));
      add('goalOwners', 'cleared', w.goals.filter((g) => g.ownerTeamIds.includes(id)).map((g) => g.id));
      add('incentiveTeams', 'cleared', w.incentives.filter((i) => i.teamIds.includes(id)).map((i) => i.id));
      add('insightLoopTeams', 'cleared', w.rhythm.insightLoops.filter((l) => l.fromTeamId === id || l.toTeamId === id).map((l) => l.id));
      break;
    }
    case 'participants':
      add('pulseScores', 'removed', w.pulse.scores.filter((s) => s.participantId === id).map((s) => `${s.participantId}/${s.statementId}`));
      add('actionOwners', 'cleared', w.actions.filter((a) => a.ownerParticipantId === id).map((a) => a.id));
      add('sponsorLinks', 'cleared', w.rhythm.sponsors.filter((s) => s.participantId === id).map((s) => s.id));
      break;
    case 'stages':
      add('activities', 'removed', w.activities.filter((a) => a.stageId === id).map((a) => a.id));
      add('handoffs', 'removed', w.handoffs.filter((h) => h.fromStageId === id || h.toStageId === id).map((h) => h.id));
      add('actionStages', 'cleared', w.actions.filter((a) => a.stageId === id).map((a) => a.id));
      break;
    case 'pulseStatements':
      add('pulseScores', 'removed', w.pulse.scores.filter((s) => s.statementId === id).map((s) => `${s.participantId}/${s.statementId}`));
      break;
    case 'agenda':
      if (w.timer.agendaItemId === id) add('timer', 'cleared', ['timer']);
      break;
    default:
      break;
  }
  return effects;
}

function contentsOf(handoffs: Handoff[]): HandoffContents {
  return {
    leadDefinitions: handoffs.reduce((n, h) => n + h.leadDefinitions.length, 0),
    followUpCommitments: handoffs.filter((h) => h.followUpHours !== null || h.followUpAttempts !== null).length,
    volumeCommitments: handoffs.filter((h) => h.volumePerPeriod !== null).length,
    rejectionReasons: handoffs.reduce((n, h) => n + h.rejectionReasons.length, 0),
  };
}

interface Clause {
  present: string;
  past: string;
}

function clausesOf(effects: RemovalEffect[], handoffs: Handoff[], contents: HandoffContents): Clause[] {
  const count = (kind: RemovalEffectKind) => effects.find((e) => e.kind === kind)?.count ?? 0;
  const removed: string[] = [];
  if (count('activities')) removed.push(countNoun(count('activities'), N.activity));
  if (count('roles')) removed.push(countNoun(count('roles'), N.role));
  if (handoffs.length) removed.push(handoffPhrase(handoffs, contents));
  if (count('pulseScores')) removed.push(countNoun(count('pulseScores'), N.score));

  const clauses: Clause[] = [];
  if (removed.length) clauses.push({ present: `removes ${joinList(removed)}`, past: `removed ${joinList(removed)}` });
  const offTeam = [
    count('leadClaims') && countNoun(count('leadClaims'), N.claimedStage),
    count('goalOwners') && countNoun(count('goalOwners'), N.goal),
    count('incentiveTeams') && countNoun(count('incentiveTeams'), N.incentive),
    count('insightLoopTeams') && countNoun(count('insightLoopTeams'), N.loop),
  ].filter((phrase): phrase is string => Boolean(phrase));
  if (offTeam.length) clauses.push({ present: `takes the team off ${joinList(offTeam)}`, past: `took the team off ${joinList(offTeam)}` });
  if (count('actionOwners')) {
    const actions = countNoun(count('actionOwners'), N.action);
    clauses.push({ present: `leaves ${actions} without an owner`, past: `left ${actions} without an owner` });
  }
  if (count('actionStages')) {
    const actions = countNoun(count('actionStages'), N.action);
    clauses.push({ present: `leaves ${actions} without the stage ${count('actionStages') === 1 ? 'it' : 'they'} came from`, past: `left ${actions} without the stage ${count('actionStages') === 1 ? 'it' : 'they'} came from` });
  }
  if (count('sponsorLinks')) {
    const sponsors = countNoun(count('sponsorLinks'), N.sponsor);
    clauses.push({ present: `unlinks ${sponsors} from the participant list`, past: `unlinked ${sponsors} from the participant list` });
  }
  if (count('timer')) clauses.push({ present: 'resets the timer running on it', past: 'reset the timer running on it' });
  return clauses;
}

/** "1 hand-off point (with 2 lead definitions and its follow-up commitment)". */
function handoffPhrase(handoffs: Handoff[], contents: HandoffContents): string {
  const backs = handoffs.filter((h) => h.kind === 'handback').length;
  const points = handoffs.length - backs;
  const its = handoffs.length === 1 ? 'its' : null;
  const held = [
    contents.leadDefinitions && countNoun(contents.leadDefinitions, N.definition),
    contents.rejectionReasons && countNoun(contents.rejectionReasons, N.reason),
    contents.followUpCommitments && (its && contents.followUpCommitments === 1 ? `${its} ${N.followUp.one}` : countNoun(contents.followUpCommitments, N.followUp)),
    contents.volumeCommitments && (its && contents.volumeCommitments === 1 ? `${its} ${N.volume.one}` : countNoun(contents.volumeCommitments, N.volume)),
  ].filter((p): p is string => Boolean(p));
  const withHeld = held.length ? `with ${joinList(held)}` : null;
  // Both kinds are counted together, so the outer list never reads "… and 1 hand-off point and 1 hand-back".
  if (points && backs) {
    const kinds = `${countNoun(points, N.handoff)} and ${countNoun(backs, N.handback)}`;
    return `${countNoun(handoffs.length, N.anyHandoff)} (${withHeld ? `${kinds}; ${withHeld}` : kinds})`;
  }
  const head = points ? countNoun(points, N.handoff) : countNoun(backs, N.handback);
  return withHeld ? `${head} (${withHeld})` : head;
}

const listFormat = new Intl.ListFormat('en-GB', { type: 'conjunction' });

/** Clauses hold lists of their own, so a comma sets each off: "removes a and b, and takes c". */
function joinClauses(clauses: string[]): string {
  if (clauses.length <= 1) return clauses[0] ?? '';
  const needsCommas = clauses.length > 2 || clauses.some((clause) => clause.includes(' and '));
  return needsCommas ? `${clauses.slice(0, -1).join(', ')}, and ${clauses.at(-1)}` : joinList(clauses);
}

/** "a", "a and b", "a, b and c". */
export function joinList(parts: string[]): string {
  return listFormat.format(parts);
}

function nameOf(collection: CollectionKey, item: Record<string, unknown>): string {
  if (collection === 'agenda') return `the ${PHASES[item.phase as keyof typeof PHASES].label} agenda item`;
  const text = ['name', 'text', 'title', 'term', 'question', 'description', 'information'].map((field) => item[field]).find((v) => typeof v === 'string' && v.trim() !== '');
  if (typeof text !== 'string') return `this ${collections[collection].noun}`;
  const trimmed = text.trim();
  const short = trimmed.length > 60 ? `${trimmed.slice(0, 57)}…` : trimmed;
  if (collection === 'teams') return `the team ${short}`;
  return collection === 'pulseStatements' ? `the statement “${short}”` : short;
}
