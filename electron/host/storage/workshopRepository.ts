/**
 * The workshop library on disk (layout in libraryLayout.ts). Every write is durable; a damaged
 * file is moved aside and replaced by its newest valid snapshot; nothing the facilitator made is
 * ever unlinked: damaged and deleted workshops go to folders of their own.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { freeze } from 'immer';
import { Low } from 'lowdb';
import { describeNotAWorkshop } from '../../../src/domain/describeNotAWorkshop';
import { countNoun } from '../../../src/domain/countNoun';
import { parseWorkshopText, parseWorkshopValue } from '../../../src/domain/parseWorkshop';
import { describeRejection, type Rejection } from '../../../src/domain/validationMessages';
import type { Workshop } from '../../../src/domain/workshopSchema';
import { formatMegabytes, MAX_IMPORT_BYTES, type ImportResult, type WorkshopSummary } from '../../../src/shared/accordApi';
import { summarizeWorkshop, unreadableSummaryFacts } from '../summarizeWorkshop';
import { describeTime } from './describeTime';
import { createJsonChunkEncoder } from './createJsonChunkEncoder';
import { DurableJsonFile, NotUtf8Error } from './DurableJsonFile';
import { durableCopy, durableWrite, syncDirectory, writeAndSync, type WriteAndSync } from './durableWrite';
import { exportedWorkshop } from './exportedWorkshop';
import { exportFileName } from './exportFileName';
import { KeyedQueue } from './KeyedQueue';
import {
  exists,
  fileStamp,
  idFromFileName,
  isTempFile,
  isWorkshopId,
  LibraryLayout,
  timeFromStamp,
  unusedTimedPath,
  WORKSHOP_SUFFIX,
} from './libraryLayout';
import { storageError } from './storageError';
import { RepositoryError, type OpenedWorkshop, type WorkshopRepository } from './workshopRepository.types';

/** The library's order: last edited first, then by id so that ties keep one order. */
export const newestFirst = (a: WorkshopSummary, b: WorkshopSummary): number => Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || a.id.localeCompare(b.id);

export interface WorkshopRepositoryOptions {
  dataDir: string;
  now?: () => Date;
  /** How many snapshots are kept per workshop; older ones are pruned. */
  snapshotLimit?: number;
  /** Makes the id of an imported workshop. */
  newId?: () => string;
  /** The write-and-fsync step of every durable write; tests inject a failing one to simulate a full disk. */
  writeFile?: WriteAndSync;
}

/** Creates the library folders and removes what a crash during a write left behind. */
export async function createWorkshopRepository(options: WorkshopRepositoryOptions): Promise<WorkshopRepository> {
  const layout = new LibraryLayout(options.dataDir);
  try {
    for (const folder of [layout.workshops, layout.snapshots, layout.damaged, layout.deleted]) await mkdir(folder, { recursive: true });
    // Nothing is being written yet, so every temp file is a leftover.
    await removeTempFiles(layout.workshops, () => true);
    for (const entry of await readdir(layout.snapshots, { withFileTypes: true })) {
      if (entry.isDirectory()) await removeTempFiles(join(layout.snapshots, entry.name), () => true);
    }
  } catch (error) {
    throw storageError(error, { doing: 'prepare its workshop library', folder: options.dataDir, access: 'write' });
  }
  return new FileWorkshopRepository(layout, options);
}

/** Files read at once while listing: thousands of parallel reads would run out of file handles. */
const LIST_BATCH = 16;
const NOT_UTF8 = 'the file is not UTF-8 text';
const MAX_REASON = 200;

class FileWorkshopRepository implements WorkshopRepository {
  readonly dataDir: string;
  private readonly queue = new KeyedQueue();
  /** Files on disk are compact JSON; exports are pretty-printed for people. */
  private readonly encode = createJsonChunkEncoder();
  /** Encoding left running by `open` (it never fails: it only fills a cache). */
  private background: Promise<void> = Promise.resolve();
  /** Workshops opened from a newer Accord's file: never written, whatever the caller asks. */
  private readonly readOnlyIds = new Set<string>();
  private readonly now: () => Date;
  private readonly snapshotLimit: number;
  private readonly newId: () => string;
  private readonly writeFile: WriteAndSync;

