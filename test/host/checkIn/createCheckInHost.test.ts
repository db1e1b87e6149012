/**
 * "Create a check-in" through the host, on real library folders: refused in the facilitator's
 * words while nobody signed, made from the signed charter (the open session's, unsaved included),
 * stored as a new workshop that reopens, and the library listing the series together.
 */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAccordHost } from '../../../electron/host/accordHost';
import type { AccordHost } from '../../../electron/host/accordHost.types';
import { DEFAULT_TIMING } from '../../../electron/host/workshopSession';
import { fingerprintCharter } from '../../../electron/host/charter/fingerprintCharter';
import { checkInRefusal } from '../../../src/domain/createCheckIn';
import { navigablePhases } from '../../../src/domain/phases';
import { SAMPLE_WORKSHOP_ID } from '../../../src/domain/sampleWorkshop';
import type { Workshop } from '../../../src/domain/workshopSchema';
import type { CheckInResult, SessionSnapshot, WorkshopSummary } from '../../../src/shared/accordApi';
import { acceptAllCommand } from '../../helpers/domainBuilders';

const SAMPLE_TITLE = 'Kestrel sales & marketing alignment day';
const STROKES = [[[10, 20, 0], [30, 40, 16]]];

let dataDir: string;
let host: AccordHost;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'accord-check-in-'));
  // A clock that moves a minute per reading, so "newest first" has an order to keep.
  let clock = Date.parse('2027-03-01T09:00:00.000Z');
  host = await createAccordHost({ dataDir, now: () => new Date((clock += 60_000)) });
});
afterEach(async () => {
  await host.close();
  await rm(dataDir, { recursive: true, force: true });
});

const session = async () => (await host.call('getSession', [])) as SessionSnapshot;
const list = () => host.call('listWorkshops', []) as Promise<WorkshopSummary[]>;
const createCheckIn = (id: string) => host.call('createCheckIn', [id]) as Promise<CheckInResult>;
const workshopFiles = async () => (await readdir(join(dataDir, 'workshops'))).filter((name) => name.endsWith('.accord.json')).sort();

/** The open workshop signed by its first participant, as the sign-off phase does it. */
async function signOpenWorkshop(): Promise<Workshop> {
  expect(await host.call('dispatch', [acceptAllCommand((await session()).workshop)])).toMatchObject({ ok: true });
  const { workshop } = await session();
  const participant = workshop.participants[0]!;
  const sign = { type: 'sign', participantId: participant.id, typedName: participant.name, strokes: STROKES, fingerprint: fingerprintCharter(workshop) };
  expect(await host.call('dispatch', [sign])).toMatchObject({ ok: true });
  return (await session()).workshop;
}

function created(result: CheckInResult): Extract<CheckInResult, { ok: true }> {
  if (!result.ok) throw new Error(`refused: ${result.message}`);
  return result;
}

