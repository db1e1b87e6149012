/**
 * The workshop document: everything a facilitator captures during the day, as strict zod
 * schemas. Strict objects reject unknown keys, so an import can never smuggle in data the
 * app does not understand; every string is bounded so a hostile file cannot balloon memory.
 */
import { z } from 'zod';
import { meetingScheduleSchema } from './meetingSchedule';
import { RESPONSIBILITIES_VIEWS, type RoomFocus } from './roomFocus';

/** The schema version this build writes. Bump it only together with a new migration step. */
export const CURRENT_SCHEMA_VERSION = 9;

const MAX_ID = 64;
const MAX_SHORT = 300;
const MAX_LONG = 10_000;
/** The longest multi-line text a field holds (for a field's own length hint). */
export const MAX_LONG_TEXT = MAX_LONG;

export const idSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(MAX_ID)
  .regex(/^[A-Za-z0-9_-]+$/, 'may only hold letters, digits, "-" and "_"');
/**
 * Control characters (NUL, BEL, ESC, DEL, the C1 range…) have no place in what a facilitator
 * types: they garble the projector, the PDF and every export. Tab is allowed everywhere; line
 * breaks only in multi-line text.
 */
export const SINGLE_LINE_TEXT = /^[^\u0000-\u0008\u000A-\u001F\u007F-\u009F]*$/;
const MULTI_LINE_TEXT = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]*$/;
export const SINGLE_LINE_MESSAGE = 'must be one line of text, without line breaks or control characters (such as NUL, BEL or ESC)';
export const MULTI_LINE_MESSAGE = 'must not contain control characters (such as NUL, BEL or ESC)';
export const shortText = z.string().max(MAX_SHORT, `must be at most ${MAX_SHORT} characters`).regex(SINGLE_LINE_TEXT, SINGLE_LINE_MESSAGE);
export const longText = z.string().max(MAX_LONG, `must be at most ${MAX_LONG} characters`).regex(MULTI_LINE_TEXT, MULTI_LINE_MESSAGE);
/** ISO-8601 timestamp with offset, e.g. 2026-11-22T14:06:15.000Z. */
const timestampSchema = z.iso.datetime({ offset: true });
/** A calendar day, or empty while not chosen yet. */
const daySchema = z.union([z.iso.date(), z.literal('')]);
const count = (max: number) => z.number().int().min(0).max(max);

/** How many items each list may hold: the schema enforces them, and commands refuse to go past them. */
const LIST_LIMITS = {
  teams: 30,
  participants: 500,
  agenda: 50,
  pulseStatements: 50,
  pulseScores: 25_000,
  stages: 100,
  activities: 5_000,
  handoffs: 100,
  bestCustomers: 500,
  goals: 500,
  incentives: 500,
  meetings: 200,
  insightLoops: 200,
  rotations: 200,
  glossary: 500,
  sponsors: 20,
  actions: 2_000,
  parkingLot: 2_000,
  decisions: 2_000,
  votes: 1_000,
  notes: 10_000,
  charterVersions: 200,
  strokesPerSignature: 100,
  pointsPerStroke: 1_000,
  /** Pages of one charter section the room can page through in review. */
  reviewPages: 10_000,
  rolesPerActivity: 120,
  criteriaPerDefinition: 50,
  handsPerVote: 1_000,
  dotsPerOption: 10_000,
  timerSeconds: 7 * 24 * 3600,
  timerExtraMinutes: 24 * 60,
  /** Agenda items with time recorded: today's agenda, and room for items removed after they ran. */
  timeSpent: 200,
  /** Signed workshops a check-in looks back on: the first workshop and the check-ins since. */
  earlierWorkshops: 40,
} as const;

export const LIMITS = {
  ...LIST_LIMITS,
  /**
   * As many open points as a workshop within the limits above can have (signoffWarnings), so
   * "Accept all" always fits: per activity at most two (no accountable team or more than one,
   * and nobody responsible), per stage two (no activities, claimed by two teams), per action one
   * (no owner).
   */
  acceptedWarnings: 2 * LIST_LIMITS.activities + 2 * LIST_LIMITS.stages + LIST_LIMITS.actions,
} as const;

