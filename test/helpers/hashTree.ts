/** Every file and folder under `root` with a hash of its bytes: equal results mean nothing on disk changed. */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

export async function hashTree(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        out[`${relative(root, path)}/`] = 'folder';
        await walk(path);
      } else {
        out[relative(root, path)] = createHash('sha256').update(await readFile(path)).digest('hex');
      }
    }
  };
  await walk(root);
  return out;
}
