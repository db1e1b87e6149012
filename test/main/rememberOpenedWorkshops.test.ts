/** Opened workshops join the OS's recent documents as their library file, and come back from there in place. */
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionEvent, SessionSnapshot, WorkshopSummary } from '../../src/shared/accordApi';
import { LibraryLayout, libraryWorkshopId } from '../../electron/host/storage/libraryLayout';
import { rememberOpenedWorkshops } from '../../electron/main/rememberOpenedWorkshops';
import { app, resetFakeElectron } from '../fakes/electron';

const dataDir = resolve('/home/sam/.config/Accord/workshops-data');

function aHost(workshops: WorkshopSummary[] = []) {
  const listeners: Array<(event: SessionEvent) => void> = [];
  return {
    call: async (method: string) => (method === 'listWorkshops' ? workshops : undefined),
    onDidChangeSession(listener: (event: SessionEvent) => void) {
      listeners.push(listener);
      return () => listeners.splice(listeners.indexOf(listener), 1);
    },
    emit: (event: SessionEvent) => listeners.forEach((listener) => listener(event)),
  };
}
const opened = (id: string): SessionEvent => ({ kind: 'snapshot', snapshot: { workshop: { id } } as SessionSnapshot });

describe('rememberOpenedWorkshops', () => {
  beforeEach(resetFakeElectron);

  it('adds each opened workshop’s library file once per opening, not for its edits or a reload', () => {
    const host = aHost();
    rememberOpenedWorkshops(host, dataDir);
    host.emit(opened('kestrel-day'));
    host.emit(opened('kestrel-day')); // the same session sent again (a window reloaded)
    host.emit({ kind: 'notices', notices: [] });
    host.emit({ kind: 'snapshot', snapshot: null }); // back to the library
    host.emit(opened('kestrel-day'));
    host.emit(opened('q3-offsite'));
    const file = (id: string) => join(dataDir, 'workshops', `${id}.accord.json`);
    expect(app.recentDocuments).toEqual([file('kestrel-day'), file('kestrel-day'), file('q3-offsite')]);
  });

  it('stops when unsubscribed', () => {
    const host = aHost();
    rememberOpenedWorkshops(host, dataDir)();
    host.emit(opened('kestrel-day'));
    expect(app.recentDocuments).toEqual([]);
  });
});

describe('libraryWorkshopId', () => {
  const layout = new LibraryLayout(dataDir);

  it('knows a workshop’s own file in the library, however the path is spelled', () => {
    expect(libraryWorkshopId(layout, join(dataDir, 'workshops', 'kestrel-day.accord.json'))).toBe('kestrel-day');
    expect(libraryWorkshopId(layout, join(dataDir, 'snapshots', '..', 'workshops', 'kestrel-day.accord.json'))).toBe('kestrel-day');
  });

  it.each([
    ['a file elsewhere', resolve('/home/sam/Downloads/kestrel-day.accord.json')],
    ['an exported file', join(dataDir, 'workshops', 'kestrel-day.accord')],
    ['a snapshot', join(dataDir, 'snapshots', 'kestrel-day', '2026-11-22T14-00-00-000Z.accord.json')],
    ['a damaged copy moved aside', join(dataDir, 'damaged', 'kestrel-day.2026-11-22T14-30-00-000Z.accord.json')],
    ['a name that is not an id', join(dataDir, 'workshops', 'bad name.accord.json')],
    ['a half-written temporary file', join(dataDir, 'workshops', '.w1.accord.json.4242.a1b2c3.tmp')],
  ])('imports %s instead (null)', (_what, path) => {
    expect(libraryWorkshopId(layout, path)).toBeNull();
  });
});

const summary = (id: string, updatedAt: string, more: Partial<WorkshopSummary> = {}): WorkshopSummary => ({
  id,
  title: `Workshop ${id}`,
  company: 'Kestrel',
  date: '2026-11-22',
  updatedAt,
  participantCount: 8,
  stageCount: 5,
  problem: null,
  newerVersion: false,
  isCheckIn: false,
  series: { id, position: 0, follows: null, title: `Workshop ${id}`, size: 1, followedBy: 0 },
  canHaveCheckIn: false,
  signedAt: null,
  ...more,
});

describe('the Windows jump list', () => {
  beforeEach(resetFakeElectron);
  const executable = 'C:\\Program Files\\Accord\\Accord.exe';

  it('lists the seven most recently changed readable workshops, each starting Accord with its library file', async () => {
    const workshops = Array.from({ length: 9 }, (_, i) => summary(`w${i}`, `2026-11-${String(10 + i).padStart(2, '0')}T09:00:00.000Z`));
    workshops.push(summary('damaged', '2026-12-01T09:00:00.000Z', { problem: 'The file is damaged.' }));
    const host = aHost(workshops);
    rememberOpenedWorkshops(host, dataDir, { platform: 'win32', executable });
    await vi.waitFor(() => expect(app.jumpList).not.toBeNull());
    const [category] = app.jumpList as Array<{ name: string; items: Array<{ title: string; args: string; program: string }> }>;
    expect(category?.name).toBe('Recent workshops');
    expect(category?.items.map((i) => i.title)).toEqual(['w8', 'w7', 'w6', 'w5', 'w4', 'w3', 'w2'].map((id) => `Workshop ${id}`));
    expect(category?.items[0]).toMatchObject({ program: executable, args: `"${join(dataDir, 'workshops', 'w8.accord.json')}"` });
  });

  it('is refreshed when a workshop opens, and left alone on macOS and Linux', async () => {
    const host = aHost([summary('w1', '2026-11-10T09:00:00.000Z')]);
    rememberOpenedWorkshops(host, dataDir, { platform: 'darwin', executable });
    host.emit(opened('w1'));
    await Promise.resolve();
    expect(app.jumpList).toBeNull();

    const windows = aHost([]);
    rememberOpenedWorkshops(windows, dataDir, { platform: 'win32', executable });
    await Promise.resolve();
    expect(app.jumpList).toBeNull(); // an empty library clears it
    windows.call = async () => [summary('w1', '2026-11-10T09:00:00.000Z')];
    windows.emit(opened('w1'));
    await vi.waitFor(() => expect(app.jumpList).toHaveLength(1));
  });
});
