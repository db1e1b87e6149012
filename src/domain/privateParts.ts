/**
 * What of a workshop is the facilitator's alone: it never reaches the projector (the host gives
 * a projector window the rest), the charter or an export for the room.
 */
import { noFacilitatorNotes, type Workshop } from './workshopSchema';

export const PRIVATE_PARTS = ['facilitatorNotes'] as const satisfies readonly (keyof Workshop)[];

/** The workshop with every private part emptied. */
export function withoutPrivateParts(workshop: Workshop): Workshop {
  return { ...workshop, facilitatorNotes: noFacilitatorNotes() };
}
