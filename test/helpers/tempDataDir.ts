/** Real folders under the OS temp folder for storage tests, removed again after each test file. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

export async function tempDataDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'accord-storage-'));
  made.push(dir);
  return dir;
}

export async function removeTempDataDirs(): Promise<void> {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}
