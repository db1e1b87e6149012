/**
 * The projector window: the same renderer with `?view=projector`, fullscreen on the external
 * display when there is one, otherwise a normal window beside the console so the facilitator
 * can check what the room would see. Opening it never takes focus from the console.
 */
import { screen, type BrowserWindow, type Display } from 'electron';
import type { AppPages } from './createAppPages';
import { createSecureWindow } from './createSecureWindow';
import { pickProjectorDisplay } from './pickProjectorDisplay';

export interface ProjectorController {
  isOpen(): boolean;
  toggle(): void;
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

  const open = () => {
    const consoleWindow = getConsoleWindow();
    const consoleDisplay = consoleWindow ? screen.getDisplayMatching(consoleWindow.getBounds()) : screen.getPrimaryDisplay();
    const target = pickProjectorDisplay(screen.getAllDisplays(), consoleDisplay.id);
    const bounds = target ? target.bounds : previewBounds(consoleDisplay);

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

    window.once('ready-to-show', () => {
      window.showInactive();
      if (target) window.setFullScreen(true);
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

  // Unplugging the projector must not leave a fullscreen window stranded on the laptop screen.
  screen.on('display-removed', (_event, removed) => {
    if (projectorDisplayId !== null && removed.id === projectorDisplayId) close();
  });

  return {
    isOpen: () => projector !== null,
    toggle: () => (projector ? close() : open()),
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
