import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAccordHost } from '../../electron/host/accordHost';
import { fingerprintCharter } from '../../electron/host/charter/fingerprintCharter';
import type { AccordHost } from '../../electron/host/accordHost.types';
import { SAMPLE_WORKSHOP_ID } from '../../src/domain/sampleWorkshop';
import type { SessionSnapshot, WorkshopSummary } from '../../src/shared/accordApi';
import { acceptAllCommand } from '../helpers/domainBuilders';
import { mountSkipReason, mountSmallDisk, type SmallDisk } from '../helpers/smallDisk';

let dataDir: string;
let host: AccordHost;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'accord-host-'));
  host = await createAccordHost({ dataDir });
});
afterEach(async () => {
  await host.close();
  await rm(dataDir, { recursive: true, force: true });
});

const session = () => host.call('getSession', []) as Promise<SessionSnapshot | null>;
const list = () => host.call('listWorkshops', []) as Promise<WorkshopSummary[]>;

describe('AccordHost', () => {
  it('gives the open charter’s fingerprint, unchanged by running the day and changed by an edit of what it says', async () => {
    const fingerprint = () => host.call('getCharterFingerprint', []);
    const first = await fingerprint();
    expect(first).toEqual({ ok: true, fingerprint: fingerprintCharter((await session())!.workshop), version: 1 });
    await host.call('dispatch', [{ type: 'goToPhase', phase: 'signoff' }]);
    await host.call('dispatch', [{ type: 'showCharterSection', section: 'cover' }]);
    await host.call('dispatch', [{ type: 'updateSetup', patch: { paperSize: 'letter' } }]);
    expect(await fingerprint()).toEqual(first);
    await host.call('dispatch', [{ type: 'updateSetup', patch: { venue: 'Harbour House, room 2' } }]);
    const edited = await fingerprint();
    expect(edited).toEqual({ ok: true, fingerprint: fingerprintCharter((await session())!.workshop), version: 1 });
    expect(edited).not.toEqual(first);
    await host.call('closeWorkshop', []);
    expect(await fingerprint()).toEqual({ ok: false, message: 'No workshop is open.' });
  });

  it('seeds the sample workshop on first launch and opens it', async () => {
    expect((await list()).map((w) => w.id)).toEqual([SAMPLE_WORKSHOP_ID]);
    expect((await session())?.workshop.setup.company).toBe('Kestrel Fleet Systems');
  });

  it('reopens the workshop that was open when it last stopped', async () => {
    const created = (await host.call('createWorkshop', [{ title: 'Q1 offsite', templateId: 'transactional-smb' }])) as WorkshopSummary;
    await host.call('openWorkshop', [created.id]);
    await host.close();
    host = await createAccordHost({ dataDir });
    expect((await session())?.workshop.id).toBe(created.id);
    expect((await list())).toHaveLength(2);
  });

  it('opens live a workshop last closed while the projector was blank or on a break, even a read-only one', async () => {
    expect(await host.call('dispatch', [{ type: 'startBreak', minutes: 15 }])).toMatchObject({ ok: true });
    await host.close();
    const file = join(dataDir, 'workshops', `${SAMPLE_WORKSHOP_ID}.accord.json`);
    expect(JSON.parse(await readFile(file, 'utf8')).room.screen).toBe('break');
    host = await createAccordHost({ dataDir });
    expect((await session())?.workshop.room).toEqual({ screen: 'live', breakEndsAt: null, focus: { stageId: null, responsibilitiesView: 'matrix' } });

    // A file from a newer Accord opens read-only and takes no commands: it must not open dark.
    await host.close();
    const saved = JSON.parse(await readFile(file, 'utf8')) as { room: object };
    const newer = { ...saved, schemaVersion: 99, room: { ...saved.room, screen: 'blank', breakEndsAt: null } };
    await writeFile(file, JSON.stringify(newer));
    host = await createAccordHost({ dataDir });
    const opened = (await session())!;
    expect(opened.readOnly).toBe(true);
    expect(opened.workshop.room.screen).toBe('live');
  });

  it('renames an open workshop through its session, so undo covers it', async () => {
    const renamed = (await host.call('renameWorkshop', [SAMPLE_WORKSHOP_ID, 'Renamed day'])) as WorkshopSummary;
    expect(renamed.title).toBe('Renamed day');
    expect((await session())?.canUndo).toBe(true);
  });

  it('duplicates a workshop under a new id without its signatures or accepted points', async () => {
    expect(await host.call('dispatch', [acceptAllCommand((await session())!.workshop)])).toMatchObject({ ok: true });
    const fingerprint = fingerprintCharter((await session())!.workshop);
    const strokes = [[[10, 20, 0], [30, 40, 16]]];
    expect(await host.call('dispatch', [{ type: 'sign', participantId: 'p1', typedName: 'Marguerite Fontaine', strokes, fingerprint }])).toMatchObject({ ok: true });
    expect((await session())!.workshop.signoff.signatures).toHaveLength(1);
    const copy = (await host.call('duplicateWorkshop', [SAMPLE_WORKSHOP_ID])) as WorkshopSummary;
    expect(copy.id).not.toBe(SAMPLE_WORKSHOP_ID);
    expect(copy.title).toMatch(/\(copy\)$/);
    expect((await list())).toHaveLength(2);
    await host.call('openWorkshop', [copy.id]);
    expect((await session())!.workshop.signoff).toEqual({ charterVersion: 1, versions: [], signatures: [], absent: [], acceptedWarnings: [], reviewSection: null, reviewPage: 0 });
  });

  it('deleting the open workshop closes its session', async () => {
    await host.call('deleteWorkshop', [SAMPLE_WORKSHOP_ID]);
    expect(await session()).toBeNull();
    expect(await list()).toEqual([]);
  });

  it('exports and imports a workshop as a new one', async () => {
    const exported = (await host.call('exportWorkshop', [SAMPLE_WORKSHOP_ID])) as { fileName: string; text: string };
    expect(exported.fileName).toMatch(/^[^.]+\.accord$/);
    const imported = (await host.call('importWorkshop', [exported.fileName, exported.text])) as { ok: boolean; summary: WorkshopSummary };
    expect(imported.ok).toBe(true);
    expect(imported.summary.id).not.toBe(SAMPLE_WORKSHOP_ID);
    expect((await list())).toHaveLength(2);
  });

  it('refuses malformed arguments with a readable message', async () => {
    await expect(host.call('openWorkshop', ['../../etc'])).rejects.toThrow(/openWorkshop was refused/);
    await expect(host.call('dispatch', [{ type: 'launchRockets' }])).rejects.toThrow(/refused/);
    await expect(host.call('listWorkshops', ['extra'])).rejects.toThrow(/refused/);
  });
});