  constructor(
    private readonly layout: LibraryLayout,
    options: WorkshopRepositoryOptions,
  ) {
    this.dataDir = layout.dataDir;
    this.now = options.now ?? (() => new Date());
    this.snapshotLimit = Math.max(1, Math.floor(options.snapshotLimit ?? 20));
    this.newId = options.newId ?? randomUUID;
    this.writeFile = options.writeFile ?? writeAndSync;
  }

  async list(): Promise<WorkshopSummary[]> {
    let names: string[];
    try {
      names = await readdir(this.layout.workshops);
    } catch (error) {
      throw storageError(error, { doing: 'read the workshop library', folder: this.layout.workshops, access: 'read' });
    }
    const ids = names.map(idFromFileName).filter((id): id is string => id !== null);
    const summaries: WorkshopSummary[] = [];
    for (let start = 0; start < ids.length; start += LIST_BATCH) {
      const batch = await Promise.all(ids.slice(start, start + LIST_BATCH).map((id) => this.summaryOf(id)));
      for (const summary of batch) if (summary) summaries.push(summary);
    }
    return summaries.sort(newestFirst);
  }

  /**
   * The document comes back deeply frozen: workshops are immutable from here on (immer). Its
   * bytes are then encoded in the background, a few milliseconds at a time, so that the first
   * autosave writes cached bytes instead of encoding the whole document while the room waits.
   */
  async open(id: string): Promise<OpenedWorkshop> {
    const checked = checkedId(id);
    const opened = await this.queue.run(checked, () => this.openNow(checked));
    const workshop = freeze(opened.workshop, true);
    this.background = this.background.then(() => this.encode.warm(workshop));
    return { ...opened, workshop };
  }

  whenIdle(): Promise<void> {
    return this.background;
  }

  async create(workshop: Workshop): Promise<void> {
    const id = checkedId(workshop.id);
    return this.queue.run(id, async () => {
      assertStorable(workshop);
      const doing = `create “${titleOf(workshop)}”`;
      const taken = await exists(this.layout.workshopFile(id)).catch((error: unknown) => {
        throw storageError(error, { doing, folder: this.layout.workshops, access: 'read' });
      });
      if (taken) throw new RepositoryError(`A workshop with the id ${id} already exists; Accord did not replace it.`, 'exists');
      await this.write(id, workshop, doing);
    });
  }

  async save(workshop: Workshop): Promise<void> {
    const id = checkedId(workshop.id);
    return this.queue.run(id, async () => {
      // No full validation here: saved documents come only from parseWorkshop or applyCommand,
      // both of which validate, and autosave must stay close to the cost of the write itself.
      this.assertNotReadOnly(id, workshop);
      await this.write(id, workshop, `save “${titleOf(workshop)}”`, 'The version saved before is unchanged.');
    });
  }

  async snapshot(workshop: Workshop): Promise<void> {
    const id = checkedId(workshop.id);
    return this.queue.run(id, async () => {
      this.assertWritable(id, workshop);
      const folder = this.layout.snapshotFolder(id);
      try {
        if (await mkdir(folder, { recursive: true })) await syncDirectory(this.layout.snapshots);
        const names = (await readdir(folder)).filter(isSnapshotName).sort();
        const newest = names.length > 0 ? timeFromStamp(names[names.length - 1]!) : null;
        // Names must sort by time even if the clock jumped back or two snapshots share a millisecond.
        const time = new Date(Math.max(this.now().getTime(), newest ? newest.getTime() + 1 : 0));
        const name = `${fileStamp(time)}${WORKSHOP_SUFFIX}`;
        await durableWrite(join(folder, name), this.encode(workshop), this.writeFile);
        names.push(name);
        for (const old of names.slice(0, Math.max(0, names.length - this.snapshotLimit))) await rm(join(folder, old), { force: true });
      } catch (error) {
        throw storageError(error, {
          doing: `take a snapshot of “${titleOf(workshop)}”`,
          folder,
          access: 'write',
          reassurance: 'The workshop file itself is unaffected.',
        });
      }
    });
  }

