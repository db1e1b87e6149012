/**
 * A copy of what a page shows, as static HTML with the same style sheets and fonts but no
 * script, in a browser of its own. Typing into it measures what the browser alone spends on a
 * keystroke on that screen (editing, style, layout, paint, compositing): about the least any
 * code could take there, which the app's figure can be read against. Two things differ: the
 * page's own CSP is left out (it admits the inline styles React sets through the DOM, such as
 * team colours, but not the same styles written as attributes in HTML), and what a closed
 * shadow root holds (the presenter strip's miniature of the room) is not copied.
 */
import type { Page } from 'playwright-core';
import { soloPage } from './probe';

export async function staticCopyOf(page: Page): Promise<{ page: Page; close(): Promise<void> }> {
  const { html, sheets } = await page.evaluate(() => ({
    html: `<!doctype html>${document.documentElement.outerHTML.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '').replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, '')}`,
    sheets: [...document.styleSheets].filter((sheet) => sheet.cssRules.length > 0).length,
  }));
  const copy = await soloPage();
  try {
    // The style sheets and fonts come from the app's own server, which answers only its page's cookie.
    await copy.page.context().addCookies(await page.context().cookies());
    const url = new URL('/static-copy-of-the-screen.html', page.url()).href;
    await copy.page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
    await copy.page.goto(url);
    await copy.page.evaluate(() => document.fonts.ready);
    // A copy missing any of its style sheets would measure a different screen.
    const loaded = await copy.page.evaluate(() => [...document.styleSheets].filter((sheet) => sheet.cssRules.length > 0).length);
    if (loaded < sheets) throw new Error(`The static copy of the screen loaded ${loaded} of its ${sheets} style sheets: the app's server refused the others.`);
    return copy;
  } catch (error) {
    await copy.close();
    throw error;
  }
}
