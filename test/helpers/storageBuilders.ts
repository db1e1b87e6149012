/** Builders for storage tests: small valid workshops and the sample as the repository writes it. */
import { createWorkshop, sequentialIds } from '../../src/domain/createWorkshop';
import { createSampleWorkshop } from '../../src/domain/sampleWorkshop';
import type { Workshop } from '../../src/domain/workshopSchema';

const SAMPLE_NOW = '2026-11-22T09:00:00.000Z';

export function aStoredWorkshop(overrides: { id?: string; title?: string; updatedAt?: string; company?: string } = {}): Workshop {
  const workshop = createWorkshop({
    id: overrides.id ?? 'w1',
    now: SAMPLE_NOW,
    title: overrides.title ?? 'Alignment day',
    templateId: 'b2b-considered',
    newId: sequentialIds('x'),
  });
  return {
    ...workshop,
    updatedAt: overrides.updatedAt ?? workshop.updatedAt,
    setup: { ...workshop.setup, company: overrides.company ?? workshop.setup.company },
  };
}

export const retitled = (workshop: Workshop, title: string): Workshop => ({ ...workshop, setup: { ...workshop.setup, title } });

export const sampleWorkshop = (): Workshop => createSampleWorkshop(SAMPLE_NOW);

/** The sample workshop's text, formatted the way the repository writes files. */
export const sampleText = (): string => `${JSON.stringify(sampleWorkshop(), null, 2)}\n`;

/** The sample's text after one change made on a plain JSON copy: for damaged and malformed files. */
export function editedSampleText(change: (doc: Record<string, any>) => void): string {
  const doc = JSON.parse(JSON.stringify(sampleWorkshop())) as Record<string, any>;
  change(doc);
  return `${JSON.stringify(doc, null, 2)}\n`;
}
