/**
 * What a charter says, and so what a signature binds to: the parts of a workshop that the
 * charter shows, and nothing that merely runs the day (timer, current phase, agenda, open
 * votes, sticky notes, save times). Editing any of it changes the fingerprint; moving to
 * another phase or starting the timer does not. The signatures themselves are outside it:
 * they sign this content, they are not part of it.
 */
import { canonicalJson } from './canonicalJson';
import type { Workshop } from './workshopSchema';

/** Bumped if the shape below ever changes, so an old fingerprint is never compared with a new shape. */
const CHARTER_CONTENT_FORMAT = 1;

export type CharterSource = Pick<
  Workshop,
  | 'id'
  | 'setup'
  | 'teams'
  | 'participants'
  | 'pulse'
  | 'stages'
  | 'activities'
  | 'handoffs'
  | 'bestCustomers'
  | 'goals'
  | 'incentives'
  | 'rhythm'
  | 'actions'
  | 'parkingLot'
  | 'decisions'
  | 'checkIn'
>;

type Meeting = Workshop['rhythm']['meetings'][number];
/** A meeting without a schedule has no `schedule` key, so charters from before schedules keep their fingerprint. */
function charterMeeting({ schedule, ...meeting }: Meeting): Omit<Meeting, 'schedule'> & { schedule?: NonNullable<Meeting['schedule']> } {
  return schedule === null ? meeting : { ...meeting, schedule };
}

type Action = Workshop['actions'][number];
/** An action that names no stage or topic has neither key, so charters from before they were recorded keep their fingerprint. */
function charterAction({ stageId, topic, ...action }: Action): Omit<Action, 'stageId' | 'topic'> & { stageId?: string; topic?: NonNullable<Action['topic']> } {
  return { ...action, ...(stageId === null ? {} : { stageId }), ...(topic === null ? {} : { topic }) };
}

export function charterContent(workshop: CharterSource) {
  const { company, title, date, venue, facilitator } = workshop.setup;
  return {
    charterFormat: CHARTER_CONTENT_FORMAT,
    workshopId: workshop.id,
    cover: { company, title, date, venue, facilitator },
    teams: workshop.teams,
    participants: workshop.participants,
    pulse: workshop.pulse,
    stages: workshop.stages,
    activities: workshop.activities,
    handoffs: workshop.handoffs,
    bestCustomers: workshop.bestCustomers,
    goals: workshop.goals,
    incentives: workshop.incentives,
    rhythm: { ...workshop.rhythm, meetings: workshop.rhythm.meetings.map(charterMeeting) },
    actions: workshop.actions.map(charterAction),
    parkingLot: workshop.parkingLot,
    decisions: workshop.decisions,
    // Only a check-in has the key: a first workshop's charter (and its fingerprint) is as it always was.
    ...(workshop.checkIn === null ? {} : { checkIn: workshop.checkIn }),
  };
}

/** The exact text whose SHA-256 (computed by the host) is the charter's fingerprint. */
export function charterCanonicalText(workshop: CharterSource): string {
  return canonicalJson(charterContent(workshop));
}
