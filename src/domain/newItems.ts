/**
 * The items a facilitator's "Add" button creates: empty fields the room fills in, and the
 * defaults the method suggests (a shared goal or incentive belongs to marketing and sales).
 */
import type { Workshop } from './workshopSchema';

type Goal = Workshop['goals'][number];
type Incentive = Workshop['incentives'][number];
type Meeting = Workshop['rhythm']['meetings'][number];
type Rotation = Workshop['rhythm']['rotations'][number];

/** Marketing's and Sales' ids, the two teams a shared goal or incentive starts with. */
export function coreTeamIds(workshop: Pick<Workshop, 'teams'>): string[] {
  return (['marketing', 'sales'] as const).map((kind) => workshop.teams.find((t) => t.kind === kind)?.id).filter((id): id is string => id !== undefined);
}

export function newGoal(id: string, kind: Goal['kind'], workshop: Pick<Workshop, 'teams'>): Goal {
  return { id, kind, name: '', definition: '', ownerTeamIds: kind === 'shared' ? coreTeamIds(workshop) : [], target: '', reviewCadence: '' };
}

export function newIncentive(id: string, kind: Incentive['kind'], workshop: Pick<Workshop, 'teams'>): Incentive {
  return { id, kind, description: '', teamIds: kind === 'shared' ? coreTeamIds(workshop) : [] };
}

export function newMeeting(id: string): Meeting {
  return { id, name: '', cadence: '', attendees: '', purpose: '' };
}

export function newRotation(id: string): Rotation {
  return { id, kind: 'rideAlong', description: '', who: '', when: '' };
}
