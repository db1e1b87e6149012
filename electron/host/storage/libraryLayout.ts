/**
 * Where the library keeps its files under the data folder:
 *   workshops/<id>.accord.json           the current state of each workshop
 *   snapshots/<id>/<stamp>.accord.json   rolling snapshots; names sort by time
 *   damaged/<id>.<stamp>.accord.json     damaged files moved aside, never deleted
 *   deleted/<id>.<stamp>/                deleted workshops with their snapshots, never unlinked
 */
import { access } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { idSchema } from '../../../src/domain/workshopSchema';
import { TEMP_SUFFIX } from './durableWrite';

/**
 * The library's own files keep their first name: they are Accord's working storage beside its
 * snapshots, not files to hand around (an export is a `.accord` file), and renaming them would
 * move every existing library for nothing. Import takes them as they are.
 */
export const WORKSHOP_SUFFIX = '.accord.json';

export class LibraryLayout {
  readonly workshops: string;
  readonly snapshots: string;
  readonly damaged: string;
  readonly deleted: string;

  constructor(readonly dataDir: string) {
    this.workshops = join(dataDir, 'workshops');
    this.snapshots = join(dataDir, 'snapshots');
    this.damaged = join(dataDir, 'damaged');
    this.deleted = join(dataDir, 'deleted');
  }

  /** Only call with an id checked by isWorkshopId: an unchecked id could climb out of the folder. */
  workshopFile(id: string): string {
    return join(this.workshops, `${id}${WORKSHOP_SUFFIX}`);
  }

  snapshotFolder(id: string): string {
    return join(this.snapshots, id);
  }
}

/**
 * The id of the library workshop whose own file `path` is (a recent document the OS hands back),
 * or null for any other file, which is imported instead.
 */
export function libraryWorkshopId(layout: LibraryLayout, path: string): string | null {
  const folder = resolve(layout.workshops);
  const file = resolve(path);
  if (dirname(file) !== folder) return null;
  const name = basename(file);
  if (!name.endsWith(WORKSHOP_SUFFIX)) return null;
  const id = name.slice(0, -WORKSHOP_SUFFIX.length);
  return isWorkshopId(id) ? id : null;
}

/** The same rule as ids inside a workshop: letters, digits, "-" and "_", so never a path. */
export const isWorkshopId = (value: string): boolean => idSchema.safeParse(value).success;

/** The workshop id a file in workshops/ belongs to, or null for any other file. */
export function idFromFileName(name: string): string | null {
  if (!name.endsWith(WORKSHOP_SUFFIX)) return null;
  const id = name.slice(0, -WORKSHOP_SUFFIX.length);
  return isWorkshopId(id) ? id : null;
}

/** A temp file of durableWrite: what a crash in the middle of a write leaves behind. */
export const isTempFile = (name: string): boolean => name.startsWith('.') && name.endsWith(TEMP_SUFFIX);

/** `2026-11-22T14-05-12-345Z`: sorts by time as plain text and is a valid file name everywhere. */
export const fileStamp = (time: Date): string => time.toISOString().replace(/[:.]/g, '-');

/** The time at the start of a name made with fileStamp, or null. */
export function timeFromStamp(name: string): Date | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/.exec(name);
  if (!match) return null;
  const time = new Date(`${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z`);
  return Number.isNaN(time.getTime()) ? null : time;
}

/** A path in `folder` named after `time` that nothing uses yet; on a clash the next millisecond is tried. */
export async function unusedTimedPath(folder: string, time: Date, nameFor: (stamp: string) => string): Promise<string> {
  for (let ms = time.getTime(); ; ms++) {
    const path = join(folder, nameFor(fileStamp(new Date(ms))));
    if (!(await exists(path))) return path;
  }
}

export async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
