/**
 * Accord's Electron shell: app lifecycle, windows, menu, IPC wiring and security settings.
 * Everything about workshops lives in the host (electron/host); nothing here knows about them.
 */
import { join } from 'node:path';
import { app, dialog, Menu, session, type BrowserWindow } from 'electron';
import { MENU_ACTION_CHANNEL, type MenuAction } from '../../src/shared/accordApi';
import { createAccordHost } from '../host/accordHost';
import type { AccordHost } from '../host/accordHost.types';
import { LibraryLayout, libraryWorkshopId } from '../host/storage/libraryLayout';
import { aboutIconPath, aboutPanelOptions } from './aboutPanel';
import { handleAppProtocol, registerAppScheme } from './appProtocol';
import { buildAppMenu } from './buildAppMenu';
import { configureSpellChecker } from './configureSpellChecker';
import { createAppPages } from './createAppPages';
import { createCharterSaver } from './createCharterSaver';
import { createWorkshopExportSaver } from './createWorkshopExportSaver';
import { createElectronCharterPrinter } from './createElectronCharterPrinter';
import { createMainWindow } from './createMainWindow';
import { createProjectorController } from './createProjectorController';
import { devServerUrl, isDevelopment } from './developmentMode';
import { hardenSession } from './hardenSession';
import { hardenAllWebContents } from './hardenWebContents';
import { installQuitFlow } from './installQuitFlow';
import { createWorkshopFileOpener, workshopFilesIn } from './openWorkshopFiles';
import { recoverFromRendererCrash } from './recoverFromRendererCrash';
import { registerIpcHandlers } from './registerIpcHandlers';
import { rememberOpenedWorkshops } from './rememberOpenedWorkshops';
import { resolveAppPaths } from './resolveAppPaths';
import { showWorkshopsFolder } from './showWorkshopsFolder';
import { createCharterVerifier } from './verifyCharterFromMenu';

// Every renderer sandboxed, even one created some day without createSecureWindow.
app.enableSandbox();
// app://accord/ must be known as a standard, secure scheme before Electron is ready.
registerAppScheme();

const paths = resolveAppPaths(import.meta.dirname);
const development = { isPackaged: app.isPackaged, env: process.env };
const pages = createAppPages({ devServerUrl: devServerUrl(development) });

/** Set once the console can be shown; workshop files opened before then wait in the opener. */
let showConsole: (() => BrowserWindow) | null = null;
const dataDir = join(app.getPath('userData'), 'workshops-data');
const workshopFiles = createWorkshopFileOpener({
  showConsole: () => {
    if (!showConsole) throw new Error('The console is not ready yet.');
    return showConsole();
  },
  libraryWorkshopId: (path) => libraryWorkshopId(new LibraryLayout(dataDir), path),
});

if (app.requestSingleInstanceLock()) {
  // macOS hands over double-clicked files with 'open-file', also before 'ready' when one started Accord.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void workshopFiles.open(path);
  });
  // Windows and Linux pass them on the command line.
  for (const path of workshopFilesIn(process.argv, process.cwd())) void workshopFiles.open(path);
  start().catch((error: unknown) => fail('Accord could not start', error));
} else {
  // Another Accord is running; it gets a 'second-instance' event and comes to the front.
  app.quit();
}

async function start(): Promise<void> {
  let consoleWindow: BrowserWindow | null = null;

  hardenAllWebContents(pages);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // Ctrl+C in the terminal that ran `npm start` goes through the same save-then-quit path.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.quit());

  await app.whenReady();
  handleAppProtocol(paths.rendererDir);
  hardenSession(session.defaultSession, pages);
  configureSpellChecker(session.defaultSession, process.platform);
  app.setAboutPanelOptions(aboutPanelOptions(app.getVersion(), aboutIconPath(app.isPackaged, process.resourcesPath, import.meta.dirname)));

  let host: AccordHost;
  try {
    host = await createAccordHost({ dataDir, printCharter: createElectronCharterPrinter(pages) });
  } catch (error) {
    fail('Accord could not open its workshop library', error);
    return;
  }
  installQuitFlow(host);
  rememberOpenedWorkshops(host, dataDir);
  const documents = () => app.getPath('documents');
  registerIpcHandlers(host, pages, {
    exportCharter: createCharterSaver(host, { defaultFolder: documents }),
    exportWorkshopAs: createWorkshopExportSaver(host, { defaultFolder: documents }),
  });

  const openConsole = (): BrowserWindow => {
    const window = createMainWindow({ pages, preloadPath: paths.preloadFile });
    recoverFromRendererCrash(window, { kind: 'console' });
    window.on('closed', () => {
      if (consoleWindow === window) consoleWindow = null;
      // The projector only mirrors the console; it goes when the console goes.
      projector.close();
    });
    consoleWindow = window;
    return window;
  };

  const sendMenuAction = (action: MenuAction) => {
    // Menu commands always act on the console (the projector has nothing to edit).
    if (consoleWindow === null) {
      openConsole();
      return;
    }
    consoleWindow.webContents.send(MENU_ACTION_CHANNEL, action);
  };

  const refreshMenu = () =>
    Menu.setApplicationMenu(
      buildAppMenu({
        appName: 'Accord',
        platform: process.platform,
        isDevelopment: isDevelopment(development),
        projectorOpen: projector.isOpen(),
        sendMenuAction,
        toggleProjector: () => projector.toggle(),
        presentProjector: () => projector.present(),
        verifyCharter: () => void verifyCharter().catch((error: unknown) => console.error('Accord could not verify the charter:', error)),
        showWorkshopsFolder: () => void showWorkshopsFolder(dataDir),
      }),
    );
  const verifyCharter = createCharterVerifier(host, () => consoleWindow);

  const projector = createProjectorController({
    pages,
    preloadPath: paths.preloadFile,
    getConsoleWindow: () => consoleWindow,
    onDidChange: refreshMenu,
  });

  showConsole = () => {
    const window = consoleWindow ?? openConsole();
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
    return window;
  };
  // A second launch (a double-clicked workshop file on Windows or Linux, or the app icon) comes
  // here instead; its files open in this instance.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    showConsole?.();
    for (const path of workshopFilesIn(argv, workingDirectory)) void workshopFiles.open(path);
  });
  app.on('activate', () => {
    if (consoleWindow === null) openConsole();
  });

  refreshMenu();
  openConsole();
  workshopFiles.ready(host);
}

function fail(title: string, error: unknown): void {
  const detail = error instanceof Error ? error.message : String(error);
  console.error(title, error);
  dialog.showErrorBox(title, detail); // safe before 'ready' too
  app.exit(1);
}
