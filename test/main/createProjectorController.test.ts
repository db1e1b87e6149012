import { beforeEach, describe, expect, it } from 'vitest';
import type { BrowserWindow as ElectronBrowserWindow, Display } from 'electron';
import { createProjectorController } from '../../electron/main/createProjectorController';
import { pickProjectorDisplay } from '../../electron/main/pickProjectorDisplay';
import { aDisplay, BrowserWindow, FakeBrowserWindow, fakeEvent, resetFakeElectron, screen } from '../fakes/electron';
import { pages } from './appPagesFixture';

const laptop = aDisplay(1, 0, { width: 1440, height: 900 }, true);
const projectorScreen = aDisplay(2, 1440, { width: 1920, height: 1080 });

function setup() {
  const consoleWindow = new BrowserWindow({ x: 100, y: 100, width: 1200, height: 700 });
  const changes: boolean[] = [];
  const controller = createProjectorController({
    pages,
    preloadPath: '/opt/Accord/out/preload/index.cjs',
    getConsoleWindow: () => consoleWindow as unknown as ElectronBrowserWindow,
    onDidChange: (open) => changes.push(open),
  });
  const projectorWindow = () => FakeBrowserWindow.instances.find((w) => w !== consoleWindow && !w.destroyed) ?? null;
  return { controller, changes, projectorWindow };
}

describe('createProjectorController', () => {
  beforeEach(resetFakeElectron);

  it('opens the projector view fullscreen on the external display, without stealing focus', () => {
    screen.displays = [laptop, projectorScreen];
    const { controller, projectorWindow } = setup();

    controller.toggle();
    const window = projectorWindow();
    if (!window) throw new Error('no projector window');
    expect(new URL(window.loadedURLs[0] ?? '').searchParams.get('view')).toBe('projector');
    expect(window.getBounds()).toEqual(projectorScreen.bounds);
    expect(window.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, preload: '/opt/Accord/out/preload/index.cjs' });

    window.emit('ready-to-show');
    expect(window.calls).toEqual(['showInactive', 'setFullScreen(true)']);
  });

  it('opens a normal window on the console’s screen when there is no second display', () => {
    screen.displays = [laptop];
    const { controller, projectorWindow } = setup();

    controller.toggle();
    const window = projectorWindow();
    if (!window) throw new Error('no projector window');
    window.emit('ready-to-show');
    expect(window.calls).toEqual(['showInactive']);
    expect(screen.getDisplayMatching(window.getBounds()).id).toBe(laptop.id);
  });

  it('closes on the second toggle and reports both changes', () => {
    screen.displays = [laptop, projectorScreen];
    const { controller, changes, projectorWindow } = setup();

    controller.toggle();
    expect(controller.isOpen()).toBe(true);
    controller.toggle();
    expect(controller.isOpen()).toBe(false);
    expect(projectorWindow()).toBeNull();
    expect(changes).toEqual([true, false]);
  });

  it('comes back to the console’s screen as a normal window when its display is unplugged, and ignores another display going', () => {
    screen.displays = [laptop, projectorScreen];
    const { controller, projectorWindow } = setup();
    controller.toggle();
    const window = projectorWindow()!;
    window.emit('ready-to-show');

    screen.emit('display-removed', fakeEvent({}), aDisplay(3, 4000));
    expect(window.isFullScreen()).toBe(true);
    screen.displays = [laptop];
    screen.emit('display-removed', fakeEvent({}), projectorScreen);
    expect(controller.isOpen()).toBe(true);
    expect(window.isFullScreen()).toBe(false);
    expect(screen.getDisplayMatching(window.getBounds()).id).toBe(laptop.id);
  });

  it('presents (F5): opens when closed, and moves a window on the console’s screen to a projector plugged in since', () => {
    screen.displays = [laptop];
    const { controller, projectorWindow } = setup();
    controller.present();
    const window = projectorWindow()!;
    window.emit('ready-to-show');
    expect(window.isFullScreen()).toBe(false);
    // Without a second screen, presenting again changes nothing.
    controller.present();
    expect(window.calls).toEqual(['showInactive']);

    screen.displays = [laptop, projectorScreen];
    controller.present();
    expect(window.getBounds()).toEqual(projectorScreen.bounds);
    expect(window.isFullScreen()).toBe(true);
    expect(projectorWindow()).toBe(window);
    // Already on the projector: presenting again leaves it where it is.
    const calls = window.calls.length;
    controller.present();
    expect(window.calls).toHaveLength(calls);
  });

  it('notices when the user closes the projector window itself', () => {
    const { controller, changes, projectorWindow } = setup();
    controller.toggle();
    projectorWindow()?.close();
    expect(controller.isOpen()).toBe(false);
    expect(changes).toEqual([true, false]);
  });
});

describe('pickProjectorDisplay', () => {
  const asDisplays = (...displays: ReturnType<typeof aDisplay>[]) => displays as unknown as Display[];

  it('is null with a single screen', () => {
    expect(pickProjectorDisplay(asDisplays(laptop), laptop.id)).toBeNull();
  });

  it('picks a screen other than the console’s', () => {
    expect(pickProjectorDisplay(asDisplays(laptop, projectorScreen), laptop.id)?.id).toBe(projectorScreen.id);
    expect(pickProjectorDisplay(asDisplays(laptop, projectorScreen), projectorScreen.id)?.id).toBe(laptop.id);
  });

  it('prefers an external screen over a built-in one', () => {
    const dock = aDisplay(5, -1920);
    const builtIn = aDisplay(6, 3360, { width: 1440, height: 900 }, true);
    expect(pickProjectorDisplay(asDisplays(dock, builtIn, projectorScreen), dock.id)?.id).toBe(projectorScreen.id);
  });
});
