import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it } from 'vitest';
import { appMenuTemplate, buildAppMenu, PROJECTOR_MENU_ITEM_ID, type AppMenuOptions } from '../../electron/main/buildAppMenu';
import type { MenuAction } from '../../src/shared/accordApi';
import { fakeMenuState, resetFakeElectron } from '../fakes/electron';

function menuFor(overrides: Partial<AppMenuOptions> = {}) {
  const sent: MenuAction[] = [];
  let toggles = 0;
  let presents = 0;
  const help: string[] = [];
  const template = appMenuTemplate({
    appName: 'Accord',
    platform: 'linux',
    isDevelopment: false,
    projectorOpen: false,
    sendMenuAction: (action) => sent.push(action),
    toggleProjector: () => (toggles += 1),
    presentProjector: () => (presents += 1),
    verifyCharter: () => help.push('verify'),
    showWorkshopsFolder: () => help.push('folder'),
    ...overrides,
  });
  return { template, sent, help, toggles: () => toggles, presents: () => presents };
}

function allItems(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? allItems(item.submenu) : [])]);
}

function item(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = allItems(template).filter((i) => i.label === label && i.visible !== false);
  expect(found, label).toHaveLength(1);
  return found[0] as MenuItemConstructorOptions;
}

function click(entry: MenuItemConstructorOptions) {
  (entry.click as () => void)();
}

describe('buildAppMenu', () => {
  beforeEach(resetFakeElectron);

  it.each(['linux', 'win32', 'darwin'] as const)('has the expected shortcuts on %s', (platform) => {
    const { template } = menuFor({ platform });
    expect(item(template, 'New workshop').accelerator).toBe('CmdOrCtrl+N');
    expect(item(template, 'Open library').accelerator).toBe('CmdOrCtrl+O');
    expect(item(template, 'Save a copy…').accelerator).toBe('CmdOrCtrl+Shift+S');
    expect(item(template, 'Undo').accelerator).toBe('CmdOrCtrl+Z');
    expect(item(template, 'Redo').accelerator).toBe('CmdOrCtrl+Shift+Z');
    expect(item(template, 'Quit Accord').accelerator).toBe('CmdOrCtrl+Q');
    expect(item(template, 'Projector window').accelerator).toBe('CmdOrCtrl+Shift+P');
  });

  it('also redoes on Ctrl+Y on Windows and Linux', () => {
    const { template, sent } = menuFor({ platform: 'win32' });
    const ctrlY = allItems(template).filter((i) => i.accelerator === 'Ctrl+Y');
    expect(ctrlY).toHaveLength(1);
    click(ctrlY[0] as MenuItemConstructorOptions);
    expect(sent).toEqual(['redo']);
  });

  it('never gives two items the same shortcut', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const accelerators = allItems(menuFor({ platform, isDevelopment: true }).template)
        .map((i) => i.accelerator)
        .filter(Boolean);
      expect(new Set(accelerators).size, platform).toBe(accelerators.length);
    }
  });

  it('sends each app command to the renderer as a menu action', () => {
    const { template, sent } = menuFor();
    for (const label of ['New workshop', 'Open library', 'Import…', 'Save a copy…', 'Undo', 'Redo']) click(item(template, label));
    expect(sent).toEqual(['newWorkshop', 'openLibrary', 'importWorkshop', 'saveCopy', 'undo', 'redo']);
  });

  it('leaves undo and redo to the renderer, and the clipboard to native roles', () => {
    const roles = allItems(menuFor().template).map((i) => i.role);
    expect(roles).not.toContain('undo');
    expect(roles).not.toContain('redo');
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll']));
  });

  it('toggles the projector and shows whether it is open', () => {
    const closed = menuFor({ projectorOpen: false });
    const projectorItem = item(closed.template, 'Projector window');
    expect(projectorItem).toMatchObject({ id: PROJECTOR_MENU_ITEM_ID, type: 'checkbox', checked: false });
    click(projectorItem);
    expect(closed.toggles()).toBe(1);
    expect(item(menuFor({ projectorOpen: true }).template, 'Projector window').checked).toBe(true);
  });

  it('presents on the projector with F5 and Shift+F5, as presentation software does', () => {
    const menu = menuFor();
    const presenting = allItems(menu.template).filter((i) => i.label === 'Present on the projector');
    expect(presenting.map((i) => i.accelerator).sort()).toEqual(['F5', 'Shift+F5']);
    for (const entry of presenting) click(entry);
    expect(menu.presents()).toBe(2);
    expect(menu.toggles()).toBe(0);
  });

  it('offers reload and developer tools only in development', () => {
    const rolesWhen = (isDevelopment: boolean) => allItems(menuFor({ isDevelopment }).template).map((i) => i.role);
    expect(rolesWhen(false)).not.toContain('reload');
    expect(rolesWhen(false)).not.toContain('forceReload');
    expect(rolesWhen(false)).not.toContain('toggleDevTools');
    expect(rolesWhen(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('follows platform conventions for About and Quit', () => {
    const mac = menuFor({ platform: 'darwin' }).template;
    expect(mac[0]?.label).toBe('Accord');
    expect(allItems(mac).filter((i) => i.role === 'quit')).toHaveLength(1);
    const linux = menuFor({ platform: 'linux' }).template;
    expect(linux.map((i) => i.label ?? i.role)).toEqual(['File', 'Edit', 'View', 'help']);
    expect(allItems(linux).some((i) => i.role === 'about')).toBe(true);
  });

  it.each(['linux', 'win32', 'darwin'] as const)('has a Help menu on %s: verify a charter, the keyboard shortcuts, the workshops folder', (platform) => {
    const menu = menuFor({ platform });
    const helpMenu = menu.template.find((top) => top.role === 'help');
    const labels = (helpMenu?.submenu as MenuItemConstructorOptions[]).map((i) => i.label).filter(Boolean);
    expect(labels.slice(0, 3)).toEqual(['Verify a charter…', 'Keyboard shortcuts', 'Show workshops folder']);
    for (const label of labels.slice(0, 3)) click(item(menu.template, label as string));
    expect(menu.help).toEqual(['verify', 'folder']);
    expect(menu.sent).toEqual(['showKeyboardShortcuts']);
    // About sits in the Help menu on Windows and Linux, in the application menu on macOS.
    const about = allItems(menu.template).filter((i) => i.role === 'about');
    expect(about).toHaveLength(1);
    expect((helpMenu?.submenu as MenuItemConstructorOptions[]).includes(about[0] as MenuItemConstructorOptions)).toBe(platform !== 'darwin');
  });

  it('lists recent workshops under File → Open Recent on macOS (Windows shows them in the jump list)', () => {
    const roles = (platform: NodeJS.Platform) => allItems(menuFor({ platform }).template).map((i) => i.role);
    expect(roles('darwin')).toEqual(expect.arrayContaining(['recentDocuments', 'clearRecentDocuments']));
    expect(roles('win32')).not.toContain('recentDocuments');
  });

  it('builds a native menu from the template', () => {
    buildAppMenu({ appName: 'Accord', platform: 'linux', isDevelopment: false, projectorOpen: false, sendMenuAction: () => {}, toggleProjector: () => {}, presentProjector: () => {}, verifyCharter: () => {}, showWorkshopsFolder: () => {} });
    expect(fakeMenuState.built).toHaveLength(1);
    expect(fakeMenuState.built[0]?.getMenuItemById(PROJECTOR_MENU_ITEM_ID)).not.toBeNull();
  });
});
