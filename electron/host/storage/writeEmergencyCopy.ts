/**
 * The last resort when Accord must stop while the data folder refuses saves: the unsaved
 * workshop is written as an importable `.accord` file to the first folder that takes it.
 * The copy lands in a shared place (the home or temp folder), so only its owner may read it
 * (mode 0600), and it is created new ('wx'): an existing file of that name is never written into.
 */
import { open, rm } from 'node:fs/promises';
import { join } from 'node:path';
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
      await writeNewPrivateFile(path, copy.text);
      return path;
    } catch {
      // This folder is full or read-only too: try the next one.
    }
  }
  return null;
}

async function writeNewPrivateFile(path: string, text: string): Promise<void> {
  const handle = await open(path, 'wx', 0o600);
  try {
    await handle.writeFile(text);
    await handle.sync();
    await handle.close();
  } catch (error) {
    await handle.close().catch(() => undefined);
    // A partial copy would look importable but miss changes: leave none behind.
    await rm(path, { force: true });
    throw error;
  }
}