export const PHASE_IDS = [
  'setup',
  'pulse',
  'sinceLastTime',
  'buyingProcess',
  'responsibilities',
  'handoff',
  'bestCustomers',
  'goals',
  'rhythm',
  'actions',
  'signoff',
] as const;
export const phaseIdSchema = z.enum(PHASE_IDS);
export type PhaseId = z.infer<typeof phaseIdSchema>;

const teamKindSchema = z.enum(['sales', 'marketing', 'leadership', 'custom']);
export const teamSchema = z.strictObject({
  id: idSchema,
  name: shortText.min(1, 'must not be empty'),
  kind: teamKindSchema,
});

export const participantSchema = z.strictObject({
  id: idSchema,
  name: shortText,
  jobTitle: shortText,
  teamId: idSchema,
});

export const agendaItemSchema = z.strictObject({
  id: idSchema,
  phase: phaseIdSchema,
  minutes: count(24 * 60),
  included: z.boolean(),
});

/** The running timer of the current agenda item; wall-clock times come in with commands. */
const timerSchema = z.strictObject({
  agendaItemId: idSchema.nullable(),
  /** When the timer was last started; null while paused. */
  runningSince: timestampSchema.nullable(),
  /** Time already used before `runningSince`. */
  elapsedSeconds: count(LIMITS.timerSeconds),
  extraMinutes: count(LIMITS.timerExtraMinutes),
});

/**
 * The time the room actually spent on an agenda item, as the timer measured it: what "behind
 * or ahead of the plan" is read from. One entry per item that ran, kept when the item is later
 * removed (the day still started when it did). The stint the timer is running now is not in
 * here yet: it is added when the timer pauses or moves to another item. Running the day, never
 * part of the charter.
 */
const timeSpentSchema = z.strictObject({
  agendaItemId: idSchema,
  /** When the timer first ran for this item, by the host's clock; the day starts at the earliest. */
  firstStartedAt: timestampSchema,
  /** Whole seconds the timer ran for it, over every stint up to the last pause or switch. */
  seconds: count(LIMITS.timerSeconds),
});
export type TimeSpent = z.infer<typeof timeSpentSchema>;

/**
 * What the projector shows: the live workshop; a blank screen; the picture it showed when the
 * facilitator froze it (while they edit or look something up); or a break screen with the time
 * the room is back. Room state like the current phase: never part of the charter.
 */
const ROOM_SCREENS = ['live', 'blank', 'frozen', 'break'] as const;

/** Validates a RoomFocus (see roomFocus.ts). */
const roomFocusSchema = z.strictObject({
  stageId: idSchema.nullable(),
  responsibilitiesView: z.enum(RESPONSIBILITIES_VIEWS),
}) satisfies z.ZodType<RoomFocus>;

const roomSchema = z.strictObject({
  screen: z.enum(ROOM_SCREENS),
  /** When the break ends, by the host's clock; set while the screen is 'break', null otherwise. */
  breakEndsAt: timestampSchema.nullable(),
  focus: roomFocusSchema,
});
/** The longest break a facilitator can announce, in minutes (a long lunch). */
export const MAX_BREAK_MINUTES = 240;

/**
 * The facilitator's private prompts, one text per phase (empty when there are none): never on
 * the projector, never in the charter or an export for the room. Every phase has its entry, like
 * every other field of the document.
 */
const facilitatorNotesSchema = z.record(phaseIdSchema, longText);
export type FacilitatorNotes = z.infer<typeof facilitatorNotesSchema>;
/** No notes for any phase. */
export const noFacilitatorNotes = (): FacilitatorNotes => Object.fromEntries(PHASE_IDS.map((phase) => [phase, ''])) as FacilitatorNotes;

const PAPER_SIZES = ['a4', 'letter'] as const;
export const paperSizeSchema = z.enum(PAPER_SIZES);
export type PaperSize = z.infer<typeof paperSizeSchema>;

export const setupSchema = z.strictObject({
  company: shortText,
  title: shortText,
  date: daySchema,
  venue: shortText,
  facilitator: shortText,
  dayLengthMinutes: count(24 * 60),
  templateId: shortText,
  /** The charter's paper; null follows the locale of the machine that prints it (Letter in the Americas, A4 elsewhere). */
  paperSize: paperSizeSchema.nullable(),
});

