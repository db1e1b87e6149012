/**
 * The items a facilitator's "Add" button creates: empty fields the room fills in, and the
 * defaults the method suggests (a shared goal or incentive belongs to marketing and sales).
 */
import { oneLine } from './oneLine';
import type { Workshop } from './workshopSchema';

type Goal = Workshop['goals'][number];
type Incentive = Workshop['incentives'][number];
type Meeting = Workshop['rhythm']['meetings'][number];
type Rotation = Workshop['rhythm']['rotations'][number];
type Sponsor = Workshop['rhythm']['sponsors'][number];
type InsightLoop = Workshop['rhythm']['insightLoops'][number];
type GlossaryEntry = Workshop['rhythm']['glossary'][number];
type BestCustomer = Workshop['bestCustomers'][number];
type Action = Workshop['actions'][number];

const teamOfKind = (workshop: Pick<Workshop, 'teams'>, kind: 'marketing' | 'sales') => workshop.teams.find((t) => t.kind === kind)?.id ?? null;

/** Marketing's and Sales' ids, the two teams a shared goal or incentive starts with. */
export function coreTeamIds(workshop: Pick<Workshop, 'teams'>): string[] {
  return (['marketing', 'sales'] as const).map((kind) => teamOfKind(workshop, kind)).filter((id): id is string => id !== null);
}

export function newGoal(id: string, kind: Goal['kind'], workshop: Pick<Workshop, 'teams'>): Goal {
  return { id, kind, name: '', definition: '', ownerTeamIds: kind === 'shared' ? coreTeamIds(workshop) : [], target: '', reviewCadence: '' };
}

export function newIncentive(id: string, kind: Incentive['kind'], workshop: Pick<Workshop, 'teams'>): Incentive {
  return { id, kind, description: '', teamIds: kind === 'shared' ? coreTeamIds(workshop) : [] };
}

export function newMeeting(id: string): Meeting {
  return { id, name: '', cadence: '', schedule: null, attendees: '', purpose: '' };
}

export function newRotation(id: string): Rotation {
  return { id, kind: 'rideAlong', description: '', who: '', when: '' };
}

export function newSponsor(id: string): Sponsor {
  return { id, participantId: null, name: '', role: '' };
}

/** An insight loop starts where the articles say insight is most often lost: from sales back to marketing. */
export function newInsightLoop(id: string, workshop: Pick<Workshop, 'teams'>): InsightLoop {
  return { id, information: '', fromTeamId: teamOfKind(workshop, 'sales'), toTeamId: teamOfKind(workshop, 'marketing'), system: '', frequency: '' };
}

export function newGlossaryEntry(id: string): GlossaryEntry {
  return { id, term: '', definition: '' };
}

export function newBestCustomer(id: string, kind: BestCustomer['kind']): BestCustomer {
  return { id, kind, name: '', whyValuable: '', marketingDoes: '', salesDoes: '' };
}

/** An open action without an owner or a due date yet; `title` is cut to the field's limit. */
export function newAction(id: string, title = ''): Action {
  return { id, title: oneLine(title, 300), ownerParticipantId: null, due: '', status: 'open', stageId: null, topic: null };
}
