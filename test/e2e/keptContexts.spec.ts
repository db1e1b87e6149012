/**
 * The kept browser contexts of the end-to-end support (support/openApp.ts): a test's app opens
 * in the context the previous test used, with nothing of that test left in it, and a context in
 * which a test installed the clock (which cannot be taken out) is not used again.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, releaseBrowser } from './support/launchBrowser';
import { openApp } from './support/openApp';
import { startWebHost, type WebHost } from './support/startWebHost';

describe('kept browser contexts', () => {
  let browser: Browser;
  let host: WebHost;
  let previous: BrowserContext | undefined;

  beforeAll(async () => {
    [browser, host] = await Promise.all([launchBrowser(), startWebHost()]);
  });
  afterAll(async () => {
    await releaseBrowser(browser);
    await host?.stop();
  });

  it('clears storage, cookies and permissions when a test’s app closes', async () => {
    const app = await openApp(browser, host);
    await app.workshop.waitForOpen();
    await app.page.evaluate(() => {
      localStorage.setItem('left-behind', 'yes');
      sessionStorage.setItem('left-behind', 'yes');
    });
    await app.context.grantPermissions(['clipboard-read'], { origin: host.origin });
    expect((await app.context.cookies(host.origin)).length).toBeGreaterThan(0);
    previous = app.context;
    await app.close();
    expect(await previous.cookies(host.origin)).toEqual([]);
  });

  it('opens the next app in the same context, as a new one would be', async () => {
    const app = await openApp(browser, host);
    await app.workshop.waitForOpen();
    expect(app.context).toBe(previous);
    expect(await app.page.evaluate(() => [localStorage.getItem('left-behind'), sessionStorage.getItem('left-behind')])).toEqual([null, null]);
    expect(await app.page.evaluate(async () => (await navigator.permissions.query({ name: 'clipboard-read' as PermissionName })).state)).not.toBe('granted');
    await app.context.clock.setFixedTime(new Date('2001-01-01T00:00:00Z'));
    await app.close();
  });

  it('never reuses a context whose clock a test installed', async () => {
    const app = await openApp(browser, host);
    try {
      await app.workshop.waitForOpen();
      expect(app.context).not.toBe(previous);
      expect(await app.page.evaluate(() => new Date().getFullYear())).toBeGreaterThan(2001);
    } finally {
      await app.close(); // a retry then meets the same context again, and fails the same way
    }
  });
});