describe('createCheckIn (host)', () => {
  it('refuses a workshop nobody signed with checkInRefusal’s words, and creates nothing', async () => {
    const before = await workshopFiles();
    const result = await createCheckIn(SAMPLE_WORKSHOP_ID);
    expect(result).toEqual({ ok: false, message: checkInRefusal((await session()).workshop) });
    expect(result).toMatchObject({ message: expect.stringMatching(/Nobody has signed/) });
    expect(await workshopFiles()).toEqual(before);
    expect(await list()).toHaveLength(1);
  });

  it('creates the check-in of the open workshop from what was just signed (before it is saved) and stores it as a new library workshop', async () => {
    const signed = await signOpenWorkshop();
    const result = created(await createCheckIn(SAMPLE_WORKSHOP_ID));
    expect(result.title).toBe(`${SAMPLE_TITLE}: check-in`);
    expect(result.id).not.toBe(SAMPLE_WORKSHOP_ID);
    // Stored: its own file in the library, valid, with the look-back on the signed charter.
    const stored = JSON.parse(await readFile(join(dataDir, 'workshops', `${result.id}.accord.json`), 'utf8')) as Workshop;
    expect(stored.checkIn?.seriesId).toBe(SAMPLE_WORKSHOP_ID);
    expect(stored.checkIn?.earlier).toHaveLength(1);
    expect(stored.checkIn?.earlier[0]).toMatchObject({ workshopId: SAMPLE_WORKSHOP_ID, charterVersion: 1, fingerprint: signed.signoff.signatures[0]!.fingerprint });
    expect(stored.createdAt).toMatch(/^2027-03-01T09:/);
    // The source stays open and unchanged; the check-in opens like any workshop, on Setup with the shorter day.
    expect((await session()).workshop.id).toBe(SAMPLE_WORKSHOP_ID);
    const opened = (await host.call('openWorkshop', [result.id])) as SessionSnapshot;
    expect(opened.workshop.currentPhase).toBe('setup');
    expect(navigablePhases(opened.workshop)).toContain('sinceLastTime');
    expect(opened.readOnly).toBe(false);
  });

  it('creates it from a closed workshop read from disk, and from the last signed version when the charter was edited after signing', async () => {
    const signed = await signOpenWorkshop();
    const fingerprint = signed.signoff.signatures[0]!.fingerprint;
    const action = signed.actions[0]!;
    expect(await host.call('dispatch', [{ type: 'updateItem', collection: 'actions', id: action.id, patch: { title: 'Edited after signing' } }])).toMatchObject({ ok: true });
    await host.call('closeWorkshop', []);
    const result = created(await createCheckIn(SAMPLE_WORKSHOP_ID));
    const stored = JSON.parse(await readFile(join(dataDir, 'workshops', `${result.id}.accord.json`), 'utf8')) as Workshop;
    expect(stored.actions[0]!.title).toBe(action.title);
    expect(stored.checkIn?.earlier[0]?.fingerprint).toBe(fingerprint);
  });

  it('refuses a signed charter whose kept content no longer hashes to its signatures’ fingerprint', async () => {
    await signOpenWorkshop();
    await host.call('closeWorkshop', []);
    await host.close();
    // Someone edited the file by hand after the room signed: the signatures no longer vouch for it.
    const file = join(dataDir, 'workshops', `${SAMPLE_WORKSHOP_ID}.accord.json`);
    const tampered = JSON.parse(await readFile(file, 'utf8')) as Workshop;
    tampered.goals[0]!.target = 'Whatever suits us';
    await writeFile(file, JSON.stringify(tampered));
    host = await createAccordHost({ dataDir });
    const before = await workshopFiles();
    const result = await createCheckIn(SAMPLE_WORKSHOP_ID);
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/no longer matches the fingerprint its signatures carry/) });
    expect(await workshopFiles()).toEqual(before);
  });

  it('answers a workshop that is not in the library with a readable error', async () => {
    await expect(createCheckIn('no-such-workshop')).rejects.toThrow(/There is no workshop with the id “no-such-workshop”/);
    await expect(host.call('createCheckIn', [])).rejects.toThrow(/createCheckIn was refused/);
    await expect(host.call('createCheckIn', [{ id: SAMPLE_WORKSHOP_ID }])).rejects.toThrow(/createCheckIn was refused/);
    await expect(host.call('createCheckIn', ['../../etc/passwd'])).rejects.toThrow(/createCheckIn was refused/);
  });
});

