/**
 * "Create a check-in" from the desktop app's console, through its IPC channel to a real host on a
 * real library folder: the console's call creates the check-in, malformed arguments are refused
 * before the host acts, and the projector window may not ask at all.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAccordHost } from '../../electron/host/accordHost';
import type { AccordHost } from '../../electron/host/accordHost.types';
import { fingerprintCharter } from '../../electron/host/charter/fingerprintCharter';
import { registerIpcHandlers } from '../../electron/main/registerIpcHandlers';
import { SAMPLE_WORKSHOP_ID } from '../../src/domain/sampleWorkshop';
import { channelFor, type CheckInResult, type SessionSnapshot, type WorkshopSummary } from '../../src/shared/accordApi';
import { FakeWebFrameMain, ipcMain, resetFakeElectron } from '../fakes/electron';
import { acceptAllCommand } from '../helpers/domainBuilders';
import { appPageUrl, pages, projectorPageUrl } from './appPagesFixture';

let dataDir: string;
let host: AccordHost;
let unregister: () => void;
beforeEach(async () => {
  resetFakeElectron();
  dataDir = await mkdtemp(join(tmpdir(), 'accord-ipc-check-in-'));
  host = await createAccordHost({ dataDir });
  unregister = registerIpcHandlers(host, pages);
});
afterEach(async () => {
  unregister();
  await host.close();
  await rm(dataDir, { recursive: true, force: true });
});

const console_ = new FakeWebFrameMain(appPageUrl);
const invoke = (channel: Parameters<typeof channelFor>[0], ...args: unknown[]) => ipcMain.invokeFrom(console_, channelFor(channel), ...args);
const workshopFiles = async () => (await readdir(join(dataDir, 'workshops'))).sort();

describe('createCheckIn over IPC', () => {
  it('creates the check-in of the signed workshop the console names, and the library lists it after its first workshop', async () => {
    expect(await invoke('createCheckIn', SAMPLE_WORKSHOP_ID)).toEqual({ ok: false, message: expect.stringMatching(/Nobody has signed/) });

    const { workshop } = (await invoke('getSession')) as SessionSnapshot;
    await invoke('dispatch', acceptAllCommand(workshop));
    const ready = ((await invoke('getSession')) as SessionSnapshot).workshop;
    await invoke('dispatch', { type: 'sign', participantId: 'p1', typedName: ready.participants[0]!.name, strokes: [[[1, 2, 0], [3, 4, 16]]], fingerprint: fingerprintCharter(ready) });

    const created = (await invoke('createCheckIn', SAMPLE_WORKSHOP_ID)) as CheckInResult;
    if (!created.ok) throw new Error(created.message);
    const library = (await invoke('listWorkshops')) as WorkshopSummary[];
    expect(library.map((w) => [w.id, w.series.position, w.series.size])).toEqual([
      [SAMPLE_WORKSHOP_ID, 0, 2],
      [created.id, 1, 2],
    ]);
  });

  it('refuses malformed arguments before the host creates anything', async () => {
    const before = await workshopFiles();
    await expect(invoke('createCheckIn')).rejects.toThrow(/createCheckIn was refused/);
    await expect(invoke('createCheckIn', { id: SAMPLE_WORKSHOP_ID })).rejects.toThrow(/createCheckIn was refused/);
    await expect(invoke('createCheckIn', '../settings')).rejects.toThrow(/createCheckIn was refused/);
    expect(await workshopFiles()).toEqual(before);
  });

  it('is not the projector’s to ask', async () => {
    await expect(ipcMain.invokeFrom(new FakeWebFrameMain(projectorPageUrl), channelFor('createCheckIn'), SAMPLE_WORKSHOP_ID)).rejects.toThrow(/projector window cannot createCheckIn/);
  });
});
