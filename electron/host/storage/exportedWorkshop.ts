/**
 * A workshop as an export (and an emergency copy): compact `.accord` text (the library's own JSON) under a safe file
 * name. Compact like the library's own files, so a workshop that saves within the import limit
 * always exports within it too; pretty-printing would add a few percent and could push it over.
 */
import type { Workshop } from '../../../src/domain/workshopSchema';
import { exportFileName } from './exportFileName';

export function exportedWorkshop(workshop: Workshop): { fileName: string; text: string } {
  return { fileName: exportFileName(workshop.setup.title), text: `${JSON.stringify(workshop)}\n` };
}
