/**
 * `npm run accord -- …`: the charter and the other exports from the command line, without a window.
 *   charter WORKSHOP --out FILE.pdf [--paper a4|letter] [--version N] [--data-dir DIR]
 *   export WORKSHOP --format csv|md|ics --out FILE [--with-due-dates] [--data-dir DIR]
 *   verify FILE.pdf [--data-dir DIR]
 *   check-in WORKSHOP_ID [--data-dir DIR]
 * WORKSHOP is a workshop file (`.accord`, or `.accord.json` from before) or the id of a workshop in the library. The library's
 * workshops are only read, never written or locked, so this runs beside an open Accord; an
 * export adds its own record to the library's charter-exports/ (charterExportRecords.ts).
 * check-in is the one command that adds a workshop: it takes the library's lock for that, so it
 * is refused while an Accord has the library open.
 * Exit codes: 0 done (for verify: unchanged), 1 not done (for verify: any other verdict, or
 * pages the library's record does not know), 2 usage or input errors.
 */
import { randomUUID } from 'node:crypto';
import { constants } from 'node:fs';
import { access, readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultPaperSize } from '../../../src/domain/charterRecord';
import { systemTimeZone } from '../../../src/domain/localTimestamp';
import { parseWorkshopText } from '../../../src/domain/parseWorkshop';
import { describeRejection } from '../../../src/domain/validationMessages';
import { paperSizeSchema, type PaperSize, type Workshop } from '../../../src/domain/workshopSchema';
import { formatMegabytes, MAX_VERIFY_BYTES, type WorkshopExportFormat } from '../../../src/shared/accordApi';
import { CHARTER_VERIFICATION_LIMIT } from '../../../src/shared/charterVerification';
import { charterFileName, charterRecordFor } from '../charter/charterRecordFor';
import { CharterPrintError, type CharterPrinter } from '../charter/charterPrinter';
import { exportCharterPdf } from '../charter/exportCharterPdf';
import { createCharterFingerprinter } from '../charter/fingerprintCharter';
import { SealError } from '../charter/sealCharterPdf';
import { EXPORT_FORMAT_NAMES, workshopExport } from '../exports/workshopExport';
import { verifyCharterInLibrary } from '../charter/verifyCharterInLibrary';
import { createCharterVerifier } from '../charter/verifyCharterPdf';
import { acquireDataDirLock, type DataDirLock } from '../acquireDataDirLock';
import { checkInFromSigned } from '../checkInFromSigned';
import { defaultDataDir } from '../defaultDataDir';
import { durableWrite } from '../storage/durableWrite';
import { isWorkshopId, LibraryLayout, WORKSHOP_SUFFIX } from '../storage/libraryLayout';
import { createWorkshopRepository } from '../storage/workshopRepository';
import { RepositoryError } from '../storage/workshopRepository.types';

const USAGE = `Usage:
  npm run accord -- charter WORKSHOP --out FILE.pdf [--paper a4|letter] [--version N] [--data-dir DIR]
  npm run accord -- export WORKSHOP --format csv|md|ics --out FILE [--with-due-dates] [--data-dir DIR]
  npm run accord -- verify FILE.pdf [--data-dir DIR]
  npm run accord -- check-in WORKSHOP_ID [--data-dir DIR]

  WORKSHOP   a workshop file (.accord, .accord.json), or the id of a workshop in the library
  --version  a signed earlier version (default: the current one)
  --paper    default: the workshop's paper, else the one of this machine's locale
  --format   csv: the actions, for a spreadsheet (UTF-8 with BOM, CRLF, formulas neutralised)
             md: the current charter as Markdown, for a wiki or an e-mail
             ics: the joint meetings as a calendar file (each with a complete schedule);
             --with-due-dates adds each action's due date as an all-day entry
  --data-dir the library (default: ${defaultDataDir()})

verify exits with 0 only when the file is unchanged since Accord exported it (and, when the
library recorded exports of that version, its pages are ones it exported), 1 otherwise.
charter records the export in the library when it reads the workshop from it or --data-dir names it.
check-in adds the check-in of a signed workshop to the library and prints its id (first line);
it exits with 1 when the workshop cannot have one yet, and cannot run while Accord has the library open.`;

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** Prints charters (created on first use, closed at the end). */
  printer(): CharterPrinter;
  now?: () => Date;
}

const EXIT = { done: 0, notDone: 1, usage: 2 } as const;

/** The command line is wrong: the message, then the usage. */
class UsageError extends Error {}
/** The command line is right but names something that cannot be used (no such file, not a workshop): the message alone. */
class InputError extends Error {}

