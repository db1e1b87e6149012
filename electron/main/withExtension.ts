/** The file a save dialog's answer means, with the extension Linux dialogs do not add. */
import { extname } from 'node:path';
import { exists } from '../host/storage/libraryLayout';

/**
 * Adds ".pdf" (or the extension given) when the facilitator typed a name without it, unless a
 * file of that name exists: the dialog asked about overwriting the name as typed, not that one.
 */
export async function withExtension(path: string, extension: string): Promise<string> {
  if (extname(path).toLowerCase() === `.${extension}`) return path;
  const withIt = `${path}.${extension}`;
  return (await exists(withIt).catch(() => true)) ? path : withIt;
}
