import { rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchBrowser, releaseBrowser } from './support/launchBrowser';
import { openApp, type OpenApp } from './support/openApp';
import { startWebHost, type WebHost } from './support/startWebHost';

const SAMPLE = 'Kestrel sales & marketing alignment day';
const SAMPLE_VENUE = 'Harbourside Conference Centre, Room Atlas';

describe('persistence', () => {
  let host: WebHost;
  let browser: Browser;
  let app: OpenApp;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await releaseBrowser(browser);
  });
  // Every attempt (a retry included) starts from a fresh data folder: no state leaks between tests.
  beforeEach(async () => {
    host = await startWebHost();
    app = await openApp(browser, host);
    await app.library.show();
    await app.library.open(SAMPLE);
    await app.workshop.goToPhase('setup');
  });
  afterEach(async () => {
    try {
      expect(app.errors).toEqual([]);
    } finally {
      await app?.close();
      await host?.stop();
      // The restart test hands the folder to a second host, which does not delete it.
      if (host) await rm(host.dataDir, { recursive: true, force: true });
    }
  });

  it('keeps an edited venue across a reload, and undo brings the old one back', async () => {
    expect(await app.setup.field('Venue').inputValue()).toBe(SAMPLE_VENUE);
    await app.setup.fill('Venue', 'Zoë’s rooftop, 渡辺ビル 5F');
    await app.workshop.waitForSaved();

    await app.page.reload();
    await app.workshop.waitForOpen();
    expect(await app.setup.field('Venue').inputValue()).toBe('Zoë’s rooftop, 渡辺ビル 5F');

    // Undo lives in the host, so it survives the reload too.
    await app.workshop.undo();
    await expect.poll(() => app.setup.field('Venue').inputValue()).toBe(SAMPLE_VENUE);
    await app.workshop.redo();
    await expect.poll(() => app.setup.field('Venue').inputValue()).toBe('Zoë’s rooftop, 渡辺ビル 5F');
    await app.workshop.undo();
    await expect.poll(() => app.setup.field('Venue').inputValue()).toBe(SAMPLE_VENUE);
    await app.workshop.waitForSaved();
  });

  it('takes typing key by key without losing or reordering characters, as one undo step', async () => {
    const text = 'Dana Okafor & Jürgen Groß (co-facilitating)';
    await app.setup.type('Facilitator', text);
    expect(await app.setup.field('Facilitator').inputValue()).toBe(text);
    await app.workshop.waitForSaved();
    await app.page.reload();
    await app.workshop.waitForOpen();
    expect(await app.setup.field('Facilitator').inputValue()).toBe(text);

    // Keyboard undo outside a text field: clearing and retyping the field coalesced into one step.
    await app.workshop.heading.click();
    await app.page.keyboard.press('Control+Z');
    await expect.poll(() => app.setup.field('Facilitator').inputValue()).toBe('Dana Okafor');
    await app.page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => app.setup.field('Facilitator').inputValue()).toBe(text);
  });

  it('makes a failing save impossible to miss, and clears it once the disk is back', async () => {
    // Replace the workshops folder with a file: every write fails until it is put back.
    const workshops = join(host.dataDir, 'workshops');
    await rename(workshops, `${workshops}.away`);
    await writeFile(workshops, 'not a folder');
    try {
      await app.setup.fill('Venue', 'Written while the disk is away');
      await app.page.locator('[data-testid="save-indicator"][data-status="failed"]').waitFor({ timeout: 15_000 });
      expect(await app.workshop.saveIndicator.textContent()).toContain('Not saved — retrying');
      const banner = app.page.getByTestId('save-failure');
      expect(await banner.getAttribute('role')).toBe('alert');
      expect(await banner.textContent()).toContain('not saved to disk yet');
      expect(await banner.getByRole('button', { name: 'Export a copy' }).isEnabled()).toBe(true);
    } finally {
      await rm(workshops, { force: true });
      await rename(`${workshops}.away`, workshops);
    }
    await app.workshop.waitForSaved(30_000);
    expect(await app.page.getByTestId('save-failure').count()).toBe(0);
    expect(await app.setup.field('Venue').inputValue()).toBe('Written while the disk is away');
  });

  it('writes to disk: the value survives a restart of the host', async () => {
    await app.setup.fill('Company', 'Kestrel Fleet Systems GmbH');
    await app.workshop.waitForSaved();
    await app.close();

    await host.stop({ keepData: true });
    host = await startWebHost({ dataDir: host.dataDir });
    app = await openApp(browser, host);
    // The host reopens the workshop that was open when it stopped.
    await app.workshop.waitForOpen();
    expect(await app.setup.field('Company').inputValue()).toBe('Kestrel Fleet Systems GmbH');
  });

  it('takes no edit while the host is down, says so, and lets the same tab back in once it is restarted', async () => {
    await app.setup.fill('Venue', 'Before the restart');
    await app.workshop.waitForSaved();
    const port = host.port;
    const venue = app.setup.field('Venue');

    await host.stop({ keepData: true });
    const banner = app.page.getByTestId('connection-banner');
    await banner.waitFor();
    // Never "Saved" for what could not reach the disk: the indicator says what is going on instead.
    await app.page.locator('[data-testid="save-indicator"][data-status="disconnected"]').waitFor();
    expect(await app.workshop.saveIndicator.textContent()).toContain('Not connected — changes can’t be made until Accord is back');
    await expect.poll(() => venue.isEditable()).toBe(false);
    // After a few attempts the window finds nothing answering, and says Accord has stopped.
    await app.page.locator('[data-testid="connection-banner"][data-problem="stopped"]').waitFor();
    expect(await banner.textContent()).toContain('Accord has stopped.');

    // Same data folder, same port: the tab's cookie and access key are still good.
    host = await startWebHost({ dataDir: host.dataDir, extraArgs: ['--port', String(port)] });
    expect(host.port).toBe(port);
    await banner.waitFor({ state: 'detached' });
    await expect.poll(() => venue.isEditable()).toBe(true);
    expect(await venue.inputValue()).toBe('Before the restart');
    await app.setup.fill('Venue', 'After the restart');
    await app.workshop.waitForSaved();
    await app.page.reload();
    await app.workshop.waitForOpen();
    expect(await app.setup.field('Venue').inputValue()).toBe('After the restart');
    // Chromium logs each refused reconnection attempt while the host was down; those are expected.
    const unexpected = app.errors.filter((error) => !/ERR_CONNECTION_REFUSED/.test(error));
    app.errors.splice(0, app.errors.length, ...unexpected);
  });
});