export const pulseStatementSchema = z.strictObject({ id: idSchema, text: shortText });
const pulseScoreSchema = z.strictObject({
  participantId: idSchema,
  statementId: idSchema,
  score: z.number().int().min(1).max(5),
});

export const stageSchema = z.strictObject({
  id: idSchema,
  name: shortText,
  /** What the customer is trying to do in this stage. */
  customerGoal: longText,
  customerQuestions: longText,
  touchpoints: longText,
  /** The signal that the customer is ready for the next stage. */
  exitCriterion: longText,
  measure: longText,
  /** Teams that say they lead this stage; more than one without `leadShared` is a conflict. */
  leadClaims: z.array(idSchema).max(20),
  leadShared: z.boolean(),
});

export const raciRoleSchema = z.enum(['R', 'A', 'C', 'I']);
export type RaciRole = z.infer<typeof raciRoleSchema>;
const roleAssignmentSchema = z.strictObject({ teamId: idSchema, role: raciRoleSchema });

export const activitySchema = z.strictObject({
  id: idSchema,
  stageId: idSchema,
  name: shortText,
  description: longText,
  roles: z.array(roleAssignmentSchema).max(LIMITS.rolesPerActivity),
});

const leadDefinitionSchema = z.strictObject({
  id: idSchema,
  name: shortText,
  shortName: shortText,
  criteria: z.array(shortText).max(LIMITS.criteriaPerDefinition),
});

export const handoffSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(['handoff', 'handback']),
  fromStageId: idSchema,
  toStageId: idSchema,
  fromTeamId: idSchema,
  toTeamId: idSchema,
  leadDefinitions: z.array(leadDefinitionSchema).max(20),
  passedAlong: longText,
  followUpHours: count(10_000).nullable(),
  followUpAttempts: count(1_000).nullable(),
  volumePerPeriod: count(10_000_000).nullable(),
  volumePeriod: z.enum(['week', 'month', 'quarter']),
  rejectionReasons: z.array(shortText).max(50),
  recyclePath: longText,
  feedbackLoop: longText,
});

export const bestCustomerSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(['segment', 'account']),
  name: shortText,
  whyValuable: longText,
  marketingDoes: longText,
  salesDoes: longText,
});

export const goalSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(['shared', 'team']),
  name: shortText,
  definition: longText,
  ownerTeamIds: z.array(idSchema).max(20),
  target: shortText,
  reviewCadence: shortText,
});

export const incentiveSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(['shared', 'individual']),
  description: longText,
  teamIds: z.array(idSchema).max(20),
});

export const meetingSchema = z.strictObject({
  id: idSchema,
  name: shortText,
  /** The cadence in the facilitator's words ("Every second Monday, 45 min"): what the room reads. */
  cadence: shortText,
  /** The same as data a calendar can use; null until the room sets it (or a file's words could not be read). */
  schedule: meetingScheduleSchema.nullable(),
  attendees: shortText,
  purpose: longText,
});
/**
 * A meeting as a charter's content holds it: without a schedule there is no `schedule` key, so a
 * charter that has none reads, and fingerprints, exactly as before schedules existed.
 */
const charterMeetingSchema = meetingSchema.extend({ schedule: meetingScheduleSchema.optional() });

export const insightLoopSchema = z.strictObject({
  id: idSchema,
  information: shortText,
  fromTeamId: idSchema.nullable(),
  toTeamId: idSchema.nullable(),
  system: shortText,
  frequency: shortText,
});

export const rotationSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(['rotation', 'rideAlong', 'coLocation']),
  description: longText,
  who: shortText,
  when: shortText,
});

export const glossaryEntrySchema = z.strictObject({ id: idSchema, term: shortText, definition: longText });

export const sponsorSchema = z.strictObject({
  id: idSchema,
  participantId: idSchema.nullable(),
  name: shortText,
  role: shortText,
});

export const actionSchema = z.strictObject({
  id: idSchema,
  title: shortText,
  ownerParticipantId: idSchema.nullable(),
  due: daySchema,
  status: z.enum(['open', 'inProgress', 'done']),
  /** The stage of the buying process the action came from, if it came from one. */
  stageId: idSchema.nullable(),
  /** The part of the day (the phase) the action came from, if the facilitator said. */
  topic: phaseIdSchema.nullable(),
});
/** An action as a charter keeps it: an action from before stages and topics were recorded has neither key. */
const charterActionSchema = actionSchema.extend({ stageId: idSchema.optional(), topic: phaseIdSchema.optional() });

