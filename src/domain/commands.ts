/**
 * Every change to a workshop is one of these commands, defined once as zod schemas: the
 * TypeScript types are inferred from them. Item payloads are checked again against their
 * collection in applyCommand, which is where a rejection gets its precise field path.
 * Ids of items a command creates and the time it happens are stamped by the host through the
 * command context (intent commands), never taken from a window's clock.
 */
import { z } from 'zod';
import { CHARTER_SECTION_IDS } from './charterModel';
import { COLLECTION_KEYS, type CollectionKey, type ItemOf } from './collections';
import { RESPONSIBILITIES_VIEWS } from './roomFocus';
import { actionReviewSchema, commitmentResultSchema, decisionSchema, idSchema, LIMITS, longText, MAX_BREAK_MINUTES, parkingLotItemSchema, phaseIdSchema, raciRoleSchema, setupSchema, shortText, stickyNoteSchema, strokesSchema, voteOptionSchema, voteSchema } from './workshopSchema';

const collectionKeySchema = z.enum(COLLECTION_KEYS);
const indexSchema = z.number().int().min(0).max(100_000);

/** Edits of the workshop's content: undoable, and may be grouped in a batch. */
const editCommandSchemas = [
  z.strictObject({ type: z.literal('updateSetup'), patch: setupSchema.partial().strict() }),
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
  z.strictObject({ type: z.literal('castDot'), voteId: idSchema, optionId: idSchema, delta: z.union([z.literal(1), z.literal(-1)]) }),
  z.strictObject({ type: z.literal('recordHand'), voteId: idSchema, fingers: z.number().int().min(0).max(5) }),
  /** Opens a dot vote (with its options' labels) or a fist-of-five check; the host gives it its ids and time. */
  z.strictObject({
    type: z.literal('startVote'),
    kind: voteSchema.shape.kind,
    question: voteSchema.shape.question,
    options: z.array(voteOptionSchema.shape.label).max(30),
  }),
  /** Closes the vote and records its outcome as a decision, with the host's id and time. */
  z.strictObject({ type: z.literal('closeVote'), voteId: idSchema }),
  /** A decision written into the log by hand; the host gives it its id and time. */
  decisionSchema.omit({ id: true, decidedAt: true }).extend({ type: z.literal('addDecision') }),
  /** A sticky note as typed; the host gives it its id and time. */
  stickyNoteSchema.omit({ id: true, createdAt: true }).extend({ type: z.literal('addNote') }),
  /** A topic for the parking lot; the host gives it its id and time. */
  parkingLotItemSchema.omit({ id: true, createdAt: true }).extend({ type: z.literal('parkTopic') }),
  z.strictObject({
    type: z.literal('convertNote'),
    noteId: idSchema,
    into: z.enum(['stage', 'activity', 'criterion', 'action']),
    /** The stage (for an activity) or lead definition (for a criterion) it goes into. */
    targetId: idSchema.optional(),
  }),
  /** The facilitator's private notes for a phase (the whole text, replacing the previous one). */
  z.strictObject({ type: z.literal('setFacilitatorNote'), phase: phaseIdSchema, text: longText }),
  /**
   * The unresolved checks the facilitator accepts for the current charter version (the whole
   * list, replacing the previous one). Only before the first signature of the version: what was
   * accepted is part of what the signers saw (acceptedWarningsLocked in signoff.ts).
   */
  z.strictObject({ type: z.literal('acceptWarnings'), keys: z.array(shortText).max(LIMITS.acceptedWarnings) }),
  /** A check-in's verdict on an action agreed last time (outcome and reason; a field left out keeps its value). */
  z.strictObject({ type: z.literal('reviewAction'), actionId: idSchema, patch: actionReviewSchema.omit({ actionId: true }).partial().strict() }),
  /** What actually happened at a hand-off since last time (a field left out keeps its value). */
  z.strictObject({
    type: z.literal('recordCommitmentResult'),
    handoffId: idSchema,
    patch: commitmentResultSchema.omit({ handoffId: true }).partial().strict(),
  }),
] as const;

/** Moving between phases, running the timer and what the projector shows: navigation, never undone nor batched. */
const navigationCommandSchemas = [
  z.strictObject({ type: z.literal('goToPhase'), phase: phaseIdSchema }),
  /** Starts (or resumes) the timer of an agenda item at the host's time. */
  z.strictObject({ type: z.literal('startTimer'), agendaItemId: idSchema }),
  z.strictObject({ type: z.literal('pauseTimer') }),
  z.strictObject({ type: z.literal('addTimerMinutes'), minutes: z.number().int().min(-240).max(240) }),
  z.strictObject({ type: z.literal('resetTimer') }),
  /**
   * Shows the room a section of the charter under review (null: back to the overview), on the
   * console and the projector alike; `page` is the page of a long section (from 0, default 0).
   * Each view lays the section out for its own screen and shows its last page when asked for more.
   */
  z.strictObject({
    type: z.literal('showCharterSection'),
    section: z.enum(CHARTER_SECTION_IDS).nullable(),
    page: z.number().int().min(0).max(LIMITS.reviewPages).optional(),
  }),
  /** What the projector shows: live, blank, or frozen on its current picture (a break has its own command). */
  z.strictObject({ type: z.literal('showRoomScreen'), screen: z.enum(['live', 'blank', 'frozen']) }),
  /** A break screen until the host's time plus these minutes ("Back at 10:45"), with a countdown. */
  z.strictObject({ type: z.literal('startBreak'), minutes: z.number().int().min(1).max(MAX_BREAK_MINUTES) }),
  /**
   * What the facilitator is discussing, for the projector to show the same: the stage they
   * selected or work in (null: none), the Responsibilities view they chose, or both. A field
   * left out keeps its value.
   */
  z.strictObject({
    type: z.literal('focusRoom'),
    stageId: idSchema.nullable().optional(),
    responsibilitiesView: z.enum(RESPONSIBILITIES_VIEWS).optional(),
  }),
] as const;

