/**
 * The same page models, driving the real Electron app through Playwright's `_electron`. Runs
 * only where the Electron binary is installed (it cannot be downloaded on the build machines).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LibraryPage } from './pages/LibraryPage';
import { SetupPhasePage } from './pages/SetupPhasePage';
import { WorkshopPage } from './pages/WorkshopPage';
import { findElectronBinary } from './support/electronBinary';
import { E2E_CONTEXT_OPTIONS } from './support/launchBrowser';
import { REPO_ROOT } from './support/startWebHost';

const binary = findElectronBinary();
const SAMPLE = 'Kestrel sales & marketing alignment day';

const title = binary
  ? 'Electron app'
  : 'Electron app — skipped: no Electron binary in node_modules/electron (it is fetched on first use and cannot be downloaded here)';

describe.skipIf(!binary)(title, () => {
  let electronApp: ElectronApplication;
  let page: Page;
  let userData: string;

  beforeAll(async () => {
    userData = await mkdtemp(join(tmpdir(), 'accord-electron-'));
    electronApp = await _electron.launch({
      executablePath: binary!,
      args: [REPO_ROOT, `--user-data-dir=${userData}`],
      cwd: REPO_ROOT,
    });
    page = await electronApp.firstWindow();
    await page.emulateMedia({ reducedMotion: E2E_CONTEXT_OPTIONS.reducedMotion });
  });
  afterAll(async () => {
    await electronApp?.close();
    if (userData) await rm(userData, { recursive: true, force: true });
  });

  it('exposes the host through the preload, not a socket', async () => {
    expect(await page.evaluate(() => typeof (window as unknown as { accord?: unknown }).accord)).toBe('object');
  });

  it('opens the sample and saves an edit', async () => {
    const library = new LibraryPage(page);
    const workshop = new WorkshopPage(page);
    const setup = new SetupPhasePage(page);
    await library.show();
    await library.open(SAMPLE);
    await workshop.goToPhase('setup');
    await setup.fill('Venue', 'Electron room');
    await workshop.waitForSaved();
    expect(await setup.field('Venue').inputValue()).toBe('Electron room');
  });
});