export const parkingLotItemSchema = z.strictObject({
  id: idSchema,
  text: longText,
  raisedInPhase: phaseIdSchema,
  createdAt: timestampSchema,
});

export const decisionSchema = z.strictObject({
  id: idSchema,
  text: longText,
  method: z.enum(['agreement', 'dotVote', 'fistOfFive']),
  result: shortText,
  dissent: longText,
  decidedAt: timestampSchema,
});

export const voteOptionSchema = z.strictObject({ id: idSchema, label: shortText, dots: count(LIMITS.dotsPerOption) });

/** A dot vote or a fist-of-five check on any contested item; closing it records a decision. */
export const voteSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(['dotVote', 'fistOfFive']),
  question: shortText,
  /** Dot votes: the options and the dots each received. */
  options: z.array(voteOptionSchema).max(30),
  /** Fist of five: one entry per hand shown, 0 (fist, blocks) to 5 (full support). */
  hands: z.array(z.number().int().min(0).max(5)).max(LIMITS.handsPerVote),
  status: z.enum(['open', 'closed']),
  createdAt: timestampSchema,
});

export const stickyNoteSchema = z.strictObject({
  id: idSchema,
  phase: phaseIdSchema,
  text: longText,
  colour: z.enum(['yellow', 'blue', 'orange', 'green', 'pink']),
  createdAt: timestampSchema,
});

const rhythmShape = {
  meetings: z.array(meetingSchema).max(LIMITS.meetings),
  insightLoops: z.array(insightLoopSchema).max(LIMITS.insightLoops),
  rotations: z.array(rotationSchema).max(LIMITS.rotations),
  glossary: z.array(glossaryEntrySchema).max(LIMITS.glossary),
  sponsors: z.array(sponsorSchema).max(LIMITS.sponsors),
};
const rhythmSchema = z.strictObject(rhythmShape);
const charterRhythmSchema = z.strictObject({ ...rhythmShape, meetings: z.array(charterMeetingSchema).max(LIMITS.meetings) });

/** Where a drawn signature lives: integer coordinates on a fixed pad, so strokes are exact and small. */
const SIGNATURE_PAD = { width: 1000, height: 300 } as const;
/** Milliseconds since the first point of the signature; bounded at ten minutes. */
const MAX_STROKE_TIME_MS = 600_000;

const padX = z.number().int().min(0).max(SIGNATURE_PAD.width);
const padY = z.number().int().min(0).max(SIGNATURE_PAD.height);
/** One sampled point: [x, y] or [x, y, t]. */
const strokePointSchema = z.union([z.tuple([padX, padY]), z.tuple([padX, padY, z.number().int().min(0).max(MAX_STROKE_TIME_MS)])]);
const strokeSchema = z.array(strokePointSchema).min(1).max(LIMITS.pointsPerStroke);
export const strokesSchema = z.array(strokeSchema).max(LIMITS.strokesPerSignature);
export type Stroke = z.infer<typeof strokeSchema>;

const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 hash (64 lower-case hex digits)');
/** An IANA time zone name such as Europe/Berlin or UTC. */
const timeZoneSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_+\-/]+$/, 'must be a time zone name such as Europe/Berlin');
/** Local time with its UTC offset, e.g. 2026-11-22T16:05:00+01:00: what the facilitator's device clock read. */
export const localTimestampSchema = z.iso.datetime({ offset: true });

/**
 * One signature: who signed, what they read (the statement) and saw (the fingerprint), how they
 * signed (typed name and drawn strokes), when by this device's clock, and where it sits in the
 * chain of this version's signatures (`previousHash`), so the order cannot be rearranged unnoticed.
 */
