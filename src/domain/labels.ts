/** The words the room reads for the workshop's fixed choices: statuses, methods, kinds, roles. */
import type { NounForms } from './countNoun';
import type { ActionOutcome, Workshop } from './workshopSchema';

type Action = Workshop['actions'][number];
type Decision = Workshop['decisions'][number];
type Vote = Workshop['votes'][number];
type Goal = Workshop['goals'][number];
type Incentive = Workshop['incentives'][number];
type Rotation = Workshop['rhythm']['rotations'][number];
type RaciRole = Workshop['activities'][number]['roles'][number]['role'];

export const ACTION_STATUS_LABELS = { open: 'Open', inProgress: 'In progress', done: 'Done' } as const satisfies Record<Action['status'], string>;

/** The statuses in the order a select lists them: the schema's order (a test holds them together; no zod here, so the library page's first script stays small). */
export const ACTION_STATUSES = Object.keys(ACTION_STATUS_LABELS) as readonly Action['status'][];

/** What became of an action agreed last time, as a check-in's review says it. */
export const ACTION_OUTCOME_LABELS = { done: 'Done', late: 'Late', dropped: 'Dropped', open: 'Still open' } as const satisfies Record<ActionOutcome, string>;

export const DECISION_METHOD_LABELS = { agreement: 'Agreement', dotVote: 'Dot vote', fistOfFive: 'Fist of five' } as const satisfies Record<Decision['method'], string>;

/** In the schema's order, like ACTION_STATUSES. */
export const DECISION_METHODS = Object.keys(DECISION_METHOD_LABELS) as readonly Decision['method'][];

export const VOTE_KIND_LABELS = { dotVote: DECISION_METHOD_LABELS.dotVote, fistOfFive: DECISION_METHOD_LABELS.fistOfFive } as const satisfies Record<Vote['kind'], string>;

export const GOAL_KIND_LABELS = { shared: 'Shared goal', team: 'Team metric' } as const satisfies Record<Goal['kind'], string>;

export const INCENTIVE_KIND_LABELS = { shared: 'Shared', individual: 'Individual' } as const satisfies Record<Incentive['kind'], string>;

export const ROTATION_KIND_LABELS = { rotation: 'Job rotation', rideAlong: 'Ride-along', coLocation: 'Co-location' } as const satisfies Record<Rotation['kind'], string>;

/** RACI roles in words, capitalised as a heading ("Accountable"). */
export const RACI_ROLE_LABELS = { R: 'Responsible', A: 'Accountable', C: 'Consulted', I: 'Informed' } as const satisfies Record<RaciRole, string>;
/** The order a team's roles are read in, wherever more than one is shown. */
export const RACI_ROLE_ORDER: readonly RaciRole[] = ['R', 'A', 'C', 'I'];

/** Counted nouns the workshop's screens use, for `countNoun`. */
export const NOUNS = {
  action: { one: 'action', other: 'actions' },
  activity: { one: 'activity', other: 'activities' },
  attempt: { one: 'attempt', other: 'attempts' },
  businessHour: { one: 'business hour', other: 'business hours' },
  decision: { one: 'decision', other: 'decisions' },
  dot: { one: 'dot', other: 'dots' },
  hand: { one: 'hand', other: 'hands' },
  handoffMarker: { one: 'hand-off marker', other: 'hand-off markers' },
  note: { one: 'note', other: 'notes' },
  participant: { one: 'participant', other: 'participants' },
  problem: { one: 'problem', other: 'problems' },
  score: { one: 'score', other: 'scores' },
  stage: { one: 'stage', other: 'stages' },
  statement: { one: 'statement', other: 'statements' },
  team: { one: 'team', other: 'teams' },
  topic: { one: 'topic', other: 'topics' },
  vote: { one: 'vote', other: 'votes' },
  workshop: { one: 'workshop', other: 'workshops' },
} as const satisfies Record<string, NounForms>;
