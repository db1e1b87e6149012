/** A workshop as an export: pretty-printed `.accord.json` text for people, under a safe file name. */
import type { Workshop } from '../../../src/domain/workshopSchema';
import { exportFileName } from './exportFileName';

export function exportedWorkshop(workshop: Workshop): { fileName: string; text: string } {
  return { fileName: exportFileName(workshop.setup.title), text: `${JSON.stringify(workshop, null, 2)}\n` };
}
