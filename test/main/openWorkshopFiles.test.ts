import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { createWorkshopFileOpener, workshopFilesIn } from '../../electron/main/openWorkshopFiles';
import { MAX_IMPORT_BYTES } from '../../src/shared/accordApi';
import { app, BrowserWindow, dialog, FakeBrowserWindow, resetFakeElectron } from '../fakes/electron';

describe('workshopFilesIn', () => {
  it('finds the file Windows passes to a double-clicked association ("accord.exe" "%1")', () => {
    const files = workshopFilesIn(['C:\\Program Files\\Accord\\Accord.exe', 'D:\\Workshops\\Kestrel.accord'], 'C:\\');
    expect(files).toHaveLength(1);
    if (process.platform === 'win32') expect(files[0]).toBe('D:\\Workshops\\Kestrel.accord');
  });

  it('turns the file:// URLs of a Linux desktop entry (%U) into paths', () => {
    const file = resolve('/home/sam/Workshops/Kestrel Q3.accord.json');
    expect(workshopFilesIn(['/opt/Accord/accord', pathToFileURL(file).href], '/home/sam')).toEqual([file]);
  });

  it('skips the executable, switches, the app folder in development and other files', () => {
    const argv = ['/usr/bin/electron', '.', '--no-sandbox', '--inspect=9229', 'notes.txt', 'kestrel.accord.bak', 'kestrel.ACCORD.JSON', 'day.Accord', '--allow-file-access-from-files'];
    // Files from before the `.accord` name still open; anything else is not a workshop.
    expect(workshopFilesIn(argv, '/home/sam')).toEqual([resolve('/home/sam', 'kestrel.ACCORD.JSON'), resolve('/home/sam', 'day.Accord')]);
    expect(workshopFilesIn(['/opt/Accord/accord'], '/home/sam')).toEqual([]);
  });

  it('reads relative paths from the folder the second launch ran in', () => {
    expect(workshopFilesIn(['accord', 'kestrel.accord.json', join('sub', 'b.accord.json')], '/srv/w')).toEqual([resolve('/srv/w/kestrel.accord.json'), resolve('/srv/w/sub/b.accord.json')]);
  });
});

