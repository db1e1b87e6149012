/**
 * Every change to a workshop is one of these commands: a closed union checked by zod at the
 * host boundary. Item payloads are checked again against their collection in applyCommand,
 * which is where a rejection gets its precise field path.
 */
import { z } from 'zod';
import { COLLECTION_KEYS, type CollectionKey, type ItemOf } from './collections';
import { idSchema, phaseIdSchema, raciRoleSchema, setupSchema, timestampSchema, type PhaseId, type RaciRole, type Setup } from './workshopSchema';

const collectionKeySchema = z.enum(COLLECTION_KEYS);
const indexSchema = z.number().int().min(0).max(100_000);

const editCommandSchemas = [
  z.strictObject({ type: z.literal('updateSetup'), patch: setupSchema.partial().strict() }),
  z.strictObject({ type: z.literal('goToPhase'), phase: phaseIdSchema }),
  z.strictObject({
    type: z.literal('addItem'),
    collection: collectionKeySchema,
    item: z.record(z.string(), z.unknown()),
    index: indexSchema.optional(),
  }),
  z.strictObject({
    type: z.literal('updateItem'),
    collection: collectionKeySchema,
    id: idSchema,
    patch: z.record(z.string(), z.unknown()),
  }),
  z.strictObject({ type: z.literal('removeItem'), collection: collectionKeySchema, id: idSchema }),
  z.strictObject({ type: z.literal('moveItem'), collection: collectionKeySchema, id: idSchema, toIndex: indexSchema }),
  z.strictObject({
    type: z.literal('setRole'),
    activityId: idSchema,
    teamId: idSchema,
    role: raciRoleSchema,
    assigned: z.boolean(),
  }),
  z.strictObject({
    type: z.literal('setPulseScore'),
    participantId: idSchema,
    statementId: idSchema,
    score: z.number().int().min(1).max(5).nullable(),
  }),
  z.strictObject({ type: z.literal('startTimer'), agendaItemId: idSchema, at: timestampSchema }),
  z.strictObject({ type: z.literal('pauseTimer'), at: timestampSchema }),
  z.strictObject({ type: z.literal('addTimerMinutes'), minutes: z.number().int().min(-240).max(240) }),
  z.strictObject({ type: z.literal('resetTimer') }),
  z.strictObject({ type: z.literal('castDot'), voteId: idSchema, optionId: idSchema, delta: z.union([z.literal(1), z.literal(-1)]) }),
  z.strictObject({ type: z.literal('recordHand'), voteId: idSchema, fingers: z.number().int().min(0).max(5) }),
  z.strictObject({ type: z.literal('closeVote'), voteId: idSchema, decisionId: idSchema, at: timestampSchema }),
  z.strictObject({
    type: z.literal('convertNote'),
    noteId: idSchema,
    into: z.enum(['stage', 'activity', 'criterion', 'action']),
    /** Id of the stage or action created. */
    newId: idSchema,
    /** The stage (for an activity) or lead definition (for a criterion) it goes into. */
    targetId: idSchema.optional(),
  }),
] as const;

/** Edits that may be grouped in a batch: everything but navigation, the timer and batches. */
const BATCHABLE = new Set(['updateSetup', 'addItem', 'updateItem', 'removeItem', 'moveItem', 'setRole', 'setPulseScore', 'castDot', 'recordHand', 'closeVote', 'convertNote']);

export const commandSchema = z.discriminatedUnion('type', [
  ...editCommandSchemas,
  z.strictObject({
    type: z.literal('batch'),
    /** What the batch does, in words (for logs and future history views). */
    label: z.string().max(200),
    commands: z
      .array(z.discriminatedUnion('type', [...editCommandSchemas]))
      .min(1)
      .max(500)
      .refine((commands) => commands.every((c) => BATCHABLE.has(c.type)), 'may only hold edits, not navigation or the timer'),
  }),
]);

/** Item-level commands typed per collection, so callers get the right item shape. */
type ItemCommands = {
  [K in CollectionKey]:
    | { type: 'addItem'; collection: K; item: ItemOf<K>; index?: number }
    | { type: 'updateItem'; collection: K; id: string; patch: Partial<Omit<ItemOf<K>, 'id'>> }
    | { type: 'removeItem'; collection: K; id: string }
    | { type: 'moveItem'; collection: K; id: string; toIndex: number };
}[CollectionKey];

export type Command =
  | { type: 'updateSetup'; patch: Partial<Setup> }
  | { type: 'goToPhase'; phase: PhaseId }
  | ItemCommands
  | { type: 'setRole'; activityId: string; teamId: string; role: RaciRole; assigned: boolean }
  | { type: 'setPulseScore'; participantId: string; statementId: string; score: number | null }
  | { type: 'startTimer'; agendaItemId: string; at: string }
  | { type: 'pauseTimer'; at: string }
  | { type: 'addTimerMinutes'; minutes: number }
  | { type: 'resetTimer' }
  | { type: 'castDot'; voteId: string; optionId: string; delta: 1 | -1 }
  | { type: 'recordHand'; voteId: string; fingers: number }
  | { type: 'closeVote'; voteId: string; decisionId: string; at: string }
  | { type: 'convertNote'; noteId: string; into: 'stage' | 'activity' | 'criterion' | 'action'; newId: string; targetId?: string }
  /** Several edits applied together, all or nothing, as one undo step (e.g. adding a template's stages). */
  | { type: 'batch'; label: string; commands: BatchableCommand[] };

export type BatchableCommand = Exclude<Command, { type: 'batch' | 'goToPhase' | 'startTimer' | 'pauseTimer' | 'addTimerMinutes' | 'resetTimer' }>;

export type CommandType = Command['type'];

/**
 * Undo policy per command (Excalidraw's "capture" idea): facilitator edits are undoable;
 * moving between phases and running the timer are navigation, not edits.
 */
export const UNDOABLE: Record<CommandType, boolean> = {
  updateSetup: true,
  goToPhase: false,
  addItem: true,
  updateItem: true,
  removeItem: true,
  moveItem: true,
  setRole: true,
  setPulseScore: true,
  startTimer: false,
  pauseTimer: false,
  addTimerMinutes: false,
  resetTimer: false,
  castDot: true,
  recordHand: true,
  closeVote: true,
  convertNote: true,
  batch: true,
} satisfies Record<CommandType, boolean>;

/**
 * Consecutive edits of the same fields of the same item merge into one undo step, so undo
 * after typing a word removes the word, not one letter.
 */
export function coalesceKey(command: Command): string | null {
  switch (command.type) {
    case 'updateSetup':
      return `setup:${Object.keys(command.patch).sort().join(',')}`;
    case 'updateItem':
      return `${command.collection}:${command.id}:${Object.keys(command.patch).sort().join(',')}`;
    default:
      return null;
  }
}
