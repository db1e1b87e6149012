/**
 * Write functions for durableWrite that fail like a real disk: they leave a partly written temp
 * file behind and throw the errno error Node would throw. Tests run as root, so a read-only
 * folder would not stop them; injecting the failure is the reliable way.
 */
import { writeFile } from 'node:fs/promises';
import type { WriteAndSync } from '../../electron/host/storage/durableWrite';

export function failingWrite(code: 'ENOSPC' | 'EACCES' | 'EROFS' | 'EIO'): WriteAndSync {
  return async (path, data) => {
    const bytes = typeof data === 'string' ? Buffer.from(data) : Array.isArray(data) ? Buffer.concat(data as Uint8Array[]) : (data as Uint8Array);
    await writeFile(path, bytes.subarray(0, bytes.length >> 1));
    throw Object.assign(new Error(`${code}: simulated failure, write '${path}'`), { code, path, syscall: 'write' });
  };
}
