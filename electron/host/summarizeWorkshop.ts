/** The library card of a workshop. */
import type { Workshop } from '../../src/domain/workshopSchema';
import type { WorkshopSummary } from '../../src/shared/accordApi';

export function summarizeWorkshop(workshop: Workshop, newerVersion = false): WorkshopSummary {
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
  };
}
