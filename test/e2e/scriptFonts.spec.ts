/**
 * Names in every script render from the fonts Accord bundles, on a machine without CJK, Korean or
 * emoji system fonts (this one has none): the console and the projector draw each piece of the
 * text with the bundled face for its script, as Chromium reports the fonts it used for a node.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectHostClient, type HostClient } from './support/connectHostClient';
import { launchBrowser, releaseBrowser } from './support/launchBrowser';
import { openApp, type OpenApp } from './support/openApp';
import { openProjector } from './support/openProjector';
import { startWebHost, type WebHost } from './support/startWebHost';

/** A title with a name in each script Noto Sans lacks (山碕: kanji neither SC nor KR has). */
const TITLE = 'Kick-off 田中 山碕 김민준 😀 مرحبا שלום नमस्ते';
/**
 * The faces that must draw part of it, as Chromium names the font files it used (a file's own
 * name, e.g. "Noto Sans SC Thin" for the CJK slices, "Noto Sans SemiBold" for a heading).
 */
const FACES = [/^Noto Sans( |$)(?!SC|JP|KR|Arabic|Hebrew)/, /^Noto Sans SC/, /^Noto Sans JP/, /^Noto Sans KR/, /^Noto Emoji/, /^Noto Sans Arabic/, /^Noto Sans Hebrew/];
const drawnBy = (families: string[], face: RegExp) => families.some((family) => face.test(family));

/** The font families Chromium used to draw the innermost element showing exactly `text`: once every face in FACES drew some of it, or after 20 s. */
async function fontsUsedFor(page: Page, text: string): Promise<string[]> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const giveUpAt = Date.now() + 20_000;
  let families: string[] = [];
  for (;;) {
    // Marks the node to ask about; the fonts are those of its own text.
    const marked = await page.evaluate((wanted) => {
      const all = Array.from(document.querySelectorAll<HTMLElement>('body *')).filter((el) => el.textContent?.trim() === wanted);
      const innermost = all.find((el) => !all.some((other) => other !== el && el.contains(other)));
      innermost?.setAttribute('data-script-probe', '');
      return innermost !== undefined;
    }, text);
    if (marked) {
      const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '[data-script-probe]' });
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      families = fonts.filter((font) => font.glyphCount > 0).map((font) => font.familyName);
    }
    // The script faces load after the first paint: until then the text falls back, so ask again.
    if (FACES.every((face) => drawnBy(families, face)) || Date.now() > giveUpAt) {
      await cdp.detach();
      return families;
    }
    await page.waitForTimeout(100);
  }
}

describe('names in every script', () => {
  let host: WebHost;
  let browser: Browser;
  let app: OpenApp;
  let client: HostClient;

  beforeAll(async () => {
    [host, browser] = await Promise.all([startWebHost(), launchBrowser()]);
    app = await openApp(browser, host, { viewport: { width: 1920, height: 1080 } });
    await app.workshop.waitForOpen();
    client = await connectHostClient(host.origin, app.context);
    expect(await client.api.dispatch({ type: 'updateSetup', patch: { title: TITLE } })).toMatchObject({ ok: true });
  });
  afterAll(async () => {
    client?.close();
    await app?.close();
    await releaseBrowser(browser);
    await host?.stop();
  });

  it('draw from the bundled faces on the console and on the projector, never from a fallback', async () => {
    const consoleFonts = await fontsUsedFor(app.page, TITLE);
    const { page: projectorPage } = await openProjector(app, host);
    const projectorFonts = await fontsUsedFor(projectorPage, TITLE);
    for (const families of [consoleFonts, projectorFonts]) {
      for (const face of FACES) expect(drawnBy(families, face), `${face} in ${families.join(', ')}`).toBe(true);
      // Every glyph came from a bundled Noto face: no system fallback drew any part of it.
      expect(families.filter((family) => !family.startsWith('Noto ')), families.join(', ')).toEqual([]);
    }
  });
});