describe('createWorkshopFileOpener', () => {
  beforeEach(resetFakeElectron);

  type Call = { method: string; args: unknown[] };
  function setup({ files = {} as Record<string, string>, importResult = (name: string): unknown => ({ ok: true, summary: { id: `id-${name}` } }) } = {}) {
    const calls: Call[] = [];
    const host = {
      call: async (method: string, args: unknown[]) => {
        calls.push({ method, args });
        return method === 'importWorkshop' ? importResult(String(args[0])) : { workshop: {} };
      },
    };
    let consoleShown = 0;
    const consoleWindow = new BrowserWindow();
    const opener = createWorkshopFileOpener({
      showConsole: () => {
        consoleShown += 1;
        return consoleWindow as never;
      },
      readFile: async (path) => {
        const text = files[path];
        if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
        return text;
      },
      fileSize: async (path) => {
        const text = files[path];
        if (text === undefined) throw new Error(`ENOENT: no such file or directory, stat '${path}'`);
        return Buffer.byteLength(text);
      },
      libraryWorkshopId: (path) => (path.startsWith('/library/workshops/') ? path.slice('/library/workshops/'.length, -'.accord.json'.length) : null),
    });
    return { calls, host: host as never, opener, consoleWindow, shown: () => consoleShown };
  }

  it('imports the file into the library and opens it in the console (the recent documents list the library’s copy, not this file)', async () => {
    const { calls, host, opener, shown } = setup({ files: { '/w/Kestrel.accord.json': '{"k":1}' } });
    opener.ready(host);
    await opener.open('/w/Kestrel.accord.json');
    expect(calls).toEqual([
      { method: 'importWorkshop', args: ['Kestrel.accord.json', '{"k":1}'] },
      { method: 'openWorkshop', args: ['id-Kestrel.accord.json'] },
    ]);
    expect(shown()).toBe(1);
    expect(app.recentDocuments).toEqual([]);
    expect(dialog.asyncMessageBoxes).toEqual([]);
  });

  it('opens a library workshop’s own file (a recent document chosen in the OS) in place, without importing a copy', async () => {
    const { calls, host, opener, shown } = setup();
    opener.ready(host);
    await opener.open('/library/workshops/kestrel-day.accord.json');
    expect(calls).toEqual([{ method: 'openWorkshop', args: ['kestrel-day'] }]);
    expect(shown()).toBe(1);
    expect(dialog.asyncMessageBoxes).toEqual([]);
  });

  it('says so when a recent library workshop is no longer there', async () => {
    const opener = createWorkshopFileOpener({
      showConsole: () => new FakeBrowserWindow() as never,
      libraryWorkshopId: () => 'deleted-day',
    });
    opener.ready({ call: async () => Promise.reject(new Error('There is no workshop “deleted-day” in the library.')) });
    await opener.open('/library/workshops/deleted-day.accord.json');
    expect(String(dialog.asyncMessageBoxes[0]?.options.detail)).toBe('deleted-day.accord.json could not be opened: There is no workshop “deleted-day” in the library.');
  });

  it('keeps files that arrive before the host is ready, and opens them in order once it is', async () => {
    const { calls, host, opener } = setup({ files: { '/w/a.accord.json': 'A', '/w/b.accord.json': 'B' } });
    const first = opener.open('/w/a.accord.json');
    const second = opener.open('/w/b.accord.json');
    await Promise.resolve();
    expect(calls).toEqual([]);
    opener.ready(host);
    await Promise.all([first, second]);
    expect(calls.map((c) => `${c.method} ${String(c.args[0])}`)).toEqual(['importWorkshop a.accord.json', 'openWorkshop id-a.accord.json', 'importWorkshop b.accord.json', 'openWorkshop id-b.accord.json']);
  });

  it('says why a file that is not a workshop was refused, on the console, and opens nothing', async () => {
    const { calls, host, opener, consoleWindow } = setup({
      files: { '/w/bad.accord.json': '{}' },
      importResult: () => ({ ok: false, message: 'bad.accord.json was not imported: 2 problems', rejections: [{ path: 'setup.title', message: 'is missing' }, { path: '', message: 'no stages' }] }),
    });
    opener.ready(host);
    await opener.open('/w/bad.accord.json');
    expect(calls.map((c) => c.method)).toEqual(['importWorkshop']);
    expect(dialog.asyncMessageBoxes).toHaveLength(1);
    expect(dialog.asyncMessageBoxes[0]?.window).toBe(consoleWindow);
    expect(dialog.asyncMessageBoxes[0]?.options.detail).toBe('bad.accord.json was not imported: 2 problems\n• setup.title: is missing\n• no stages');
    expect(app.recentDocuments).toEqual([]);
  });

  it('refuses a file over the import limit without reading it', async () => {
    const { calls, host } = setup();
    const big = createWorkshopFileOpener({
      showConsole: () => new FakeBrowserWindow() as never,
      fileSize: async () => MAX_IMPORT_BYTES + 1,
      readFile: async () => {
        throw new Error('read');
      },
    });
    big.ready(host);
    await big.open('/w/huge.accord.json');
    expect(calls).toEqual([]);
    expect(String(dialog.asyncMessageBoxes[0]?.options.detail)).toMatch(/^huge\.accord\.json is 20\.1 MB; Accord opens workshop files up to 20 MB\.$/);
  });

  it('tells the facilitator when the file cannot be read, and goes on with the next one', async () => {
    const { calls, host, opener } = setup({ files: { '/w/ok.accord.json': 'OK' } });
    opener.ready(host);
    await opener.open('/w/gone.accord.json');
    await opener.open('/w/ok.accord.json');
    expect(String(dialog.asyncMessageBoxes[0]?.options.detail)).toMatch(/^gone\.accord\.json could not be opened: ENOENT/);
    expect(calls.map((c) => c.method)).toEqual(['importWorkshop', 'openWorkshop']);
  });
});