describe('the library’s series', () => {
  it('says for each workshop whether it can have a check-in, when it was signed, and where it stands in its series', async () => {
    const unsigned = (await list())[0]!;
    expect(unsigned).toMatchObject({ isCheckIn: false, canHaveCheckIn: false, signedAt: null, series: { id: SAMPLE_WORKSHOP_ID, position: 0, follows: null, size: 1 } });

    const signed = await signOpenWorkshop();
    const first = created(await createCheckIn(SAMPLE_WORKSHOP_ID));
    // The first check-in signed in turn, and a second check-in after it.
    await host.call('openWorkshop', [first.id]);
    await signOpenWorkshop();
    const second = created(await createCheckIn(first.id));
    expect(second.title).toBe(`${SAMPLE_TITLE}: check-in 2`);
    // An unrelated workshop, edited last: it stays on its own, newest first.
    const other = (await host.call('createWorkshop', [{ title: 'Partner kick-off', templateId: 'blank' }])) as WorkshopSummary;

    const library = await list();
    expect(library.map((w) => w.id)).toEqual([other.id, SAMPLE_WORKSHOP_ID, first.id, second.id]);
    const [alone, day, checkIn1, checkIn2] = library;
    expect(alone).toMatchObject({ isCheckIn: false, canHaveCheckIn: false, series: { id: other.id, size: 1, position: 0 } });
    expect(day).toMatchObject({ isCheckIn: false, canHaveCheckIn: true, signedAt: signed.signoff.signatures[0]!.signedAt, series: { id: SAMPLE_WORKSHOP_ID, position: 0, follows: null, title: SAMPLE_TITLE, size: 3, followedBy: 1 } });
    expect(checkIn1).toMatchObject({ isCheckIn: true, canHaveCheckIn: true, signedAt: expect.stringMatching(/^2027-03-01T/), series: { id: SAMPLE_WORKSHOP_ID, position: 1, follows: { workshopId: SAMPLE_WORKSHOP_ID, title: SAMPLE_TITLE }, size: 3, followedBy: 1 } });
    expect(checkIn2).toMatchObject({ isCheckIn: true, canHaveCheckIn: false, signedAt: null, series: { id: SAMPLE_WORKSHOP_ID, position: 2, follows: { workshopId: first.id, title: `${SAMPLE_TITLE}: check-in` }, size: 3, followedBy: 0 } });

    // Renamed since: the series and "follows" say the library's current title.
    await host.call('renameWorkshop', [SAMPLE_WORKSHOP_ID, 'Kestrel day one']);
    const renamed = await list();
    expect(renamed.find((w) => w.id === first.id)?.series).toMatchObject({ title: 'Kestrel day one', follows: { title: 'Kestrel day one' } });
    // Deleted: the check-ins still name it as it was signed.
    await host.call('deleteWorkshop', [SAMPLE_WORKSHOP_ID]);
    const without = await list();
    expect(without.find((w) => w.id === second.id)?.series).toMatchObject({ title: SAMPLE_TITLE, size: 2, position: 2 });
  });

  it('shows the open workshop as it is, signed, before its autosave has landed', async () => {
    await host.close();
    let clock = Date.parse('2027-03-01T09:00:00.000Z');
    // An autosave that waits a minute: the file on disk stays unsigned while the test lists.
    host = await createAccordHost({ dataDir, now: () => new Date((clock += 60_000)), timing: { ...DEFAULT_TIMING, autosaveDelayMs: 60_000, autosaveMaxDelayMs: 60_000 } });
    const other = (await host.call('createWorkshop', [{ title: 'Partner kick-off', templateId: 'blank' }])) as WorkshopSummary;
    await host.call('openWorkshop', [SAMPLE_WORKSHOP_ID]);
    const signed = await signOpenWorkshop();
    const onDisk = JSON.parse(await readFile(join(dataDir, 'workshops', `${SAMPLE_WORKSHOP_ID}.accord.json`), 'utf8')) as Workshop;
    expect(onDisk.signoff.signatures).toEqual([]);
    const library = await list();
    // Edited last, it comes first, with its signature and the check-in it can have now.
    expect(library.map((w) => w.id)).toEqual([SAMPLE_WORKSHOP_ID, other.id]);
    expect(library[0]).toMatchObject({ canHaveCheckIn: true, signedAt: signed.signoff.signatures[0]!.signedAt });
  });
});