  async delete(id: string): Promise<void> {
    const checked = checkedId(id);
    return this.queue.run(checked, async () => {
      const file = this.layout.workshopFile(checked);
      const snapshots = this.layout.snapshotFolder(checked);
      try {
        const [hasFile, hasSnapshots] = [await exists(file), await exists(snapshots)];
        if (!hasFile && !hasSnapshots) throw notFound(checked);
        const target = await unusedTimedPath(this.layout.deleted, this.now(), (stamp) => `${checked}.${stamp}`);
        await mkdir(target);
        await syncDirectory(this.layout.deleted);
        if (hasFile) await rename(file, join(target, `${checked}${WORKSHOP_SUFFIX}`));
        if (hasSnapshots) await rename(snapshots, join(target, 'snapshots'));
        for (const folder of [target, this.layout.workshops, this.layout.snapshots]) await syncDirectory(folder);
      } catch (error) {
        throw storageError(error, { doing: `move the workshop ${checked} to ${this.layout.deleted}`, folder: this.layout.dataDir, access: 'write' });
      }
      this.readOnlyIds.delete(checked);
    });
  }

  async importText(fileName: string, text: string): Promise<ImportResult> {
    const name = displayName(fileName);
    // Measured before parsing, so an enormous file never reaches JSON.parse.
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_IMPORT_BYTES) {
      return refusal(name, [{ path: '', message: `it is ${formatMegabytes(bytes)}, more than the ${formatMegabytes(MAX_IMPORT_BYTES)} Accord imports` }]);
    }
    const outcome = parseWorkshopText(text);
    if (outcome.kind === 'invalid') {
      const other = notAWorkshop(text);
      if (other) return { ok: false, message: `${name} was not imported: ${other.reason}`, rejections: other.rejections, notAWorkshop: other.reason };
      return refusal(name, outcome.rejections);
    }
    if (outcome.kind === 'newer') {
      return refusal(name, [
        { path: 'schemaVersion', message: `is ${outcome.fileVersion}: the file was made by a newer version of Accord; update Accord to import it` },
      ]);
    }
    // A fresh id, so an import never replaces a workshop in the library.
    const workshop = { ...outcome.workshop, id: await this.unusedId() };
    await this.create(workshop);
    return { ok: true, summary: summarizeWorkshop(workshop) };
  }

  async exportText(id: string): Promise<{ fileName: string; text: string }> {
    const checked = checkedId(id);
    return this.queue.run(checked, async () => {
      const { text, damage } = await this.readWorkshopText(checked);
      if (damage !== null) throw cannotExport(checked, damage);
      if (text === null) throw notFound(checked);
      const outcome = parseWorkshopText(text);
      if (outcome.kind === 'invalid') throw cannotExport(bestEffortTitle(text) ?? checked, damageReason(text, outcome.rejections));
      // Exported as it is: this version would drop the fields it does not know.
      if (outcome.kind === 'newer') return { fileName: exportFileName(outcome.workshop?.setup.title ?? bestEffortTitle(text) ?? checked), text };
      return exportedWorkshop(outcome.workshop);
    });
  }

  private async openNow(id: string): Promise<OpenedWorkshop> {
    try {
      // The queue guarantees that none of this process's writes to this workshop is under way.
      await removeTempFiles(this.layout.workshops, (name) => name.startsWith(`.${id}${WORKSHOP_SUFFIX}.`));
      await removeTempFiles(this.layout.snapshotFolder(id), () => true);
    } catch (error) {
      throw storageError(error, { doing: `clean up after an interrupted save of the workshop ${id}`, folder: this.layout.dataDir, access: 'write' });
    }
    const { text, damage } = await this.readWorkshopText(id);
    if (damage !== null) return this.recover(id, null, damage);
    if (text === null) throw notFound(id);
    const outcome = parseWorkshopText(text);
    if (outcome.kind === 'invalid') return this.recover(id, text, damageReason(text, outcome.rejections));
    if (outcome.kind === 'newer') {
      const made = `made by a newer version of Accord (schema ${outcome.fileVersion})`;
      if (!outcome.workshop) {
        throw new RepositoryError(`“${bestEffortTitle(text) ?? id}” was ${made} and this version cannot show it. Update Accord to open it; the file is unchanged.`, 'unrecoverable');
      }
      this.readOnlyIds.add(id);
      return { ...withFileId(id, outcome.workshop, []), readOnlyReason: `It was ${made}; update Accord to edit it. Shown read-only.` };
    }
    this.readOnlyIds.delete(id);
    return { ...withFileId(id, outcome.workshop, cleanedNotice(outcome.workshop, outcome.cleanedFields)), readOnlyReason: null };
  }

  /** Keeps the damaged file in damaged/ and puts the newest valid snapshot in its place. */
  private async recover(id: string, text: string | null, reason: string): Promise<OpenedWorkshop> {
    const damagedFile = this.layout.workshopFile(id);
    const snapshot = await this.newestValidSnapshot(id);
    const name = (snapshot && titleOf(snapshot.workshop)) || (text !== null && bestEffortTitle(text)) || id;
    const failure = (error: unknown) => storageError(error, { doing: `recover the damaged file of “${name}”`, folder: this.layout.dataDir, access: 'write' });
    let keptAt: string;
    if (!snapshot) {
      try {
        keptAt = await this.damagedPath(id);
        await rename(damagedFile, keptAt);
        await syncDirectory(this.layout.damaged);
        await syncDirectory(this.layout.workshops);
      } catch (error) {
        throw failure(error);
      }
      throw new RepositoryError(
        `The saved file of “${name}” is damaged (${reason}) and Accord has no valid snapshot to restore it from. ` +
          `The damaged file was moved to ${keptAt}; nothing was deleted. Import an exported copy of the workshop if you have one, ` +
          'or send the damaged file to whoever supports Accord for you.',
        'unrecoverable',
      );
    }
    const restored = withFileId(id, snapshot.workshop, []);
    try {
      keptAt = await this.damagedPath(id);
      // Copy, then replace: at every moment either the damaged file or the restored one is in place.
      await durableCopy(damagedFile, keptAt);
      await this.write(id, restored.workshop, `restore “${name}”`);
    } catch (error) {
      throw failure(error);
    }
    this.readOnlyIds.delete(id);
    const notice =
      `The saved file of “${name}” was damaged (${reason}). Accord restored the snapshot from ${describeTime(snapshot.takenAt, this.now())}; ` +
      `changes made after that are not in it. The damaged file is kept at ${keptAt}.`;
    return { workshop: restored.workshop, notices: [notice, ...restored.notices], readOnlyReason: null };
  }

  private damagedPath(id: string): Promise<string> {
    return unusedTimedPath(this.layout.damaged, this.now(), (stamp) => `${id}.${stamp}${WORKSHOP_SUFFIX}`);
  }

  private async newestValidSnapshot(id: string): Promise<{ workshop: Workshop; takenAt: Date } | null> {
    const folder = this.layout.snapshotFolder(id);
    let names: string[];
    try {
      names = await readdir(folder);
    } catch {
      return null;
    }
    for (const name of names.filter(isSnapshotName).sort().reverse()) {
      let text: string | null;
      try {
        text = await new DurableJsonFile(join(folder, name)).read();
      } catch {
        continue; // An unreadable snapshot: the one before it may do.
      }
      const outcome = text === null ? null : parseWorkshopText(text);
      if (outcome?.kind === 'ok') return { workshop: outcome.workshop, takenAt: timeFromStamp(name) ?? new Date(outcome.workshop.updatedAt) };
    }
    return null;
  }

  private async summaryOf(id: string): Promise<WorkshopSummary | null> {
    let read: { text: string | null; damage: string | null };
    try {
      read = await this.readWorkshopText(id);
    } catch (error) {
      return this.problemSummary(id, null, (error as Error).message);
    }
    const { text, damage } = read;
    if (damage !== null) return this.damagedSummary(id, null, damage);
    if (text === null) return null; // Deleted since the folder was read.
    const outcome = parseWorkshopText(text);
    if (outcome.kind === 'ok') return { ...summarizeWorkshop(outcome.workshop), id };
    if (outcome.kind === 'invalid') return this.damagedSummary(id, text, damageReason(text, outcome.rejections));
    if (outcome.workshop) return { ...summarizeWorkshop(outcome.workshop, true), id };
    return this.problemSummary(id, text, `It was made by a newer version of Accord (schema ${outcome.fileVersion}); update Accord to open it.`, true);
  }

  /** A damaged file is shown with what its newest valid snapshot says, so the facilitator recognises it. */
  private async damagedSummary(id: string, text: string | null, reason: string): Promise<WorkshopSummary> {
    const snapshot = await this.newestValidSnapshot(id);
    if (!snapshot) {
      return this.problemSummary(id, text, `The saved file is damaged (${reason}) and there is no snapshot to restore; opening it moves the file to ${this.layout.damaged}.`);
    }
    const problem = `The saved file is damaged (${reason}). Opening it restores the snapshot from ${describeTime(snapshot.takenAt, this.now())}.`;
    return { ...summarizeWorkshop(snapshot.workshop), id, problem };
  }

  private async problemSummary(id: string, text: string | null, problem: string, newerVersion = false): Promise<WorkshopSummary> {
    const modified = await stat(this.layout.workshopFile(id)).then((s) => s.mtime, () => this.now());
    const title = (text !== null && bestEffortTitle(text)) || id;
    return {
      id,
      title,
      company: '',
      date: '',
      updatedAt: modified.toISOString(),
      participantCount: 0,
      stageCount: 0,
      problem,
      newerVersion,
      ...unreadableSummaryFacts(id, title),
    };
  }

  /** The file's text; `damage` says why bytes that are there cannot be read as text. */
  private async readWorkshopText(id: string): Promise<{ text: string | null; damage: string | null }> {
    try {
      return { text: await new DurableJsonFile(this.layout.workshopFile(id)).read(), damage: null };
    } catch (error) {
      if (error instanceof NotUtf8Error) return { text: null, damage: NOT_UTF8 };
      throw storageError(error, { doing: `read the workshop ${id}`, folder: this.layout.workshops, access: 'read' });
    }
  }

  private async write(id: string, workshop: Workshop, doing: string, reassurance?: string): Promise<void> {
    const db = new Low(new DurableJsonFile(this.layout.workshopFile(id), this.writeFile), this.encode(workshop));
    try {
      await db.write();
    } catch (error) {
      throw storageError(error, { doing, folder: this.layout.workshops, access: 'write', ...(reassurance ? { reassurance } : {}) });
    }
  }

  private assertWritable(id: string, workshop: Workshop): void {
    this.assertNotReadOnly(id, workshop);
    assertStorable(workshop);
  }

  private assertNotReadOnly(id: string, workshop: Workshop): void {
    if (this.readOnlyIds.has(id)) {
      throw new RepositoryError(`“${titleOf(workshop)}” was made by a newer version of Accord and is shown read-only; Accord does not write to it.`, 'io');
    }
  }

  private async unusedId(): Promise<string> {
    for (let attempt = 0; attempt < 10; attempt++) {
      const id = this.newId();
      if (isWorkshopId(id) && !(await exists(this.layout.workshopFile(id)))) return id;
    }
    throw new Error('newId keeps returning ids that are invalid or already taken.');
  }
}

