/**
 * The projector window: the same renderer with `?view=projector`, fullscreen on the external
 * display when there is one, otherwise a normal window beside the console so the facilitator
 * can check what the room would see. Opening it never takes focus from the console. Unplugging
 * the projector brings the window back to the console's screen as a normal window; presenting
 * (F5) after a projector is plugged in moves it there, fullscreen.
 */
import { screen, type BrowserWindow, type Display } from 'electron';
import type { AppPages } from './createAppPages';
import { createSecureWindow } from './createSecureWindow';
import { pickProjectorDisplay } from './pickProjectorDisplay';
import { recoverFromRendererCrash } from './recoverFromRendererCrash';

export interface ProjectorController {
  isOpen(): boolean;
  toggle(): void;
  /** Opens the projector, or moves an open one onto an external display that has appeared since (F5). */
  present(): void;
  close(): void;
}

export interface ProjectorControllerOptions {
  pages: AppPages;
  preloadPath: string;
  getConsoleWindow(): BrowserWindow | null;
  /** Called whenever the projector window opens or closes (e.g. to update the menu's check mark). */
  onDidChange(open: boolean): void;
}

const PREVIEW_SIZE = { width: 1280, height: 720 };

export function createProjectorController(options: ProjectorControllerOptions): ProjectorController {
  const { pages, preloadPath, getConsoleWindow, onDidChange } = options;
  let projector: BrowserWindow | null = null;
  let projectorDisplayId: number | null = null;

  // A clicker's keys go to the focused window: going fullscreen must leave the console focused.
  const keepKeysOnTheConsole = () => getConsoleWindow()?.focus();

  const consoleDisplay = () => {
    const consoleWindow = getConsoleWindow();
    return consoleWindow ? screen.getDisplayMatching(consoleWindow.getBounds()) : screen.getPrimaryDisplay();
  };

  const open = () => {
    const target = pickProjectorDisplay(screen.getAllDisplays(), consoleDisplay().id);
    const bounds = target ? target.bounds : previewBounds(consoleDisplay());

    const window = createSecureWindow(
      {
        ...bounds,
        title: 'Accord — Projector',
        show: false,
        autoHideMenuBar: true,
        backgroundColor: '#ffffff',
      },
      preloadPath,
    );
    projector = window;
    projectorDisplayId = target?.id ?? null;
    recoverFromRendererCrash(window, { kind: 'projector' });

    window.once('ready-to-show', () => {
      window.showInactive();
      if (target) {
        window.setFullScreen(true);
        keepKeysOnTheConsole();
      }
    });
    window.on('closed', () => {
      if (projector === window) {
        projector = null;
        projectorDisplayId = null;
        onDidChange(false);
      }
    });
    window.loadURL(pages.urlFor('projector')).catch((error: unknown) => console.error('Accord could not load the projector view:', error));
    onDidChange(true);
  };

  const close = () => {
    if (projector && !projector.isDestroyed()) projector.close();
  };

  const present = () => {
    if (!projector || projector.isDestroyed()) return open();
    if (projectorDisplayId !== null) return;
    const target = pickProjectorDisplay(screen.getAllDisplays(), consoleDisplay().id);
    if (!target) return;
    projector.setBounds(target.bounds);
    projector.setFullScreen(true);
    projectorDisplayId = target.id;
    keepKeysOnTheConsole();
  };

  // Unplugging the projector must not strand a fullscreen window: it comes back to the console's
  // screen as a normal window, so the facilitator still sees what the room would.
  screen.on('display-removed', (_event, removed) => {
    if (!projector || projector.isDestroyed() || projectorDisplayId === null || removed.id !== projectorDisplayId) return;
    projectorDisplayId = null;
    const window = projector;
    const moveBack = () => {
      if (!window.isDestroyed()) window.setBounds(previewBounds(consoleDisplay()));
    };
    // Leaving fullscreen is animated on macOS: bounds set before it ends are lost.
    if (window.isFullScreen()) {
      window.once('leave-full-screen', moveBack);
      window.setFullScreen(false);
    } else moveBack();
  });

  return {
    isOpen: () => projector !== null,
    toggle: () => (projector ? close() : open()),
    present,
    close,
  };
}

function previewBounds(display: Display) {
  const area = display.workArea;
  const width = Math.min(PREVIEW_SIZE.width, area.width);
  const height = Math.min(PREVIEW_SIZE.height, area.height);
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  };
}
