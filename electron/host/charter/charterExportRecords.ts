/**
 * The library's record of the charters it exported: which printed pages, sealed into which file,
 * for which version of which workshop, when. Verifying compares a file's pages with it, the one
 * check that a file re-sealed with Accord's own seal code cannot pass (the seal is public code;
 * the record stays on the facilitator's machine).
 *
 *   charter-exports/<workshop id>/<time>-<first 12 hex of the sealed file's SHA-256>.json
 *
 * One small JSON file per export, written durably (temp file, fsync, rename) and never rewritten,
 * rather than one file of all exports: the command line exports beside a running Accord without
 * its lock, and one file rewritten by two processes would lose an export, which verifying would
 * later report as "not these pages". Reading the records never writes.
 */
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { CharterRecord } from '../../../src/domain/charterRecord';
import { idSchema, localTimestampSchema } from '../../../src/domain/workshopSchema';
import { durableWrite, syncDirectory } from '../storage/durableWrite';
import { fileStamp, isWorkshopId } from '../storage/libraryLayout';
import { storageError } from '../storage/storageError';
import { sha256OfBytes } from './charterSeal';

const EXPORTS_FOLDER = 'charter-exports';
const FORMAT = 'accord-charter-export';
/** More exports of one workshop than anyone makes; the newest are read. */
const MAX_RECORDS_READ = 10_000;

const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);

const exportRecordSchema = z.strictObject({
  format: z.literal(FORMAT),
  formatVersion: z.literal(1),
  workshopId: idSchema,
  charterVersion: z.number().int().min(1).max(100_000),
  fingerprint: sha256Schema,
  /** The PDF as Chromium printed it: the first `bytes` bytes of the sealed file. */
  printed: z.strictObject({ bytes: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER), sha256: sha256Schema }),
  sealedSha256: sha256Schema,
  /** The machine's local time with its offset, as signatures are timed. */
  exportedAt: localTimestampSchema,
});
export type CharterExportRecord = z.infer<typeof exportRecordSchema>;

export interface ExportedBytes {
  record: CharterRecord;
  printed: Uint8Array;
  sealed: Uint8Array;
  exportedAt: Date;
}

/**
 * Records an export in the library in `dataDir`. Never throws: an export that cannot be recorded
 * is still a good export, so this answers why it was not recorded (or null when it was).
 */
export async function recordCharterExport(dataDir: string, { record, printed, sealed, exportedAt }: ExportedBytes): Promise<string | null> {
  const entry: CharterExportRecord = {
    format: FORMAT,
    formatVersion: 1,
    workshopId: record.content.workshopId,
    charterVersion: record.version,
    fingerprint: record.fingerprint,
    printed: { bytes: printed.byteLength, sha256: sha256OfBytes(printed) },
    sealedSha256: sha256OfBytes(sealed),
    exportedAt: localIsoTime(exportedAt),
  };
  const exports = join(dataDir, EXPORTS_FOLDER);
  const folder = join(exports, entry.workshopId);
  try {
    if (!isWorkshopId(entry.workshopId)) throw new Error(`the workshop id ${entry.workshopId} cannot name a folder`);
    // A folder made now must survive a power cut too: its parent learns its name durably.
    const created = await mkdir(folder, { recursive: true });
    if (created !== undefined) for (const parent of [dataDir, exports]) await syncDirectory(parent);
    await durableWrite(join(folder, `${fileStamp(exportedAt)}-${entry.sealedSha256.slice(0, 12)}.json`), `${JSON.stringify(entry, null, 2)}\n`);
    return null;
  } catch (error) {
    const why = storageError(error, { doing: `record this export in the library (${folder})`, folder, access: 'write' }).message;
    return `The charter was exported, but not recorded in the library, so verifying this file later cannot confirm its pages: ${why}`;
  }
}

/** The recorded exports of a workshop, oldest first; unreadable records are left out. */
export async function readCharterExportRecords(dataDir: string, workshopId: string): Promise<CharterExportRecord[]> {
  if (!isWorkshopId(workshopId)) return [];
  const folder = join(dataDir, EXPORTS_FOLDER, workshopId);
  let names: string[];
  try {
    names = (await readdir(folder)).filter((name) => name.endsWith('.json') && !name.startsWith('.')).sort();
  } catch {
    return [];
  }
  const read = async (name: string): Promise<CharterExportRecord | null> => {
    try {
      const parsed = exportRecordSchema.safeParse(JSON.parse(await readFile(join(folder, name), 'utf8')));
      return parsed.success && parsed.data.workshopId === workshopId ? parsed.data : null;
    } catch {
      return null;
    }
  };
  const records: CharterExportRecord[] = [];
  const newest = names.slice(-MAX_RECORDS_READ);
  // A few at a time: thousands of parallel reads would run out of file handles.
  for (let start = 0; start < newest.length; start += READ_BATCH) {
    for (const entry of await Promise.all(newest.slice(start, start + READ_BATCH).map(read))) if (entry) records.push(entry);
  }
  return records;
}

const READ_BATCH = 16;

/** "2026-12-03T17:00:00.000+01:00": the machine's wall-clock time and its offset from UTC. */
function localIsoTime(time: Date): string {
  const offsetMinutes = -time.getTimezoneOffset();
  const local = new Date(time.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 23);
  const size = Math.abs(offsetMinutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${local}${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(size / 60))}:${pad(size % 60)}`;
}
