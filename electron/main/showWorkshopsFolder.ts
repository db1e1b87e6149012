import { mkdir } from 'node:fs/promises';
import { dialog, shell } from 'electron';
import { LibraryLayout } from '../host/storage/libraryLayout';

/**
 * Help → Show workshops folder: the folder that holds one `.accord.json` file per workshop,
 * opened in the file manager (for a backup, or to send a file to a colleague).
 */
export async function showWorkshopsFolder(dataDir: string): Promise<void> {
  const folder = new LibraryLayout(dataDir).workshops;
  await mkdir(folder, { recursive: true }).catch(() => undefined);
  const problem = await shell.openPath(folder);
  if (problem) dialog.showErrorBox('Accord could not open the workshops folder', `${folder}\n\n${problem}`);
}
