/** Small formatting helpers shared by the Actions phase and its projection. */
import type { Participant, Team } from '../../../domain/workshopSchema';
import { onFirstUse } from '../../onFirstUse';

const dayFormat = onFirstUse(() => new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }));
const timeFormat = onFirstUse(() => new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }));

/** "17 Dec 2026" for a calendar day (YYYY-MM-DD); empty when not chosen. */
export function formatDay(day: string): string {
  if (!day) return '';
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : dayFormat().format(date);
}

/** Local day and time of a timestamp, e.g. "3 Dec, 14:06". */
export function formatMoment(timestamp: string): string {
  const date = new Date(timestamp);
  return Number.isNaN(date.getTime()) ? timestamp : timeFormat().format(date);
}

export interface Owner {
  participant: Participant;
  team: Team | undefined;
}

/** Participants by id, with their team, built once per change of either list. */
export function ownersById(participants: readonly Participant[], teams: readonly Team[]): Map<string, Owner> {
  const teamById = new Map(teams.map((t) => [t.id, t]));
  return new Map(participants.map((p) => [p.id, { participant: p, team: teamById.get(p.teamId) }]));
}
