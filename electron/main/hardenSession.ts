/**
 * Session-wide defences: no web permission is ever granted, the app's own pages get a strict
 * Content-Security-Policy header (the renderer's index.html carries the same policy as a meta
 * tag, which is what counts if Chromium skips headers for file://), and file:// requests outside
 * the bundled renderer are cancelled, so a compromised page cannot read the disk by URL.
 */
import type { Session } from 'electron';
import type { AppPages } from './createAppPages';

export function hardenSession(session: Session, pages: AppPages): void {
  // Accord needs no camera, notifications, clipboard reads, HID, serial, … : deny all of them.
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);

  session.webRequest.onBeforeRequest((details, callback) => {
    const strayFile = details.url.startsWith('file:') && !pages.isAppResource(details.url);
    callback({ cancel: strayFile });
  });

  session.webRequest.onHeadersReceived((details, callback) => {
    if (!details.url.startsWith('file:') || !pages.isAppResource(details.url)) {
      callback({});
      return;
    }
    callback({
      // electronegativity-justified: CSP_GLOBAL_CHECK: 'self' here is only the bundled renderer folder (no JSONP, no uploads; other file:// requests are cancelled above)
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [
          "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        ],
      },
    });
  });
}
