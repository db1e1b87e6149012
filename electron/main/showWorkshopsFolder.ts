import { mkdir } from 'node:fs/promises';
import { dialog, shell } from 'electron';
import { LibraryLayout } from '../host/storage/libraryLayout';

/**
 * Help → Show workshops folder: the folder that holds the library's own file per workshop
 * (`<id>.accord.json`), opened in the file manager for a backup. A file for a colleague is an
 * export (Library → Export, a `.accord` file that opens Accord with a double-click).
 */
export async function showWorkshopsFolder(dataDir: string): Promise<void> {
  const folder = new LibraryLayout(dataDir).workshops;
  await mkdir(folder, { recursive: true }).catch(() => undefined);
  const problem = await shell.openPath(folder);
  if (problem) dialog.showErrorBox('Accord could not open the workshops folder', `${folder}\n\n${problem}`);
}