export async function runAccordCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === 'charter') return await exportCommand(rest, io);
    if (command === 'export') return await exportTextCommand(rest, io);
    if (command === 'verify') return await verifyCommand(rest, io);
    if (command === 'check-in') return await checkInCommand(rest, io);
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      io.out(USAGE);
      return command === undefined ? EXIT.usage : EXIT.done;
    }
    throw new UsageError(`Unknown command “${command}”.`);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.err(`${(error as Error).message}\n\n${USAGE}`);
      return EXIT.usage;
    }
    if (error instanceof InputError) {
      io.err(error.message);
      return EXIT.usage;
    }
    throw error;
  }
}

// ---------------------------------------------------------------- charter

async function exportCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { out: { type: 'string' }, paper: { type: 'string' }, version: { type: 'string' }, 'data-dir': { type: 'string' } },
  });
  if (positionals.length !== 1) throw new UsageError('Name one workshop: a .accord file or a workshop id.');
  if (!values.out) throw new UsageError('Say where the PDF goes: --out FILE.pdf');
  const paper = values.paper === undefined ? null : paperSizeSchema.safeParse(values.paper.toLowerCase());
  if (paper && !paper.success) throw new UsageError(`--paper is a4 or letter (got “${values.paper}”).`);
  const version = values.version === undefined ? null : Number(values.version);
  if (version !== null && !(Number.isInteger(version) && version >= 1 && version <= 100_000)) throw new UsageError(`--version is a whole number from 1 (got “${values.version}”).`);

  const target = resolve(values.out);
  // Checked before anything is printed: a charter of thousands of pages takes minutes to print.
  await checkOutPath(target, 'PDF');
  const dataDir = resolve(values['data-dir'] ?? defaultDataDir());
  const { workshop, fromLibrary } = await findWorkshop(positionals[0]!, dataDir);
  // The export is recorded where a library is in play: the workshop came from it, or it was named.
  const library = fromLibrary || values['data-dir'] !== undefined ? dataDir : undefined;
  const paperSize: PaperSize = paper?.data ?? workshop.setup.paperSize ?? defaultPaperSize(Intl.DateTimeFormat().resolvedOptions().locale);
  const picked = charterRecordFor(workshop, version, paperSize, () => createCharterFingerprinter()(workshop));
  if (!picked.ok) {
    io.err(picked.message);
    return EXIT.notDone;
  }
  const { record } = picked;
  const started = performance.now();
  let pdf: Uint8Array;
  let notRecorded: string | null;
  try {
    ({ pdf, notRecorded } = await exportCharterPdf(record, io.printer(), io.now ?? (() => new Date()), { dataDir: library }));
  } catch (error) {
    if (error instanceof CharterPrintError || error instanceof SealError) {
      io.err(error.message);
      return EXIT.notDone;
    }
    throw error;
  }
  try {
    await durableWrite(target, pdf);
  } catch (error) {
    io.err(`Accord could not write ${target}: ${(error as Error).message}`);
    return EXIT.notDone;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  io.out(`Wrote ${target} (${formatMegabytes(pdf.byteLength)}, ${paperSize === 'a4' ? 'A4' : 'Letter'}, ${seconds} s; suggested name “${charterFileName(record)}”)`);
  io.out(`Version ${record.version} of “${record.content.cover.title || 'the alignment charter'}”, fingerprint ${record.fingerprint}, ${record.signatures.length} signature${record.signatures.length === 1 ? '' : 's'}.`);
  if (notRecorded) io.err(notRecorded);
  else if (library) io.out(`Recorded in the library ${library}: verifying the file there confirms its pages.`);
  else io.out('Not recorded in a library (give --data-dir to record it): verifying the file can check its seal, not confirm its pages.');
  return EXIT.done;
}

// ---------------------------------------------------------------- export

/** What --format takes, and the export each means. */
const TEXT_FORMATS = { csv: 'actions-csv', md: 'charter-md', ics: 'rhythm-ics' } as const satisfies Record<string, WorkshopExportFormat>;
const EXAMPLE_FILE = { csv: 'actions.csv', md: 'charter.md', ics: 'rhythm.ics' } as const;
const FILE_KIND = { csv: 'CSV file', md: 'Markdown file', ics: 'calendar file' } as const;
const isTextFormat = (format: string | undefined): format is keyof typeof TEXT_FORMATS => format !== undefined && Object.hasOwn(TEXT_FORMATS, format);

