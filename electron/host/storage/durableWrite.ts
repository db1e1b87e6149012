/**
 * Crash-safe file replacement: the target holds either its old bytes or the new ones, never
 * a mix, and once the promise resolves the new bytes survive a power cut.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** File contents: text, bytes, or byte chunks written with one vectored write. */
export type FileData = string | Uint8Array | readonly Uint8Array[];

/** Writes a new file and flushes it to the disk; injectable so tests can simulate a full disk. */
export type WriteAndSync = (path: string, data: FileData) => Promise<void>;

/** Temp files end in this, so that a restart can recognise the leftovers of a crash. */
export const TEMP_SUFFIX = '.tmp';

export const writeAndSync: WriteAndSync = async (path, data) => {
  // 'wx': a temp name that already exists is someone else's file; never write into it.
  const handle = await open(path, 'wx');
  try {
    if (Array.isArray(data)) await writeAll(handle, data as readonly Uint8Array[]);
    else await handle.writeFile(data as string | Uint8Array);
    await handle.sync();
  } finally {
    await handle.close();
  }
};

/**
 * Writes every chunk, however many calls it takes. A nearly full disk accepts part of a write
 * and reports a short count instead of an error; writing the rest then surfaces ENOSPC, so the
 * facilitator reads "the disk is full" rather than a vague disk error.
 */
async function writeAll(handle: FileHandle, chunks: readonly Uint8Array[]): Promise<void> {
  let pending = chunks.filter((chunk) => chunk.byteLength > 0);
  while (pending.length > 0) {
    const { bytesWritten } = await handle.writev(pending as Uint8Array[]);
    if (bytesWritten === 0) throw diskFull(handle);
    pending = skipBytes(pending, bytesWritten);
  }
}

function skipBytes(chunks: readonly Uint8Array[], count: number): Uint8Array[] {
  const rest: Uint8Array[] = [];
  let skip = count;
  for (const chunk of chunks) {
    if (skip >= chunk.byteLength) {
      skip -= chunk.byteLength;
      continue;
    }
    rest.push(skip > 0 ? chunk.subarray(skip) : chunk);
    skip = 0;
  }
  return rest;
}

/** A write that makes no progress at all: the only reason a regular file does that is a full disk. */
const diskFull = (handle: FileHandle) =>
  Object.assign(new Error(`ENOSPC: no space left on device, write (fd ${handle.fd})`), { code: 'ENOSPC', syscall: 'write' });

export async function durableWrite(target: string, data: FileData, writeFile: WriteAndSync = writeAndSync): Promise<void> {
  const folder = dirname(target);
  const temp = join(folder, `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
  try {
    await writeFile(temp, data);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncDirectory(folder);
}

/** Makes a rename or a new name in `folder` durable. */
export async function syncDirectory(folder: string): Promise<void> {
  // Windows cannot open a folder for flushing; NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Copies a file byte for byte to a new name (never over an existing file) and flushes it. */
export async function durableCopy(source: string, target: string): Promise<void> {
  await copyFile(source, target, constants.COPYFILE_EXCL);
  const handle = await open(target, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
  await syncDirectory(dirname(target));
}
