/**
 * Every web contents the app ever creates stays on Accord's own page: no popups, no navigation
 * or redirect elsewhere, no <webview>. A link to an https site opens in the user's browser.
 */
import { app, shell, type WebContents } from 'electron';
import type { AppPages } from './createAppPages';

export function hardenAllWebContents(pages: AppPages): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, pages));
}

export function hardenWebContents(contents: WebContents, pages: AppPages): void {
  contents.setWindowOpenHandler(({ url }) => {
    openInBrowser(url);
    return { action: 'deny' };
  });

  contents.on('will-navigate', (event) => {
    if (pages.isAppPage(event.url)) return;
    event.preventDefault();
    if (event.isMainFrame) openInBrowser(event.url);
  });
  contents.on('will-frame-navigate', (event) => {
    if (!pages.isAppPage(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!pages.isAppPage(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Hands a link to the user's browser, but only a well-formed https URL; anything else is dropped. */
export function openInBrowser(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '') return false;
  // electronegativity-justified: OPEN_EXTERNAL_JS_CHECK: only parsed https URLs reach this line
  void shell.openExternal(url.href).catch((error: unknown) => {
    console.warn(`Accord could not open ${url.href} in the browser:`, error);
  });
  return true;
}
