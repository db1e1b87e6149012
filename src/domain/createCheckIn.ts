/**
 * A check-in workshop, made from a signed one months later: it carries over what the room
 * signed (the buying process, responsibilities, hand-off, best customers, goals, incentives,
 * rhythm, the action list with its statuses, the parking lot, and the people), asks the pulse
 * again, and runs a shorter agenda: the pulse, what became of the actions and the hand-off
 * numbers (Since last time), the changes to the charter, new actions and a new sign-off.
 *
 * It starts from the latest *signed* charter, not from whatever was edited after signing: the
 * comparison is with what both teams put their names to.
 */
import type { CharterContent } from './charterRecord';
import { defaultFacilitatorNotes } from './facilitatorPrompts';
import { oneLine } from './oneLine';
import { PHASES } from './phases';
import { noRoomFocus } from './roomFocus';
import { emptySignoff } from './signoff';
import { CURRENT_SCHEMA_VERSION, LIMITS, type EarlierWorkshop, type PhaseId, type Workshop } from './workshopSchema';

export interface NewCheckInOptions {
  id: string;
  /** ISO-8601 creation time. */
  now: string;
  /** Makes a fresh id (agenda items); injected so that this module stays pure. */
  newId: () => string;
}

/** The signed charter a check-in starts from: its content, version and fingerprint. */
export interface SignedCharter {
  content: CharterContent;
  version: number;
  fingerprint: string;
}

/**
 * The latest charter version with signatures: the current one if anyone signed it, else the
 * newest signed version in the history. Null when nobody ever signed.
 */
export function latestSignedCharter(workshop: Workshop, currentContent: () => CharterContent): SignedCharter | null {
  const { signoff } = workshop;
  const [first] = signoff.signatures;
  if (first) return { content: currentContent(), version: signoff.charterVersion, fingerprint: first.fingerprint };
  const newest = signoff.versions.at(-1);
  return newest ? { content: newest.content as CharterContent, version: newest.number, fingerprint: newest.fingerprint } : null;
}

/** Why a workshop cannot have a check-in yet, in words for the facilitator; null when it can. */
export function checkInRefusal(workshop: Workshop): string | null {
  return workshop.signoff.signatures.length === 0 && workshop.signoff.versions.length === 0
    ? 'Nobody has signed this workshop’s charter yet. A check-in looks back on what the room signed: finish the sign-off first.'
    : null;
}

/** The check-in's day, shorter than a first workshop: the phases it runs and their time boxes. */
const CHECK_IN_AGENDA: Record<PhaseId, { minutes: number; included: boolean }> = {
  setup: { minutes: 10, included: true },
  pulse: { minutes: 20, included: true },
  sinceLastTime: { minutes: PHASES.sinceLastTime.defaultMinutes, included: true },
  // The map and the matrix carry over as signed; the facilitator adds them back if they changed.
  buyingProcess: { minutes: 30, included: false },
  responsibilities: { minutes: 30, included: false },
  handoff: { minutes: 20, included: true },
  bestCustomers: { minutes: 15, included: false },
  goals: { minutes: 15, included: true },
  rhythm: { minutes: 15, included: true },
  actions: { minutes: 20, included: true },
  signoff: { minutes: 15, included: true },
};
const CHECK_IN_DAY_MINUTES = 180;

/** What the check-in keeps of a signed workshop to compare with. */
function earlierWorkshop({ content, version, fingerprint }: SignedCharter): EarlierWorkshop {
  return {
    workshopId: content.workshopId,
    title: content.cover.title,
    date: content.cover.date,
    charterVersion: version,
    fingerprint,
    teams: content.teams,
    participants: content.participants,
    pulse: content.pulse,
    actions: content.actions,
    handoffs: content.handoffs,
  };
}

/**
 * The workshops a check-in looks back on: those its source looked back on, then the source.
 * Past the limit the first workshop stays (the baseline) and the oldest check-ins go.
 */
function lookBack(signed: SignedCharter): EarlierWorkshop[] {
  const all = [...(signed.content.checkIn?.earlier ?? []), earlierWorkshop(signed)];
  return all.length <= LIMITS.earlierWorkshops ? all : [all[0]!, ...all.slice(all.length - LIMITS.earlierWorkshops + 1)];
}

/**
 * Named after the first workshop as signed and numbered like the library's cards ("Check-in 2"):
 * "Kestrel day: check-in", then "Kestrel day: check-in 2", never "…: check-in: check-in".
 */
function checkInTitle(earlier: readonly EarlierWorkshop[]): string {
  const title = earlier[0]!.title.trim();
  const base = title === '' ? 'Alignment workshop' : title;
  return oneLine(`${base}: check-in${earlier.length > 1 ? ` ${earlier.length}` : ''}`, 300);
}

/** Builds the check-in of `source` from its signed charter (see latestSignedCharter). */
export function createCheckIn(source: Workshop, signed: SignedCharter, options: NewCheckInOptions): Workshop {
  const { content } = signed;
  const { id, now, newId } = options;
  const earlier = lookBack(signed);
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id,
    createdAt: now,
    updatedAt: now,
    setup: {
      company: content.cover.company,
      title: checkInTitle(earlier),
      date: '',
      venue: content.cover.venue,
      facilitator: content.cover.facilitator,
      dayLengthMinutes: CHECK_IN_DAY_MINUTES,
      templateId: source.setup.templateId,
      paperSize: source.setup.paperSize,
    },
    teams: content.teams,
    participants: content.participants,
    agenda: (Object.keys(CHECK_IN_AGENDA) as PhaseId[]).map((phase) => ({ id: newId(), phase, ...CHECK_IN_AGENDA[phase] })),
    currentPhase: 'setup',
    timer: { agendaItemId: null, runningSince: null, elapsedSeconds: 0, extraMinutes: 0 },
    timeSpent: [],
    room: { screen: 'live', breakEndsAt: null, focus: noRoomFocus() },
    facilitatorNotes: defaultFacilitatorNotes(),
    // The same statements (same ids), asked again: the comparison matches them one to one.
    pulse: { statements: content.pulse.statements, scores: [] },
    stages: content.stages,
    activities: content.activities,
    handoffs: content.handoffs,
    bestCustomers: content.bestCustomers,
    goals: content.goals,
    incentives: content.incentives,
    rhythm: { ...content.rhythm, meetings: content.rhythm.meetings.map((meeting) => ({ ...meeting, schedule: meeting.schedule ?? null })) },
    actions: content.actions.map((action) => ({ ...action, stageId: action.stageId ?? null, topic: action.topic ?? null })),
    parkingLot: content.parkingLot,
    // Decisions are the day's log: the check-in records its own.
    decisions: [],
    votes: [],
    notes: [],
    signoff: emptySignoff(),
    checkIn: {
      seriesId: content.checkIn?.seriesId ?? content.workshopId,
      earlier,
      actionReviews: [],
      commitmentResults: [],
    },
  };
}
