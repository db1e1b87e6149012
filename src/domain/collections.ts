/**
 * The lists inside a workshop that commands edit item by item. One table says, for each
 * list, where it lives in the document, what an item looks like, and which of its fields
 * point at items of other lists, so add/update/remove/move work the same way everywhere.
 */
import type { z } from 'zod';
import {
  actionSchema,
  activitySchema,
  agendaItemSchema,
  bestCustomerSchema,
  decisionSchema,
  glossaryEntrySchema,
  goalSchema,
  handoffSchema,
  incentiveSchema,
  insightLoopSchema,
  meetingSchema,
  parkingLotItemSchema,
  participantSchema,
  pulseStatementSchema,
  rotationSchema,
  sponsorSchema,
  stageSchema,
  stickyNoteSchema,
  teamSchema,
  voteSchema,
  LIMITS,
  type Workshop,
} from './workshopSchema';

export const COLLECTION_KEYS = [
  'teams',
  'participants',
  'agenda',
  'pulseStatements',
  'stages',
  'activities',
  'handoffs',
  'bestCustomers',
  'goals',
  'incentives',
  'meetings',
  'insightLoops',
  'rotations',
  'glossary',
  'sponsors',
  'actions',
  'parkingLot',
  'decisions',
  'votes',
  'notes',
] as const;
export type CollectionKey = (typeof COLLECTION_KEYS)[number];

type Reference = { field: string; to: CollectionKey; many?: boolean; nullable?: boolean };

interface CollectionSpec<S extends z.ZodType> {
  /** Singular noun for messages a facilitator reads. */
  noun: string;
  /** The most items the list may hold (LIMITS, which the document schema enforces too). */
  maxItems: number;
  itemSchema: S;
  get: (w: Workshop) => { id: string }[];
  references: Reference[];
}

const spec = <S extends z.ZodType>(s: CollectionSpec<S>) => s;

export const collections = {
  teams: spec({ maxItems: LIMITS.teams, noun: 'team', itemSchema: teamSchema, get: (w) => w.teams, references: [] }),
  participants: spec({
    maxItems: LIMITS.participants,
    noun: 'participant',
    itemSchema: participantSchema,
    get: (w) => w.participants,
    references: [{ field: 'teamId', to: 'teams' }],
  }),
  agenda: spec({ maxItems: LIMITS.agenda, noun: 'agenda item', itemSchema: agendaItemSchema, get: (w) => w.agenda, references: [] }),
  pulseStatements: spec({
    maxItems: LIMITS.pulseStatements,
    noun: 'pulse statement',
    itemSchema: pulseStatementSchema,
    get: (w) => w.pulse.statements,
    references: [],
  }),
  stages: spec({
    maxItems: LIMITS.stages,
    noun: 'stage',
    itemSchema: stageSchema,
    get: (w) => w.stages,
    references: [{ field: 'leadClaims', to: 'teams', many: true }],
  }),
  activities: spec({
    maxItems: LIMITS.activities,
    noun: 'activity',
    itemSchema: activitySchema,
    get: (w) => w.activities,
    references: [{ field: 'stageId', to: 'stages' }],
  }),
  handoffs: spec({
    maxItems: LIMITS.handoffs,
    noun: 'hand-off',
    itemSchema: handoffSchema,
    get: (w) => w.handoffs,
    references: [
      { field: 'fromStageId', to: 'stages' },
      { field: 'toStageId', to: 'stages' },
      { field: 'fromTeamId', to: 'teams' },
      { field: 'toTeamId', to: 'teams' },
    ],
  }),
  bestCustomers: spec({
    maxItems: LIMITS.bestCustomers,
    noun: 'best customer',
    itemSchema: bestCustomerSchema,
    get: (w) => w.bestCustomers,
    references: [],
  }),
  goals: spec({
    maxItems: LIMITS.goals,
    noun: 'goal',
    itemSchema: goalSchema,
    get: (w) => w.goals,
    references: [{ field: 'ownerTeamIds', to: 'teams', many: true }],
  }),
  incentives: spec({
    maxItems: LIMITS.incentives,
    noun: 'incentive',
    itemSchema: incentiveSchema,
    get: (w) => w.incentives,
    references: [{ field: 'teamIds', to: 'teams', many: true }],
  }),
  meetings: spec({ maxItems: LIMITS.meetings, noun: 'meeting', itemSchema: meetingSchema, get: (w) => w.rhythm.meetings, references: [] }),
  insightLoops: spec({
    maxItems: LIMITS.insightLoops,
    noun: 'insight loop',
    itemSchema: insightLoopSchema,
    get: (w) => w.rhythm.insightLoops,
    references: [
      { field: 'fromTeamId', to: 'teams', nullable: true },
      { field: 'toTeamId', to: 'teams', nullable: true },
    ],
  }),
  rotations: spec({ maxItems: LIMITS.rotations, noun: 'rotation', itemSchema: rotationSchema, get: (w) => w.rhythm.rotations, references: [] }),
  glossary: spec({
    maxItems: LIMITS.glossary,
    noun: 'glossary entry',
    itemSchema: glossaryEntrySchema,
    get: (w) => w.rhythm.glossary,
    references: [],
  }),
  sponsors: spec({
    maxItems: LIMITS.sponsors,
    noun: 'sponsor',
    itemSchema: sponsorSchema,
    get: (w) => w.rhythm.sponsors,
    references: [{ field: 'participantId', to: 'participants', nullable: true }],
  }),
  actions: spec({
    maxItems: LIMITS.actions,
    noun: 'action',
    itemSchema: actionSchema,
    get: (w) => w.actions,
    references: [
      { field: 'ownerParticipantId', to: 'participants', nullable: true },
      { field: 'stageId', to: 'stages', nullable: true },
    ],
  }),
  parkingLot: spec({
    maxItems: LIMITS.parkingLot,
    noun: 'parking lot item',
    itemSchema: parkingLotItemSchema,
    get: (w) => w.parkingLot,
    references: [],
  }),
  decisions: spec({ maxItems: LIMITS.decisions, noun: 'decision', itemSchema: decisionSchema, get: (w) => w.decisions, references: [] }),
  votes: spec({ maxItems: LIMITS.votes, noun: 'vote', itemSchema: voteSchema, get: (w) => w.votes, references: [] }),
  notes: spec({ maxItems: LIMITS.notes, noun: 'sticky note', itemSchema: stickyNoteSchema, get: (w) => w.notes, references: [] }),
} satisfies Record<CollectionKey, CollectionSpec<z.ZodType>>;

type Collections = typeof collections;
export type ItemOf<K extends CollectionKey> = z.infer<Collections[K]['itemSchema']>;

/** Finds which ids an item's reference field holds (none when null). */
export function referencedIds(item: Record<string, unknown>, ref: Reference): string[] {
  const value = item[ref.field];
  if (value === null || value === undefined) return [];
  return ref.many ? (value as string[]) : [value as string];
}
