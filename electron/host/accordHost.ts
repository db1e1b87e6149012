/**
 * The host behind every window: owns the workshop library and the one open session, and
 * answers the AccordApi requests. Runs inside Electron's main process and standalone under
 * Node for the browser mode; never imports 'electron'.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { applyCommand } from '../../src/domain/applyCommand';
import { createWorkshop } from '../../src/domain/createWorkshop';
import { createSampleWorkshop } from '../../src/domain/sampleWorkshop';
import { emptySignoff } from '../../src/domain/signoff';
import { describeRejection } from '../../src/domain/validationMessages';
import type { Workshop } from '../../src/domain/workshopSchema';
import { formatMegabytes, MAX_VERIFY_BYTES, type AccordApi, type AccordRequestMethod, type CharterExportRequest, type CharterExportResult, type CharterVerification, type SessionEvent, type WorkshopSummary } from '../../src/shared/accordApi';
import { requestArgsSchemas } from '../../src/shared/requestSchemas';
import { acquireDataDirLock } from './acquireDataDirLock';
import type { AccordHost, AccordHostOptions } from './accordHost.types';
import { charterFileName, charterRecordFor } from './charter/charterRecordFor';
import { CharterPrintError } from './charter/charterPrinter';
import { exportCharterPdf } from './charter/exportCharterPdf';
import { SealError } from './charter/sealCharterPdf';
import { createCharterFingerprinter } from './charter/fingerprintCharter';
import { verifyCharterInLibrary } from './charter/verifyCharterInLibrary';
import { createCharterVerifier } from './charter/verifyCharterPdf';
import { workshopExport } from './exports/workshopExport';
import { systemTimeZone } from '../../src/domain/localTimestamp';
import { durableWrite } from './storage/durableWrite';
import { exportedWorkshop } from './storage/exportedWorkshop';
import { summarizeWorkshop } from './summarizeWorkshop';
import { checkInFromSigned } from './checkInFromSigned';
import { librarySeries } from './librarySeries';
import { createWorkshopRepository, newestFirst } from './storage/workshopRepository';
import { WorkshopSession, type SessionTiming } from './workshopSession';

type RequestHandlers = { [M in AccordRequestMethod]: (...args: Parameters<AccordApi[M]>) => ReturnType<AccordApi[M]> };

interface HostSettings {
  lastOpenedId: string | null;
}

export async function createAccordHost(options: AccordHostOptions & { timing?: SessionTiming }): Promise<AccordHost> {
  const now = options.now ?? (() => new Date());
  const lock = await acquireDataDirLock(options.dataDir);
  const repository = await createWorkshopRepository({ dataDir: options.dataDir, now, ...(options.writeFile ? { writeFile: options.writeFile } : {}) }).catch(async (error: unknown) => {
    await lock.release();
    throw error;
  });
  const settingsPath = join(options.dataDir, 'settings.json');
  const listeners = new Set<(event: SessionEvent) => void>();
  let session: WorkshopSession | null = null;
  let unsubscribeSession: (() => void) | null = null;
  /** Revisions keep increasing across sessions (see WorkshopSession's startRevision). */
  let nextRevision = 0;
  /**
   * Opening, closing, renaming, duplicating and deleting run one at a time, so two windows
   * (or a double click) can never interleave them and orphan a session.
   */
  let lifecycle: Promise<unknown> = Promise.resolve();
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const run = lifecycle.then(work, work);
    lifecycle = run.catch(() => undefined);
    return run;
  };

  const broadcast = (event: SessionEvent) => {
    for (const listener of listeners) listener(event);
  };

  const readSettings = async (): Promise<HostSettings> => {
    try {
      const parsed = JSON.parse(await readFile(settingsPath, 'utf8')) as Partial<HostSettings>;
      return { lastOpenedId: typeof parsed.lastOpenedId === 'string' ? parsed.lastOpenedId : null };
    } catch {
      return { lastOpenedId: null };
    }
  };
  const writeSettings = (settings: HostSettings) => durableWrite(settingsPath, JSON.stringify(settings)).catch(() => undefined);

  const closeSession = async () => {
    if (!session) return;
    const closing = session;
    await closing.close();
    nextRevision = closing.snapshot().revision + 1;
    unsubscribeSession?.();
    unsubscribeSession = null;
    session = null;
    broadcast({ kind: 'snapshot', snapshot: null });
  };

  const openSession = async (id: string) => {
    if (session?.id === id) return session.snapshot();
    const opened = await repository.open(id);
    await closeSession();
    session = new WorkshopSession(opened, repository, now, options.timing, nextRevision);
    unsubscribeSession = session.onDidChange(broadcast);
    await writeSettings({ lastOpenedId: id });
    const snapshot = session.snapshot();
    broadcast({ kind: 'snapshot', snapshot });
    return snapshot;
  };

  /**
   * The current document of a workshop: the open session's (unsaved edits included, without
   * waiting for the disk) if it is open, else from disk.
   */
  const currentWorkshop = async (id: string) => (session?.id === id ? session.current : (await repository.open(id)).workshop);

  const verifyCharterPdf = createCharterVerifier();

  /** The open workshop's charter (the current version or a signed one), printed and sealed. */
  const exportCharter = async ({ workshopId, version, paperSize }: CharterExportRequest): Promise<CharterExportResult> => {
    if (!session) return { ok: false, message: 'No workshop is open: open the workshop whose charter you want to export.' };
    if (session.id !== workshopId) return { ok: false, message: 'That workshop is not the open one: open it to export its charter.' };
    const open = session;
    const picked = charterRecordFor(open.current, version, paperSize, () => open.charterFingerprint());
    if (!picked.ok) return picked;
    if (!options.printCharter) return { ok: false, message: 'This Accord cannot print charters: it was started without a way to print.' };
    const { record } = picked;
    try {
      // Recorded in this library, so verifying the file here later can confirm its pages; an export
      // that cannot be recorded is still a good export, and the log says why it is not recorded.
      const { pdf, notRecorded } = await exportCharterPdf(record, options.printCharter, now, { dataDir: options.dataDir });
      if (notRecorded) console.warn(notRecorded);
      return { ok: true, fileName: charterFileName(record), fingerprint: record.fingerprint, pdfBase64: Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('base64') };
    } catch (error) {
      if (error instanceof CharterPrintError || error instanceof SealError) return { ok: false, message: error.message };
      return { ok: false, message: `Accord could not export the charter: ${(error as Error).message}` };
    }
  };

  /**
   * The actions as CSV, the current charter as Markdown or the rhythm as a calendar, from the open workshop as in memory
   * (unsaved edits included, without waiting for the disk), else from the library.
   */
  const exportWorkshopAs: AccordApi['exportWorkshopAs'] = async ({ workshopId, format, withDueDates }) => {
    const open = session?.id === workshopId ? session : null;
    let workshop: Workshop;
    try {
      workshop = await currentWorkshop(workshopId);
    } catch (error) {
      return { ok: false, message: (error as Error).message };
    }
    const fingerprint = () => (open ? open.charterFingerprint() : createCharterFingerprinter()(workshop));
    return workshopExport(workshop, format, fingerprint, { withDueDates: withDueDates ?? false, now: now(), defaultTimeZone: systemTimeZone() });
  };

  /** A PDF's bytes checked against the seal inside it, then against this library (read only). */
  const verifyCharter: AccordApi['verifyCharter'] = async (_fileName, pdfBase64) => {
    const bytes = decodeBase64(pdfBase64);
    if (bytes === null) return unreadable('The file arrived damaged (its data is not valid base64); choose it again.');
    if (bytes.byteLength > MAX_VERIFY_BYTES) return unreadable(`This file is ${formatMegabytes(bytes.byteLength)}; Accord verifies charters up to ${formatMegabytes(MAX_VERIFY_BYTES)}.`);
    // The open workshop as in memory; any other is only read from its file, never opened: opening
    // cleans up after crashes and restores damaged files, and a check must change nothing.
    const checked = await verifyCharterInLibrary(bytes, verifyCharterPdf, { dataDir: options.dataDir, openWorkshop: (id) => (session?.id === id ? session.current : null) });
    return checked.verification;
  };

  /** The library as on disk, with the open workshop as it is now: a signature shows before its autosave lands. */
  const withOpenWorkshop = (listed: WorkshopSummary[]): WorkshopSummary[] => {
    const open = session?.readOnlyReason === null ? session : null;
    if (!open || !listed.some((summary) => summary.id === open.id)) return listed;
    return listed.map((summary) => (summary.id === open.id ? summarizeWorkshop(open.current) : summary)).sort(newestFirst);
  };

  const handlers: RequestHandlers = {
    listWorkshops: async () => librarySeries(withOpenWorkshop(await repository.list())),
    createWorkshop: ({ title, templateId }) => serially(async () => {
      const stamp = now().toISOString();
      const workshop =
        templateId === 'sample'
          ? { ...createSampleWorkshop(stamp), id: randomUUID() }
          : createWorkshop({ id: randomUUID(), now: stamp, title: title.trim() || 'Untitled workshop', templateId, newId: randomUUID });
      if (templateId === 'sample' && title.trim()) workshop.setup.title = title.trim();
      await repository.create(workshop);
      return summarizeWorkshop(workshop);
    }),
    renameWorkshop: (id, title) => serially(async () => {
      const command = { type: 'updateSetup', patch: { title } } as const;
      if (session?.id === id) {
        const result = session.dispatch(command);
        if (!result.ok) throw new Error(describeRejection(result.rejection));
        return summarizeWorkshop(session.current);
      }
      const opened = await repository.open(id);
      if (opened.readOnlyReason) throw new Error(`“${opened.workshop.setup.title}” is read-only: ${opened.readOnlyReason}`);
      const result = applyCommand(opened.workshop, command, { now: now().toISOString(), newId: randomUUID });
      if (!result.ok) throw new Error(describeRejection(result.rejection));
      await repository.save(result.workshop);
      return summarizeWorkshop(result.workshop);
    }),
    duplicateWorkshop: (id) => serially(async () => {
      const source = await currentWorkshop(id);
      const stamp = now().toISOString();
      const copy = {
        ...source,
        id: randomUUID(),
        createdAt: stamp,
        updatedAt: stamp,
        setup: { ...source.setup, title: `${source.setup.title} (copy)`.slice(0, 300) },
        // Signatures and signed versions belong to the charter that was signed, not to its copy.
        signoff: emptySignoff(),
      };
      await repository.create(copy);
      return summarizeWorkshop(copy);
    }),
    createCheckIn: (id) => serially(async () => {
      // The open workshop as in memory: a signature given a moment ago counts before it is saved.
      const source = await currentWorkshop(id);
      const made = checkInFromSigned(source, { id: randomUUID(), now: now().toISOString(), newId: randomUUID });
      if (!made.ok) return made;
      await repository.create(made.workshop);
      return { ok: true, id: made.workshop.id, title: made.workshop.setup.title };
    }),
    deleteWorkshop: (id) =>
      serially(async () => {
        if (session?.id === id) await closeSession();
        await repository.delete(id);
      }),
    importWorkshop: (fileName, text) => repository.importText(fileName, text),
    // The open workshop is exported from memory, never after a flush: "Export a copy" is the
    // advice shown when saving fails, so it must work precisely when the disk refuses the file.
    // A read-only workshop from a newer Accord goes out as its file, with fields this version drops.
    exportWorkshop: async (id) =>
      session?.id === id && session.readOnlyReason === null ? exportedWorkshop(session.current) : repository.exportText(id),
    openWorkshop: (id) => serially(() => openSession(id)),
    closeWorkshop: () => serially(() => closeSession()),
    getSession: async () => session?.snapshot() ?? null,
    resumeSession: async (since) => {
      const changes = session?.changesSince(since);
      if (!session || !changes) return { kind: 'snapshot', snapshot: session?.snapshot() ?? null };
      const { saveState, notices } = session.snapshot();
      return { kind: 'patches', events: changes, saveState, notices };
    },
    dispatch: async (command) => {
      if (!session) return { ok: false, rejection: { path: '', message: 'No workshop is open.' } };
      return session.dispatch(command);
    },
    undo: async () => session?.undo() ?? { ok: false, rejection: { path: '', message: 'No workshop is open.' } },
    redo: async () => session?.redo() ?? { ok: false, rejection: { path: '', message: 'No workshop is open.' } },
    dismissNotice: async (id) => session?.dismissNotice(id),
    getCharterFingerprint: async () => session?.charterFingerprint() ?? { ok: false, message: 'No workshop is open.' },
    exportCharter,
    exportWorkshopAs,
    verifyCharter,
  };

  // First launch: a sample workshop shows what a finished day looks like; later launches
  // reopen the workshop the facilitator had open.
  const library: WorkshopSummary[] = await repository.list();
  let startId = (await readSettings()).lastOpenedId;
  if (library.length === 0 && options.seedSample !== false) {
    const sample = createSampleWorkshop(now().toISOString());
    await repository.create(sample);
    startId = sample.id;
  }
  if (startId && (library.some((w) => w.id === startId && !w.problem) || library.length === 0)) {
    await openSession(startId).catch(() => undefined);
  }

  return {
    async call(method, args) {
      const schema = requestArgsSchemas[method];
      if (!schema) throw new Error(`Unknown request: ${String(method)}`);
      const parsed = schema.safeParse(args);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new Error(`The request ${method} was refused: ${issue ? `${issue.path.join('.') || 'arguments'}: ${issue.message}` : 'invalid arguments'}`);
      }
      const handler = handlers[method] as (...a: unknown[]) => Promise<unknown>;
      return handler(...parsed.data);
    },
    onDidChangeSession(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async flush() {
      await session?.flush();
    },
    unsavedCopy() {
      if (!session || session.readOnlyReason !== null || session.snapshot().saveState.status === 'saved') return null;
      return { title: session.current.setup.title.trim() || 'Untitled workshop', ...exportedWorkshop(session.current) };
    },
    async close() {
      // When the last save fails, nothing is let go: the session keeps its windows and retries,
      // and the data folder stays locked so no second Accord writes beside this one meanwhile.
      await serially(() => closeSession());
      listeners.clear();
      await options.printCharter?.close?.().catch(() => undefined);
      await lock.release();
    },
  };
}

/** Strict base64 (what FileReader and Buffer write): anything else is refused rather than half-read. */
function decodeBase64(text: string): Uint8Array | null {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null;
  return new Uint8Array(Buffer.from(text, 'base64'));
}

function unreadable(reason: string): CharterVerification {
  return { verdict: 'altered', reason, fingerprint: null, library: null, embeddedCharter: null };
}