async function exportTextCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { format: { type: 'string' }, out: { type: 'string' }, 'with-due-dates': { type: 'boolean' }, 'data-dir': { type: 'string' } },
  });
  if (positionals.length !== 1) throw new UsageError('Name one workshop: a .accord file or a workshop id.');
  const format = values.format?.toLowerCase();
  if (!isTextFormat(format)) {
    throw new UsageError(
      values.format === undefined ? 'Say what to export: --format csv (the actions), --format md (the charter) or --format ics (the meetings as a calendar).' : `--format is csv, md or ics (got “${values.format}”).`,
    );
  }
  if (values['with-due-dates'] && format !== 'ics') throw new UsageError('--with-due-dates is for --format ics (the due dates go into the calendar).');
  if (!values.out) throw new UsageError(`Say where the file goes: --out ${EXAMPLE_FILE[format]}`);

  const target = resolve(values.out);
  await checkOutPath(target, FILE_KIND[format]);
  const dataDir = resolve(values['data-dir'] ?? defaultDataDir());
  const { workshop } = await findWorkshop(positionals[0]!, dataDir);
  const calendar = { withDueDates: values['with-due-dates'] ?? false, now: (io.now ?? (() => new Date()))(), defaultTimeZone: systemTimeZone() };
  const exported = workshopExport(workshop, TEXT_FORMATS[format], () => createCharterFingerprinter()(workshop), calendar);
  if (!exported.ok) {
    io.err(exported.message);
    return EXIT.notDone;
  }
  const bytes = Buffer.from(exported.text, 'utf8');
  try {
    await durableWrite(target, bytes);
  } catch (error) {
    io.err(`Accord could not write ${target}: ${(error as Error).message}`);
    return EXIT.notDone;
  }
  const what =
    format === 'csv' ? `${workshop.actions.length} action${workshop.actions.length === 1 ? '' : 's'}` : format === 'md' ? `version ${workshop.signoff.charterVersion} of the charter` : exported.note;
  io.out(`Wrote ${target} (${EXPORT_FORMAT_NAMES[TEXT_FORMATS[format]]}: ${what}, ${bytes.byteLength.toLocaleString('en-GB')} bytes; suggested name “${exported.fileName}”)`);
  return EXIT.done;
}

/** Where --out points can take the file: a file (new, or one to replace) in a folder that exists and Accord may write to. */
async function checkOutPath(target: string, kind: 'PDF' | 'CSV file' | 'Markdown file' | 'calendar file'): Promise<void> {
  const example = { PDF: 'charter.pdf', 'CSV file': 'actions.csv', 'Markdown file': 'charter.md', 'calendar file': 'rhythm.ics' }[kind];
  const existing = await stat(target).catch(() => null);
  if (existing?.isDirectory()) throw new InputError(`--out names a folder (${target}); give the ${kind}'s file name, e.g. --out ${join(target, example)}`);
  if (existing && !existing.isFile()) throw new InputError(`--out names ${target}, which is not a regular file; give the ${kind}'s file name.`);
  const folder = dirname(target);
  const parent = await stat(folder).catch(() => null);
  if (!parent) throw new InputError(`The folder ${folder} does not exist; create it, or give --out a file in another folder.`);
  if (!parent.isDirectory()) throw new InputError(`${folder} is not a folder; give --out a file in a folder.`);
  try {
    await access(folder, constants.W_OK);
  } catch (error) {
    const readOnly = (error as NodeJS.ErrnoException).code === 'EROFS';
    throw new InputError(`Accord may not write to ${folder}${readOnly ? ' (its disk is read-only)' : ''}; give --out a file in a folder you can write to.`);
  }
}

/** A workshop file, or a workshop of the library read straight from its file (never locked, never written). */
async function findWorkshop(name: string, dataDir: string): Promise<{ workshop: Workshop; fromLibrary: boolean }> {
  const asFile = resolve(name);
  const isFile = await stat(asFile).then((s) => s.isFile(), () => false);
  let path: string;
  if (isFile) path = asFile;
  else if (isWorkshopId(name)) path = new LibraryLayout(dataDir).workshopFile(name);
  else throw new InputError(`No workshop file named ${asFile}.`);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new InputError(isFile ? `Accord could not read ${path}.` : `There is no file ${asFile}, and the library in ${dataDir} has no workshop with the id “${name}” (its files are workshops/<id>${WORKSHOP_SUFFIX}).`);
  }
  const outcome = parseWorkshopText(text);
  if (outcome.kind === 'invalid') throw new InputError(`${path} is not a workshop Accord can open: ${outcome.rejections.slice(0, 3).map(describeRejection).join('; ')}`);
  const fromLibrary = !isFile;
  if (outcome.kind === 'ok') return { workshop: outcome.workshop, fromLibrary };
  // A newer Accord's file: its charter prints from the fields this version knows, as the app shows it read-only.
  if (outcome.workshop) return { workshop: outcome.workshop, fromLibrary };
  throw new InputError(`${path} was made by a newer Accord (schema ${outcome.fileVersion}); update Accord to export from it.`);
}

