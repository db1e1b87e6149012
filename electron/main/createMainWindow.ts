/**
 * The facilitator's console window. Its size, position and maximized state are remembered
 * between runs (electron-window-state moves it back on screen if that display is gone).
 */
import type { BrowserWindow } from 'electron';
import windowStateKeeper from 'electron-window-state';
import type { AppPages } from './createAppPages';
import { createSecureWindow } from './createSecureWindow';

export interface MainWindowOptions {
  pages: AppPages;
  preloadPath: string;
  /** Where window-state.json lives (defaults to userData). */
  stateDir?: string;
}

export function createMainWindow({ pages, preloadPath, stateDir }: MainWindowOptions): BrowserWindow {
  const state = windowStateKeeper({
    defaultWidth: 1366,
    defaultHeight: 860,
    ...(stateDir === undefined ? {} : { path: stateDir }),
  });

  const window = createSecureWindow(
    {
      x: state.x,
      y: state.y,
      width: state.width,
      height: state.height,
      minWidth: 960,
      minHeight: 600,
      title: 'Accord',
      show: false,
      backgroundColor: '#ffffff',
    },
    preloadPath,
  );
  state.manage(window);
  window.once('ready-to-show', () => window.show());
  window.loadURL(pages.urlFor('facilitator')).catch((error: unknown) => console.error('Accord could not load its window:', error));
  return window;
}
