/**
 * Who signs, in the order the room signs: the sponsors first (they sign first), then everyone
 * else by team, each with where they stand on the current charter version. Shared by the
 * console's signing list and the projector's roster.
 */
import { localTimestamp, systemTimeZone } from '../../../domain/localTimestamp';
import { sponsorParticipantIds } from '../../../domain/signoff';
import type { Participant, SignatureRecord, Team, Workshop } from '../../../domain/workshopSchema';

type SignerStatus = { kind: 'signed'; signature: SignatureRecord } | { kind: 'absent' } | { kind: 'waiting' };

export interface RosterEntry {
  participant: Participant;
  team: Team | undefined;
  sponsor: boolean;
  status: SignerStatus;
}

interface RosterGroup {
  key: string;
  /** "Signs first" for the sponsors, else the team's name. */
  label: string;
  team: Team | null;
  entries: RosterEntry[];
}

export interface Roster {
  groups: RosterGroup[];
  /** Everyone, in the order of the groups. */
  entries: RosterEntry[];
  signed: number;
  absent: number;
  waiting: number;
  /** Sponsors who have neither signed nor been marked absent: the others sign after them. */
  sponsorsPending: Participant[];
}

export function buildRoster(workshop: Pick<Workshop, 'participants' | 'teams' | 'rhythm' | 'signoff'>): Roster {
  const sponsorIds = sponsorParticipantIds(workshop);
  const teamById = new Map(workshop.teams.map((t) => [t.id, t]));
  const signatureOf = new Map(workshop.signoff.signatures.map((s) => [s.participantId, s]));
  const absent = new Set(workshop.signoff.absent);
  const entry = (participant: Participant): RosterEntry => {
    const signature = signatureOf.get(participant.id);
    return {
      participant,
      team: teamById.get(participant.teamId),
      sponsor: sponsorIds.includes(participant.id),
      status: signature ? { kind: 'signed', signature } : absent.has(participant.id) ? { kind: 'absent' } : { kind: 'waiting' },
    };
  };

  const byId = new Map(workshop.participants.map((p) => [p.id, p]));
  const sponsors = sponsorIds.map((id) => entry(byId.get(id)!));
  const others = workshop.participants.filter((p) => !sponsorIds.includes(p.id)).map(entry);
  const groups: RosterGroup[] = [];
  if (sponsors.length > 0) groups.push({ key: 'sponsors', label: sponsors.length === 1 ? 'Sponsor · signs first' : 'Sponsors · sign first', team: null, entries: sponsors });
  for (const team of workshop.teams) {
    const members = others.filter((e) => e.participant.teamId === team.id);
    if (members.length > 0) groups.push({ key: team.id, label: team.name, team, entries: members });
  }
  const placed = new Set(groups.flatMap((g) => g.entries.map((e) => e.participant.id)));
  const unplaced = others.filter((e) => !placed.has(e.participant.id));
  if (unplaced.length > 0) groups.push({ key: 'no-team', label: 'No team', team: null, entries: unplaced });

  const entries = groups.flatMap((g) => g.entries);
  const count = (kind: SignerStatus['kind']) => entries.filter((e) => e.status.kind === kind).length;
  return {
    groups,
    entries,
    signed: count('signed'),
    absent: count('absent'),
    waiting: count('waiting'),
    sponsorsPending: sponsors.filter((e) => e.status.kind === 'waiting').map((e) => e.participant),
  };
}

/** "3fa2 9c1d 77b0": the start of a fingerprint, grouped to read aloud and compare. */
export function shortFingerprint(fingerprint: string): string {
  return fingerprint.slice(0, 12).replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * When a signature was given, as the facilitator's device clock read it ("16:05"), and in full
 * for a tooltip ("2026-11-22 16:05, UTC+01:00, Europe/Berlin"). Read off the stored local time,
 * never converted to this machine's zone.
 */
export function signedTime(signature: Pick<SignatureRecord, 'signedAt' | 'timeZone'>): { short: string; full: string } {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(signature.signedAt);
  if (!match) return { short: signature.signedAt, full: signature.signedAt };
  const [, day, time, offset] = match;
  return { short: time!, full: fullTime(day!, time!, offset === 'Z' ? 'UTC' : `UTC${offset}`, signature.timeZone) };
}

/**
 * A moment (ISO 8601, e.g. a seal's UTC time) in this machine's time zone, in the sign-off's one
 * format: "2026-11-22 16:05, UTC+01:00, Europe/Berlin", read as a signature's time is (the
 * domain's localTimestamp, then signedTime). The zone is a parameter for tests.
 */
export function localTimeWithZone(iso: string, timeZone = systemTimeZone()): string {
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return iso;
  return signedTime({ signedAt: localTimestamp(moment, timeZone), timeZone }).full;
}

const fullTime = (day: string, time: string, utc: string, timeZone: string) => `${day} ${time}, ${utc}, ${timeZone}`;
