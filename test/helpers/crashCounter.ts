/** The counter the crash-safety child bumps with every save, kept in the workshop's title. */
import type { Workshop } from '../../src/domain/workshopSchema';

export const withCounter = (workshop: Workshop, counter: number): Workshop => ({
  ...workshop,
  setup: { ...workshop.setup, title: `Crash test #${counter}` },
});

export function counterOf(workshop: Workshop): number {
  const match = /^Crash test #(\d+)$/.exec(workshop.setup.title);
  if (!match) throw new Error(`No crash-test counter in the title “${workshop.setup.title}”.`);
  return Number(match[1]);
}