export const signatureRecordSchema = z.strictObject({
  id: idSchema,
  participantId: idSchema,
  /** As the signer typed it, in Unicode NFC, one line. */
  typedName: shortText.min(1, 'must not be empty'),
  teamId: idSchema,
  /** The plain sentence the signer agreed to (signatureStatement in src/domain/signoff.ts). */
  statement: longText.min(1, 'must not be empty'),
  strokes: strokesSchema,
  /** SHA-256 of the canonical charter content this signature binds to. */
  fingerprint: sha256HexSchema,
  signedAt: localTimestampSchema,
  timeZone: timeZoneSchema,
  /** The hash of the record before it in this version, or of the fingerprint for the first. */
  previousHash: sha256HexSchema,
  /** SHA-256 of signatureChainText(record): the record without this field. */
  hash: sha256HexSchema,
});
export type SignatureRecord = z.infer<typeof signatureRecordSchema>;

/**
 * The lists a charter shows, checked the same way in the workshop and in an earlier signed
 * version kept in its history. Two groups, so the workshop keeps its key order around them.
 */
const charterPeopleShape = {
  teams: z.array(teamSchema).min(1).max(LIMITS.teams),
  participants: z.array(participantSchema).max(LIMITS.participants),
};
const charterAgreementsShape = {
  pulse: z.strictObject({
    statements: z.array(pulseStatementSchema).max(LIMITS.pulseStatements),
    scores: z.array(pulseScoreSchema).max(LIMITS.pulseScores),
  }),
  stages: z.array(stageSchema).max(LIMITS.stages),
  activities: z.array(activitySchema).max(LIMITS.activities),
  handoffs: z.array(handoffSchema).max(LIMITS.handoffs),
  bestCustomers: z.array(bestCustomerSchema).max(LIMITS.bestCustomers),
  goals: z.array(goalSchema).max(LIMITS.goals),
  incentives: z.array(incentiveSchema).max(LIMITS.incentives),
  rhythm: rhythmSchema,
  actions: z.array(actionSchema).max(LIMITS.actions),
  parkingLot: z.array(parkingLotItemSchema).max(LIMITS.parkingLot),
  decisions: z.array(decisionSchema).max(LIMITS.decisions),
};

/**
 * A signed workshop as a check-in remembers it: what the comparison needs (the pulse, the
 * actions, the hand-off commitments, and who was in which team), exactly as it was signed, so
 * the before and after needs no other file and a third check-in still sees the first day.
 */
const earlierWorkshopSchema = z.strictObject({
  workshopId: idSchema,
  title: shortText,
  /** The workshop's day as its setup says (may be empty). */
  date: daySchema,
  /** The charter version that was signed, and its fingerprint (printed on that charter). */
  charterVersion: z.number().int().min(1).max(100_000),
  fingerprint: sha256HexSchema,
  ...charterPeopleShape,
  pulse: charterAgreementsShape.pulse,
  actions: z.array(charterActionSchema).max(LIMITS.actions),
  handoffs: charterAgreementsShape.handoffs,
});
export type EarlierWorkshop = z.infer<typeof earlierWorkshopSchema>;

export const ACTION_OUTCOMES = ['done', 'late', 'dropped', 'open'] as const;
const actionOutcomeSchema = z.enum(ACTION_OUTCOMES);
export type ActionOutcome = z.infer<typeof actionOutcomeSchema>;

/** What became of one action agreed last time, as the room says at the check-in. */
export const actionReviewSchema = z.strictObject({
  /** An action of the latest earlier workshop. */
  actionId: idSchema,
  outcome: actionOutcomeSchema.nullable(),
  reason: longText,
});
export type ActionReview = z.infer<typeof actionReviewSchema>;

/** What actually happened at one hand-off, against the numbers the teams committed to last time. */
export const commitmentResultSchema = z.strictObject({
  /** A hand-off of the latest earlier workshop. */
  handoffId: idSchema,
  followUpHours: handoffSchema.shape.followUpHours,
  followUpAttempts: handoffSchema.shape.followUpAttempts,
  volumePerPeriod: handoffSchema.shape.volumePerPeriod,
  note: longText,
});
export type CommitmentResult = z.infer<typeof commitmentResultSchema>;

/** A check-in workshop: the series it belongs to, what it looks back on, and the room's review. */
const checkInSchema = z.strictObject({
  /** Shared by the first workshop (its id) and every check-in after it. */
  seriesId: idSchema,
  /** The signed workshops before this one, oldest first; the last is the one this check-in follows. */
  earlier: z.array(earlierWorkshopSchema).min(1).max(LIMITS.earlierWorkshops),
  actionReviews: z.array(actionReviewSchema).max(LIMITS.actions),
  commitmentResults: z.array(commitmentResultSchema).max(LIMITS.handoffs),
});
type CheckIn = z.infer<typeof checkInSchema>;

