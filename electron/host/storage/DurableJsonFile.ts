/**
 * A lowdb adapter for one JSON file that keeps the text as text: parsing belongs to
 * parseWorkshopText (the one road from untrusted JSON), and writes go through durableWrite
 * because lowdb's own writer does not fsync.
 */
import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { durableWrite, writeAndSync, type FileData, type WriteAndSync } from './durableWrite';

/** The file's bytes are not UTF-8, so any text read from it would be a guess. */
export class NotUtf8Error extends Error {
  constructor(readonly path: string) {
    super(`${path} is not UTF-8 text`);
    this.name = 'NotUtf8Error';
  }
}

// fatal: a flipped bit inside a name must count as damage, not turn silently into U+FFFD.
const utf8 = new TextDecoder('utf-8', { fatal: true });

export class DurableJsonFile implements Adapter<FileData> {
  constructor(
    readonly path: string,
    private readonly writeFile: WriteAndSync = writeAndSync,
  ) {}

  /** The file's text, or null when there is no file. */
  async read(): Promise<string | null> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    try {
      return utf8.decode(bytes);
    } catch {
      throw new NotUtf8Error(this.path);
    }
  }

  write(data: FileData): Promise<void> {
    return durableWrite(this.path, data, this.writeFile);
  }
}
