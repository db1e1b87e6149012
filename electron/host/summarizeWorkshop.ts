/** The library card of a workshop. */
import { checkInRefusal } from '../../src/domain/createCheckIn';
import type { Workshop } from '../../src/domain/workshopSchema';
import type { WorkshopSummary } from '../../src/shared/accordApi';

export function summarizeWorkshop(workshop: Workshop, newerVersion = false): WorkshopSummary {
  const checkIn = workshop.checkIn;
  const first = checkIn?.earlier[0];
  const follows = checkIn?.earlier.at(-1);
  return {
    id: workshop.id,
    title: workshop.setup.title,
    company: workshop.setup.company,
    date: workshop.setup.date,
    updatedAt: workshop.updatedAt,
    participantCount: workshop.participants.length,
    stageCount: workshop.stages.length,
    problem: null,
    newerVersion,
    isCheckIn: checkIn !== null,
    // The titles as signed; librarySeries puts the library's current ones in when it holds those workshops.
    series: {
      id: checkIn?.seriesId ?? workshop.id,
      // The look-back keeps the first workshop and every check-in since (up to its limit), so its length is this check-in's number.
      position: checkIn?.earlier.length ?? 0,
      follows: follows ? { workshopId: follows.workshopId, title: follows.title } : null,
      title: first?.title ?? workshop.setup.title,
      size: 1,
      followedBy: 0,
    },
    canHaveCheckIn: checkInRefusal(workshop) === null,
    signedAt: lastSignedAt(workshop),
  };
}

/** What a library card says of a file it cannot read: a workshop on its own, never signed as far as anyone can tell. */
export function unreadableSummaryFacts(id: string, title: string): Pick<WorkshopSummary, 'isCheckIn' | 'series' | 'canHaveCheckIn' | 'signedAt'> {
  return { isCheckIn: false, series: { id, position: 0, follows: null, title, size: 1, followedBy: 0 }, canHaveCheckIn: false, signedAt: null };
}

/** The last signature of the latest signed version (the current one if anyone signed it). */
function lastSignedAt({ signoff }: Workshop): string | null {
  const signatures = signoff.signatures.length > 0 ? signoff.signatures : (signoff.versions.at(-1)?.signatures ?? []);
  return signatures.at(-1)?.signedAt ?? null;
}