/** Checked before an id is used in a path: only letters, digits, "-" and "_" get through. */
function checkedId(id: string): string {
  if (typeof id === 'string' && isWorkshopId(id)) return id;
  throw notFound(String(id).slice(0, 80));
}

const cannotExport = (name: string, reason: string) =>
  new RepositoryError(`“${name}” cannot be exported: its saved file is damaged (${reason}). Open it first; Accord then restores its newest snapshot.`, 'unrecoverable');

/** Said once when a file from before control characters were refused had some: what changed, and that nothing else did. */
function cleanedNotice(workshop: Workshop, cleanedFields: number): string[] {
  if (cleanedFields === 0) return [];
  const fields = countNoun(cleanedFields, { one: 'text field', other: 'text fields' });
  return [
    `“${titleOf(workshop)}” held characters that Accord no longer accepts in ${fields} (control characters such as NUL or ESC, or line breaks in one-line fields). They were removed; nothing else changed.`,
  ];
}

const notFound = (id: string) => new RepositoryError(`There is no workshop with the id “${id}” in the library.`, 'notFound');

/** Never write a document that open() would reject: that would turn a good file into a damaged one. */
function assertStorable(workshop: Workshop): void {
  const outcome = parseWorkshopValue(workshop);
  if (outcome.kind === 'invalid') {
    throw new Error(
      `Accord did not write “${titleOf(workshop)}” because it would not open again (${describeRejections(outcome.rejections)}). ` +
        'This is a bug in Accord; the version saved before is unchanged.',
    );
  }
}

