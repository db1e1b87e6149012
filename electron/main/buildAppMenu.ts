/**
 * The native menu. App commands (new, open, import, save a copy, undo, redo) are sent to the
 * console window as a MenuAction and the renderer decides what they mean there: for undo/redo
 * that is the text field's own undo while one has focus, otherwise the workshop's history.
 * Clipboard items stay native roles so they work in every text field.
 */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuAction } from '../../src/shared/accordApi';

export const PROJECTOR_MENU_ITEM_ID = 'projectorWindow';

export interface AppMenuOptions {
  appName: string;
  platform: NodeJS.Platform;
  /** Reload and developer tools are offered only in development (`electron-vite dev`, see developmentMode.ts). */
  isDevelopment: boolean;
  projectorOpen: boolean;
  sendMenuAction(action: MenuAction): void;
  toggleProjector(): void;
  /** F5 / Shift+F5, as in presentation software: open the projector, on the external display when there is one. */
  presentProjector(): void;
  /** Help → Verify a charter…: pick a PDF and check it (verifyCharterFromMenu.ts). */
  verifyCharter(): void;
  /** Help → Show workshops folder: the library's folder in the file manager. */
  showWorkshopsFolder(): void;
}

export function buildAppMenu(options: AppMenuOptions): Menu {
  return Menu.buildFromTemplate(appMenuTemplate(options));
}

export function appMenuTemplate(options: AppMenuOptions): MenuItemConstructorOptions[] {
  const { appName, platform, isDevelopment, projectorOpen, sendMenuAction, toggleProjector, presentProjector, verifyCharter, showWorkshopsFolder } = options;
  const isMac = platform === 'darwin';
  const action = (menuAction: MenuAction) => () => sendMenuAction(menuAction);
  const quit: MenuItemConstructorOptions = { role: 'quit', label: `Quit ${appName}`, accelerator: 'CmdOrCtrl+Q' };

  const macAppMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      quit,
    ],
  };

  const openRecent: MenuItemConstructorOptions = { role: 'recentDocuments', submenu: [{ role: 'clearRecentDocuments' }] };
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'New workshop', accelerator: 'CmdOrCtrl+N', click: action('newWorkshop') },
      { label: 'Open library', accelerator: 'CmdOrCtrl+O', click: action('openLibrary') },
      { label: 'Import…', click: action('importWorkshop') },
      // macOS keeps the list (app.addRecentDocument, also shown in the Dock menu); Windows shows it in the jump list.
      ...(isMac ? [openRecent] : []),
      { type: 'separator' },
      { label: 'Save a copy…', accelerator: 'CmdOrCtrl+Shift+S', click: action('saveCopy') },
      { type: 'separator' },
      isMac ? { role: 'close' } : quit,
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: action('undo') },
      { label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z', click: action('redo') },
      // Ctrl+Y is the usual redo on Windows and Linux; hidden items keep their shortcut there.
      ...(isMac ? [] : [{ label: 'Redo', accelerator: 'Ctrl+Y', visible: false, click: action('redo') }]),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      {
        id: PROJECTOR_MENU_ITEM_ID,
        label: 'Projector window',
        type: 'checkbox',
        checked: projectorOpen,
        accelerator: 'CmdOrCtrl+Shift+P',
        click: () => toggleProjector(),
      },
      { label: 'Present on the projector', accelerator: 'F5', click: () => presentProjector() },
      // Shift+F5 ("from the current slide") does the same: the projector always shows the current phase.
      { label: 'Present on the projector', accelerator: 'Shift+F5', visible: false, click: () => presentProjector() },
      { type: 'separator' },
      ...(isDevelopment ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as const) : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  // On macOS "About" already sits in the application menu.
  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [
      { label: 'Verify a charter…', click: () => verifyCharter() },
      // The same list as the console's "?" key.
      { label: 'Keyboard shortcuts', click: action('showKeyboardShortcuts') },
      { label: 'Show workshops folder', click: () => showWorkshopsFolder() },
      ...(isMac ? [] : ([{ type: 'separator' }, { role: 'about', label: `About ${appName}` }] as const)),
    ],
  };

  return isMac ? [macAppMenu, file, edit, view, help] : [file, edit, view, help];
}
