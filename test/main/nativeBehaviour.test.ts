/** The desktop app's native touches, with Electron faked: About, the spell checker, crash recovery, Help's folder and verify commands. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindow, Session } from 'electron';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { aboutIconPath, aboutPanelOptions } from '../../electron/main/aboutPanel';
import { configureSpellChecker } from '../../electron/main/configureSpellChecker';
import { recoverFromRendererCrash } from '../../electron/main/recoverFromRendererCrash';
import { showWorkshopsFolder } from '../../electron/main/showWorkshopsFolder';
import { createCharterVerifier } from '../../electron/main/verifyCharterFromMenu';
import { MAX_VERIFY_BYTES } from '../../src/shared/accordApi';
import { app, dialog, FakeBrowserWindow, FakeSession, resetFakeElectron, shell } from '../fakes/electron';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'accord-native-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
beforeEach(resetFakeElectron);

describe('About', () => {
  it('shows the name, the version and the icon', () => {
    expect(aboutPanelOptions('1.2.3', '/opt/Accord/resources/icon.png')).toMatchObject({ applicationName: 'Accord', applicationVersion: '1.2.3', iconPath: '/opt/Accord/resources/icon.png' });
    expect(aboutPanelOptions('1.2.3', null)).not.toHaveProperty('iconPath');
  });

  it('finds the icon in the repository when run from it, and beside the ASAR when installed', () => {
    const repoMain = join(import.meta.dirname, '..', '..', 'out', 'main');
    expect(aboutIconPath(false, '/nowhere', repoMain)).toBe(join(import.meta.dirname, '..', '..', 'resources', 'icons', '256x256.png'));
    expect(aboutIconPath(true, '/nowhere', repoMain)).toBeNull();
  });
});

describe('the spell checker', () => {
  it.each(['win32', 'linux'] as const)('is off on %s, where it would download dictionaries', (platform) => {
    const session = new FakeSession();
    configureSpellChecker(session as unknown as Session, platform);
    expect(session.spellCheckerEnabled).toBe(false);
    expect(session.spellCheckerLanguages).toEqual([]);
  });

  it('uses macOS’s own dictionaries (nothing to download)', () => {
    const session = new FakeSession();
    configureSpellChecker(session as unknown as Session, 'darwin');
    expect(session.spellCheckerEnabled).toBe(true);
  });
});

describe('a crashed window', () => {
  const consoleWith = (now = () => 0) => {
    const window = new FakeBrowserWindow();
    recoverFromRendererCrash(window as unknown as BrowserWindow, { kind: 'console', now });
    return window;
  };
  const settle = () => new Promise((resolve) => setImmediate(resolve));

  it('tells the facilitator their workshop is safe and reloads the console', async () => {
    const window = consoleWith();
    window.webContents.crash('oom', -536870904);
    await settle();
    expect(dialog.asyncMessageBoxes).toHaveLength(1);
    expect(dialog.asyncMessageBoxes[0]?.window).toBe(window);
    expect(String(dialog.asyncMessageBoxes[0]?.options.detail)).toMatch(/^Your workshop is safe/);
    expect(dialog.asyncMessageBoxes[0]?.options.buttons).toEqual(['Reload the window']);
    expect(window.webContents.reloads).toBe(1);
  });

  it('after three crashes in a minute also offers to quit (which saves first)', async () => {
    let clock = 0;
    const window = consoleWith(() => clock);
    dialog.answers.push(0, 0, 1); // reload, reload, then quit
    for (const at of [0, 20_000, 40_000]) {
      clock = at;
      window.webContents.crash();
    }
    await settle();
    expect(dialog.asyncMessageBoxes.map((box) => (box.options.buttons as string[]).length)).toEqual([1, 1, 2]);
    expect(window.webContents.reloads).toBe(2);
    expect(app.calls.quit).toBe(1);
  });

  it('forgets crashes older than a minute', async () => {
    let clock = 0;
    const window = consoleWith(() => clock);
    for (const at of [0, 30_000, 95_000]) {
      clock = at;
      window.webContents.crash();
    }
    await settle();
    expect(dialog.asyncMessageBoxes.map((box) => (box.options.buttons as string[]).length)).toEqual([1, 1, 1]);
  });

  it('reloads the projector without a dialog on the room’s wall', () => {
    const projector = new FakeBrowserWindow();
    recoverFromRendererCrash(projector as unknown as BrowserWindow, { kind: 'projector' });
    projector.webContents.crash('killed', 9);
    expect(projector.webContents.reloads).toBe(1);
    expect(dialog.asyncMessageBoxes).toEqual([]);
  });

  it('ignores a page that closed normally or a window already gone', () => {
    const window = consoleWith();
    window.webContents.crash('clean-exit', 0);
    window.destroy();
    window.webContents.crash('crashed', 139);
    expect(window.webContents.reloads).toBe(0);
    expect(dialog.asyncMessageBoxes).toEqual([]);
  });
});

describe('Help → Show workshops folder', () => {
  it('opens the library’s workshops folder in the file manager', async () => {
    await showWorkshopsFolder(join(dir, 'data'));
    expect(shell.openedPaths).toEqual([join(dir, 'data', 'workshops')]);
    expect(dialog.errorBoxes).toEqual([]);
  });

  it('says so when the file manager refuses', async () => {
    shell.openPathAnswer = 'No application is registered to open folders';
    await showWorkshopsFolder(join(dir, 'data'));
    expect(dialog.errorBoxes[0]?.content).toContain('No application is registered to open folders');
  });
});

describe('Help → Verify a charter…', () => {
  const hostAnswering = (verdict: string) => {
    const calls: Array<{ method: string; args: unknown[] }> = [];
    return { calls, host: { call: async (method: string, args: unknown[]) => (calls.push({ method, args }), { verdict, reason: 'Version 3 of “Kestrel”, sealed 2026-11-20.' }) } };
  };

  it('checks the chosen PDF with the host and gives the verdict with its reason', async () => {
    const pdf = join(dir, 'Kestrel charter v3.pdf');
    await writeFile(pdf, '%PDF-1.7 test');
    const { calls, host } = hostAnswering('unchanged');
    const console = new FakeBrowserWindow();
    dialog.openDialogAnswer = { canceled: false, filePaths: [pdf] };
    await createCharterVerifier(host as never, () => console as unknown as BrowserWindow)();
    expect(dialog.openDialogs[0]?.window).toBe(console);
    expect(calls).toEqual([{ method: 'verifyCharter', args: ['Kestrel charter v3.pdf', Buffer.from('%PDF-1.7 test').toString('base64')] }]);
    expect(dialog.asyncMessageBoxes[0]?.options).toMatchObject({ type: 'info', message: 'Unchanged: this is the charter as Accord sealed it.', detail: 'Kestrel charter v3.pdf\n\nVersion 3 of “Kestrel”, sealed 2026-11-20.' });
  });

  it('warns loudly about an altered charter', async () => {
    const pdf = join(dir, 'edited.pdf');
    await writeFile(pdf, '%PDF-1.7 edited');
    dialog.openDialogAnswer = { canceled: false, filePaths: [pdf] };
    await createCharterVerifier(hostAnswering('altered').host as never, () => null)();
    expect(dialog.asyncMessageBoxes[0]?.options).toMatchObject({ type: 'error', message: 'Altered, or not a charter Accord sealed: do not rely on this file.' });
  });

  it('does nothing when the facilitator cancels, and refuses an oversized file without sending it', async () => {
    const { calls, host } = hostAnswering('unchanged');
    await createCharterVerifier(host as never, () => null)();
    expect(dialog.asyncMessageBoxes).toEqual([]);
    const big = join(dir, 'big.pdf');
    await writeFile(big, Buffer.alloc(MAX_VERIFY_BYTES + 1));
    dialog.openDialogAnswer = { canceled: false, filePaths: [big] };
    await createCharterVerifier(host as never, () => null)();
    expect(calls).toEqual([]);
    expect(String(dialog.asyncMessageBoxes[0]?.options.message)).toMatch(/^“big\.pdf” is 14\.1 MB; Accord verifies charters up to 14 MB\.$/);
  });
});