/**
 * Sign-off: each participant's own act (signing, withdrawing) or the room's state (who is absent),
 * never part of the facilitator's undo history and never batched. The host stamps a signature
 * with its clock and hashes; the command carries what the signer saw and did.
 */
const signoffCommandSchemas = [
  z.strictObject({
    type: z.literal('sign'),
    participantId: idSchema,
    /** As typed; stored in NFC without surrounding spaces, and must be one line. */
    typedName: shortText,
    /** The drawn signature, in the signature pad's integer coordinates. */
    strokes: strokesSchema,
    /** The fingerprint of the charter the signer reviewed: refused if the charter has changed since. */
    fingerprint: z.string().regex(/^[0-9a-f]{64}$/, 'must be a charter fingerprint (64 lower-case hex digits)'),
  }),
  /** Withdraws a participant's signature of the current version, while the charter is not final. */
  z.strictObject({ type: z.literal('withdrawSignature'), participantId: idSchema }),
  z.strictObject({ type: z.literal('markAbsent'), participantId: idSchema }),
  z.strictObject({ type: z.literal('markPresent'), participantId: idSchema }),
] as const;

const editCommandSchema = z.discriminatedUnion('type', [...editCommandSchemas]);

/** The command types a batch may hold, read off the schemas above. */
export const BATCHABLE_TYPES: readonly string[] = editCommandSchemas.map((schema) => schema.shape.type.value);

export const commandSchema = z.discriminatedUnion('type', [
  ...editCommandSchemas,
  ...navigationCommandSchemas,
  ...signoffCommandSchemas,
  z.strictObject({
    type: z.literal('batch'),
    /** What the batch does, in words (for logs and future history views). */
    label: z.string().max(200),
    commands: z.array(editCommandSchema).min(1).max(500),
  }),
]);

type CommandInput = z.input<typeof commandSchema>;
type ItemCommandType = 'addItem' | 'updateItem' | 'removeItem' | 'moveItem';

/** Item commands typed per collection, so callers get the right item shape. */
type ItemCommands = {
  [K in CollectionKey]:
    | { type: 'addItem'; collection: K; item: ItemOf<K>; index?: number }
    | { type: 'updateItem'; collection: K; id: string; patch: Partial<Omit<ItemOf<K>, 'id'>> }
    | { type: 'removeItem'; collection: K; id: string }
    | { type: 'moveItem'; collection: K; id: string; toIndex: number };
}[CollectionKey];

/** The inferred commands, with the loosely typed item commands narrowed per collection. */
type WithTypedItems<C> = Exclude<C, { type: ItemCommandType }> | ItemCommands;

/** An edit that may be grouped in a batch. */
export type BatchableCommand = WithTypedItems<z.input<typeof editCommandSchema>>;

type BatchInput = Extract<CommandInput, { type: 'batch' }>;

export type Command =
  | WithTypedItems<Exclude<CommandInput, { type: 'batch' }>>
  /** Several edits applied together, all or nothing, as one undo step (e.g. adding a template's stages). */
  | (Omit<BatchInput, 'commands'> & { commands: BatchableCommand[] });

export type CommandType = Command['type'];

/**
 * Undo policy per command (Excalidraw's "capture" idea): facilitator edits are undoable;
 * moving between phases and running the timer are navigation, not edits. Signing, withdrawing
 * and marking someone absent belong to the participants, not to the facilitator's history;
 * accepting warnings is the facilitator's own decision and can be undone like an edit.
 */
export const UNDOABLE = {
  updateSetup: true,
  addItem: true,
  updateItem: true,
  removeItem: true,
  moveItem: true,
  setRole: true,
  setPulseScore: true,
  castDot: true,
  recordHand: true,
  startVote: true,
  closeVote: true,
  addDecision: true,
  addNote: true,
  parkTopic: true,
  convertNote: true,
  goToPhase: false,
  startTimer: false,
  pauseTimer: false,
  addTimerMinutes: false,
  resetTimer: false,
  showCharterSection: false,
  showRoomScreen: false,
  startBreak: false,
  focusRoom: false,
  setFacilitatorNote: true,
  sign: false,
  withdrawSignature: false,
  markAbsent: false,
  markPresent: false,
  acceptWarnings: true,
  reviewAction: true,
  recordCommitmentResult: true,
  batch: true,
} as const satisfies Record<CommandType, boolean>;

/**
 * Commands after which the undo history starts afresh. Undoing or redoing an edit made before a
 * signature would change, under the signer's name, the charter they signed; an edit made after
 * it starts a new charter version instead (applyCommand), and that edit stays undoable. A
 * withdrawal or a change of who is absent also ends it: its steps hold the sign-off as it was.
 */
const ENDS_UNDO_HISTORY = {
  sign: true,
  // Redo after these would replay steps recorded over signatures that were then withdrawn or
  // re-ordered, and bring a withdrawn signature back into a signed version.
  withdrawSignature: true,
  markAbsent: true,
  markPresent: true,
} as const satisfies Partial<Record<CommandType, true>>;

export const endsUndoHistory = (command: Command): boolean => Object.hasOwn(ENDS_UNDO_HISTORY, command.type);

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
    case 'setFacilitatorNote':
      return `facilitatorNotes:${command.phase}`;
    case 'reviewAction':
      return `actionReview:${command.actionId}:${Object.keys(command.patch).sort().join(',')}`;
    case 'recordCommitmentResult':
      return `commitmentResult:${command.handoffId}:${Object.keys(command.patch).sort().join(',')}`;
    default:
      return null;
  }
}