// ---------------------------------------------------------------- check-in

async function checkInCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, options: { 'data-dir': { type: 'string' } } });
  if (positionals.length !== 1) throw new UsageError('Name one workshop of the library by its id.');
  const id = positionals[0]!;
  if (!isWorkshopId(id)) throw new UsageError(`“${id}” is not a workshop id (the name of its file in the library’s workshops folder, without ${WORKSHOP_SUFFIX}).`);
  const dataDir = resolve(values['data-dir'] ?? defaultDataDir());
  const layout = new LibraryLayout(dataDir);
  // Checked before anything is locked or created: a mistyped id or folder leaves no library behind.
  if (!(await stat(layout.workshopFile(id)).then((s) => s.isFile(), () => false))) {
    throw new InputError(`The library in ${dataDir} has no workshop with the id “${id}” (its files are workshops/<id>${WORKSHOP_SUFFIX}).`);
  }
  let lock: DataDirLock;
  try {
    lock = await acquireDataDirLock(dataDir);
  } catch (error) {
    io.err((error as Error).message);
    return EXIT.notDone;
  }
  try {
    const repository = await createWorkshopRepository({ dataDir, ...(io.now ? { now: io.now } : {}) });
    const { workshop: source } = await repository.open(id);
    const made = checkInFromSigned(source, { id: randomUUID(), now: (io.now ?? (() => new Date()))().toISOString(), newId: randomUUID });
    if (!made.ok) {
      io.err(`No check-in was created for “${source.setup.title.trim() || id}”: ${made.message}`);
      return EXIT.notDone;
    }
    await repository.create(made.workshop);
    await repository.whenIdle();
    const { checkIn, setup } = made.workshop;
    const follows = checkIn!.earlier.at(-1)!;
    io.out(made.workshop.id);
    io.out(`Created “${setup.title}”, check-in ${checkIn!.earlier.length} of “${checkIn!.earlier[0]!.title || 'the first workshop'}”: it follows version ${follows.charterVersion} of the charter as signed (fingerprint ${follows.fingerprint.slice(0, 12)}…). Open it from Accord’s library.`);
    return EXIT.done;
  } catch (error) {
    if (error instanceof RepositoryError) {
      io.err(error.message);
      return EXIT.notDone;
    }
    throw error;
  } finally {
    await lock.release();
  }
}

// ---------------------------------------------------------------- verify

async function verifyCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, options: { 'data-dir': { type: 'string' } } });
  if (positionals.length !== 1) throw new UsageError('Name one PDF file to verify.');
  const path = resolve(positionals[0]!);
  const size = await stat(path).then((s) => (s.isFile() ? s.size : null), () => null);
  if (size === null) throw new InputError(`There is no file ${path}.`);
  if (size > MAX_VERIFY_BYTES) throw new InputError(`${path} is ${formatMegabytes(size)}; Accord verifies charters up to ${formatMegabytes(MAX_VERIFY_BYTES)}.`);
  const bytes = new Uint8Array(await readFile(path));

  const dataDir = resolve(values['data-dir'] ?? defaultDataDir());
  const { verification, workshopInLibrary } = await verifyCharterInLibrary(bytes, createCharterVerifier(), { dataDir });
  const id = verification.embeddedCharter?.content.workshopId;

  io.out(`${VERDICT_LABEL[verification.verdict]}: ${verification.reason}`);
  if (verification.fingerprint) io.out(`Fingerprint: ${verification.fingerprint}`);
  if (id !== undefined && !workshopInLibrary) io.out(`Library: ${dataDir} holds no readable workshop with the id “${id}”.`);
  const exportRecord = verification.library?.exportRecord;
  if (exportRecord) io.out(`Library record: ${exportRecord.message}`);
  io.out(`\n${CHARTER_VERIFICATION_LIMIT}`);
  // Exit 0 promises a file unchanged since this Accord's seal. When the library recorded exports
  // of that version but not these pages, the strongest check there is failed: pages changed and
  // then sealed again with Accord's own seal code look exactly like this, so a script must not
  // take the file as good. With no record at all (older exports, another machine) nothing tells
  // such a file from a good one, and the verdict alone decides.
  if (exportRecord?.status === 'not-recorded') return EXIT.notDone;
  return verification.verdict === 'unchanged' ? EXIT.done : EXIT.notDone;
}

const VERDICT_LABEL = { unchanged: 'Unchanged', contentIntact: 'Content intact, file changed', altered: 'Altered' } as const;

function isParseArgsError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}