/** The id in the file's name wins, so that saving can never overwrite another workshop's file. */
function withFileId(id: string, workshop: Workshop, notices: string[]): { workshop: Workshop; notices: string[] } {
  if (workshop.id === id) return { workshop, notices };
  return {
    workshop: { ...workshop, id },
    notices: [...notices, `The file of “${titleOf(workshop)}” carried the id ${workshop.id} inside; Accord uses ${id}, the name of its file.`],
  };
}

async function removeTempFiles(folder: string, belongs: (name: string) => boolean): Promise<void> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  for (const name of names) if (isTempFile(name) && belongs(name)) await rm(join(folder, name), { force: true });
}

const isSnapshotName = (name: string) => name.endsWith(WORKSHOP_SUFFIX) && !name.startsWith('.');
const titleOf = (workshop: Workshop) => workshop.setup.title.trim() || 'Untitled workshop';

function describeRejections(rejections: readonly Rejection[]): string {
  const first = rejections[0] ? describeRejection(rejections[0]).replace(/\.$/, '') : 'no details';
  const more = rejections.length - 1;
  return more > 0 ? `${first}; and ${more} more problem${more === 1 ? '' : 's'}` : first;
}

function damageReason(text: string, rejections: readonly Rejection[]): string {
  if (text.trim() === '') return 'the file is empty';
  if (/^\0+$/.test(text)) return 'the file holds only zero bytes';
  // JSON errors quote the damaged text: keep it to one short, printable line.
  const reason = describeRejections(rejections).replace(/[\p{C}\s]+/gu, ' ');
  return reason.length > MAX_REASON ? `${reason.slice(0, MAX_REASON - 1)}…` : reason;
}

/** The title of a file that does not validate, for messages only; never used as data. */
function bestEffortTitle(text: string): string | null {
  try {
    const title = (JSON.parse(text) as { setup?: { title?: unknown } } | null)?.setup?.title;
    return typeof title === 'string' && title.trim() !== '' ? title.trim().slice(0, 300) : null;
  } catch {
    return null;
  }
}

/** The name of an imported file as shown in messages: no folders, no control characters. */
function displayName(fileName: string): string {
  const name = (fileName.split(/[\\/]/).pop() ?? '').replace(/\p{C}/gu, '').trim().slice(0, 120);
  return name || 'The file';
}

/** Only for a refused import: JSON that parses but is some other kind of file. */
function notAWorkshop(text: string) {
  try {
    return describeNotAWorkshop(JSON.parse(text));
  } catch {
    return null; // Not JSON at all: the parser's message says so.
  }
}

function refusal(name: string, rejections: Rejection[]): ImportResult {
  return { ok: false, message: `${name} was not imported: ${describeRejections(rejections)}.`, rejections };
}
