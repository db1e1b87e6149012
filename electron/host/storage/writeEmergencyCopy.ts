/**
 * The last resort when Accord must stop while the data folder refuses saves: the unsaved
 * workshop is written as an importable `.accord.json` to the first folder that takes it.
 */
import { join } from 'node:path';
import { durableWrite } from './durableWrite';
import { fileStamp } from './libraryLayout';

export interface EmergencyCopy {
  fileName: string;
  text: string;
}

/** Resolves to the path written, or null when no folder would take the file. */
export async function writeEmergencyCopy(copy: EmergencyCopy, folders: readonly string[], now = new Date()): Promise<string | null> {
  const name = `accord-emergency-copy-${fileStamp(now)}-${copy.fileName}`;
  for (const folder of folders) {
    const path = join(folder, name);
    try {
      await durableWrite(path, copy.text);
      return path;
    } catch {
      // This folder is full or read-only too: try the next one.
    }
  }
  return null;
}
