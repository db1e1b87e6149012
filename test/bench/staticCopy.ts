/**
 * A copy of what a page shows, as static HTML with the same style sheets and fonts but no
 * script, in a browser of its own. Typing into it measures what the browser alone spends on a
 * keystroke on that screen (editing, style, layout, paint, compositing): the least any code
 * could take there, which the app's figure can be read against.
 */
import type { Page } from 'playwright-core';
import { soloPage } from './probe';

export async function staticCopyOf(page: Page): Promise<{ page: Page; close(): Promise<void> }> {
  const html = await page.evaluate(() => `<!doctype html>${document.documentElement.outerHTML.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')}`);
  const copy = await soloPage();
  // The style sheets and fonts come from the app's own server, which answers only its page's cookie.
  await copy.page.context().addCookies(await page.context().cookies());
  const url = new URL('/static-copy-of-the-screen.html', page.url()).href;
  await copy.page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
  await copy.page.goto(url);
  await copy.page.evaluate(() => document.fonts.ready);
  // A copy without its style sheets would measure a different screen.
  const styled = await copy.page.evaluate(() => [...document.styleSheets].some((sheet) => sheet.cssRules.length > 0));
  if (!styled) throw new Error('The static copy of the screen has no style sheets: the app\'s server refused them.');
  return copy;
}
