import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchBrowser, releaseBrowser } from './support/launchBrowser';
import { openApp, type OpenApp } from './support/openApp';
import { startWebHost, type WebHost } from './support/startWebHost';

describe('text field limits', () => {
  let host: WebHost;
  let browser: Browser;
  let app: OpenApp;

  beforeAll(async () => {
    [host, browser] = await Promise.all([startWebHost(), launchBrowser()]);
  });
  afterAll(async () => {
    await releaseBrowser(browser);
    await host?.stop();
  });
  beforeEach(async () => {
    app = await openApp(browser, host);
    await app.workshop.waitForOpen();
    await app.workshop.goToPhase('setup');
  });
  afterEach(async () => {
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('shows a quiet counter near the limit and says so when a paste is cut at it', async () => {
    const venue = app.page.locator('input[name="venue"]');
    const hint = app.page.getByTestId('length-hint');
    await venue.fill('V'.repeat(200));
    expect(await hint.count()).toBe(0);

    await venue.fill('V'.repeat(280));
    await expect.poll(() => hint.textContent()).toBe('280/300');

    await venue.fill('');
    // A real paste of 400 characters: the browser keeps 300 and drops the rest.
    await app.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.page.url()).origin });
    await app.page.evaluate((text) => navigator.clipboard.writeText(text), 'P'.repeat(400));
    await venue.focus();
    await app.page.keyboard.press('ControlOrMeta+V');
    await expect.poll(() => venue.inputValue()).toHaveLength(300);
    await expect.poll(() => hint.textContent()).toBe('Only 300 characters fit here; the rest was left out. 300/300');
    expect(await venue.getAttribute('aria-describedby')).toBe(await hint.getAttribute('id'));
  });

  it('says so when typing goes on at the limit', async () => {
    const venue = app.page.locator('input[name="venue"]');
    const hint = app.page.getByTestId('length-hint');
    await venue.fill('V'.repeat(300));
    await venue.press('End');
    await venue.pressSequentially('more');
    await expect.poll(() => hint.textContent()).toBe('Only 300 characters fit here; the rest was left out. 300/300');
    expect(await venue.inputValue()).toHaveLength(300);
  });
});