/** What a charter said (charterContent's output), kept so an earlier signed version stays readable. */
export const charterContentSchema = z.strictObject({
  charterFormat: z.number().int().min(1).max(1_000),
  workshopId: idSchema,
  cover: z.strictObject({ company: shortText, title: shortText, date: daySchema, venue: shortText, facilitator: shortText }),
  ...charterPeopleShape,
  ...charterAgreementsShape,
  actions: z.array(charterActionSchema).max(LIMITS.actions),
  rhythm: charterRhythmSchema,
  /** Only a check-in's charter has it: what it looked back on, and the room's review. */
  checkIn: checkInSchema.optional(),
});

/** An earlier charter version that was signed at least once, as it was when an edit superseded it. */
const signedVersionSchema = z.strictObject({
  number: z.number().int().min(1).max(100_000),
  fingerprint: sha256HexSchema,
  content: charterContentSchema,
  signatures: z.array(signatureRecordSchema).min(1).max(LIMITS.participants),
  /** Who was marked absent for this version, so its charter still says so. */
  absent: z.array(idSchema).max(LIMITS.participants),
  /** The open points the facilitator accepted for this version, so its charter still lists them as accepted. */
  acceptedWarnings: z.array(shortText).max(LIMITS.acceptedWarnings),
});

/** The sign-off of the charter: the current version's state and the history of signed versions. */
const signoffSchema = z.strictObject({
  /** The current charter version, from 1; an edit of the charter after a signature starts the next. */
  charterVersion: z.number().int().min(1).max(100_000),
  versions: z.array(signedVersionSchema).max(LIMITS.charterVersions),
  /** Signatures of the current version, in the order they were given (a hash chain). */
  signatures: z.array(signatureRecordSchema).max(LIMITS.participants),
  /** Participants marked absent for the current version: the charter can be final without them. */
  absent: z.array(idSchema).max(LIMITS.participants),
  /** Keys of unresolved checks the facilitator accepted for the current version. */
  acceptedWarnings: z.array(shortText).max(LIMITS.acceptedWarnings),
  /**
   * The charter section the room is reviewing (the console and the projector show the same one);
   * null before the review starts. Room state, like the current phase: not part of the charter.
   */
  reviewSection: z.string().max(40).nullable(),
  /** The page of that section the room is reading, from 0 (a long section is reviewed page by page). */
  reviewPage: z.number().int().min(0).max(LIMITS.reviewPages),
});
export type Signoff = z.infer<typeof signoffSchema>;

export const workshopSchema = z.strictObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id: idSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  setup: setupSchema,
  ...charterPeopleShape,
  agenda: z.array(agendaItemSchema).max(LIMITS.agenda),
  currentPhase: phaseIdSchema,
  timer: timerSchema,
  timeSpent: z.array(timeSpentSchema).max(LIMITS.timeSpent),
  room: roomSchema,
  facilitatorNotes: facilitatorNotesSchema,
  ...charterAgreementsShape,
  votes: z.array(voteSchema).max(LIMITS.votes),
  notes: z.array(stickyNoteSchema).max(LIMITS.notes),
  signoff: signoffSchema,
  /** Null for a first workshop; a check-in's look back on the workshops before it. */
  checkIn: checkInSchema.nullable(),
});

export type Workshop = z.infer<typeof workshopSchema>;
export type Team = z.infer<typeof teamSchema>;
export type Participant = z.infer<typeof participantSchema>;
export type AgendaItem = z.infer<typeof agendaItemSchema>;
export type Stage = z.infer<typeof stageSchema>;
export type Activity = z.infer<typeof activitySchema>;
export type Handoff = z.infer<typeof handoffSchema>;
export type LeadDefinition = z.infer<typeof leadDefinitionSchema>;
export type StickyNote = z.infer<typeof stickyNoteSchema>;
export type Vote = z.infer<typeof voteSchema>;
export type Decision = z.infer<typeof decisionSchema>;
export type Action = z.infer<typeof actionSchema>;
export type Setup = z.infer<typeof setupSchema>;