describe('one Accord per data folder', () => {
  it('refuses a second host on the same folder, and says what to do', async () => {
    await expect(createAccordHost({ dataDir })).rejects.toThrow(/already using .*Close it first, or start this one with another --data-dir/);
  });

  it('takes over a lock left by a process that is gone', async () => {
    await host.close();
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(dataDir, 'accord.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, since: '2026-11-22T09:00:00.000Z' }));
    host = await createAccordHost({ dataDir });
    expect(await list()).toHaveLength(1);
  });
});

// Boot ids are read from /proc on Linux; elsewhere the process id alone decides.
describe.runIf(process.platform === 'linux')('a lock from an earlier boot', () => {
  it('is taken over even when its process id now belongs to a running process', async () => {
    await host.close();
    const { writeFile } = await import('node:fs/promises');
    // process.pid is certainly running; the boot id says the lock predates a reboot.
    await writeFile(join(dataDir, 'accord.lock'), JSON.stringify({ pid: process.pid, since: '2026-11-01T09:00:00.000Z', boot: 'an-earlier-boot' }));
    host = await createAccordHost({ dataDir });
    expect(await list()).toHaveLength(1);
  });
});

describe.skipIf(mountSkipReason !== null)(`export while the disk refuses saves${mountSkipReason ? ` (skipped: ${mountSkipReason})` : ''}`, () => {
  let disk: SmallDisk;
  let fullHost: AccordHost | null = null;
  beforeAll(() => {
    disk = mountSmallDisk(2048);
  });
  afterAll(async () => {
    try {
      await disk.unfill();
      await fullHost?.close();
    } finally {
      await disk.unmount();
    }
  });

  it('exports the unsaved edits from memory to another, writable folder', async () => {
    fullHost = await createAccordHost({ dataDir: join(disk.dir, 'library') });
    const edit = await fullHost.call('dispatch', [{ type: 'updateSetup', patch: { title: 'Only in memory' } }]);
    expect(edit).toMatchObject({ ok: true });
    await disk.fill();
    await expect(fullHost.flush()).rejects.toThrow(/The disk is full/);

    const exported = (await fullHost.call('exportWorkshop', [SAMPLE_WORKSHOP_ID])) as { fileName: string; text: string };
    const elsewhere = await mkdtemp(join(tmpdir(), 'accord-export-'));
    try {
      await writeFile(join(elsewhere, exported.fileName), exported.text);
      const copy = JSON.parse(await readFile(join(elsewhere, exported.fileName), 'utf8')) as { setup: { title: string } };
      expect(copy.setup.title).toBe('Only in memory');
    } finally {
      await rm(elsewhere, { recursive: true, force: true });
    }
    const onDisk = JSON.parse(await readFile(join(disk.dir, 'library', 'workshops', `${SAMPLE_WORKSHOP_ID}.accord.json`), 'utf8')) as { setup: { title: string } };
    expect(onDisk.setup.title).not.toBe('Only in memory');
  });

  it('keeps the data folder locked and the windows informed when closing cannot save', async () => {
    const events: string[] = [];
    fullHost!.onDidChangeSession((event) => events.push(event.kind));
    await expect(fullHost!.close()).rejects.toThrow(/The disk is full/);
    await expect(createAccordHost({ dataDir: join(disk.dir, 'library') })).rejects.toThrow(/already using/);
    await fullHost!.call('dispatch', [{ type: 'updateSetup', patch: { venue: 'Still editing' } }]);
    expect(events).toContain('patch');

    await disk.unfill();
    await fullHost!.close();
    const reopened = await createAccordHost({ dataDir: join(disk.dir, 'library') });
    expect(((await reopened.call('getSession', [])) as SessionSnapshot).workshop.setup.venue).toBe('Still editing');
    await reopened.close();
    fullHost = null;
  });
});

describe.skipIf(mountSkipReason !== null)(`start-up on a read-only disk${mountSkipReason ? ` (skipped: ${mountSkipReason})` : ''}`, () => {
  it('says in plain words that the disk is read-only and what to do', async () => {
    const disk = mountSmallDisk(1024);
    try {
      const library = join(disk.dir, 'library');
      const { mkdir } = await import('node:fs/promises');
      await mkdir(library);
      disk.remount('ro');
      const error = await createAccordHost({ dataDir: library }).then(() => null, (e: unknown) => e as Error);
      expect(error?.message).toBe(
        `The disk that holds ${library} is read-only: Accord could not start on its data folder. Make the disk writable, or run Accord with its data on another disk.`,
      );
      expect(error?.message).not.toMatch(/EROFS/);
    } finally {
      await disk.unmount();
    }
  });
});
