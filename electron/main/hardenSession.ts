/**
 * Session-wide defences: no web permission is ever granted, the app's own pages get the strict
 * Content-Security-Policy header (the app:// handler sends it too, and index.html carries the same
 * policy as a meta tag), and every file:// request is cancelled: Accord's pages come from
 * app://accord/, so a file:// URL can only be a compromised page trying to read the disk.
 */
import type { Session } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../src/shared/contentSecurityPolicy';
import type { AppPages } from './createAppPages';

export function hardenSession(session: Session, pages: AppPages): void {
  // Accord needs no camera, notifications, clipboard reads, HID, serial, … : deny all of them.
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);

  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: details.url.startsWith('file:') });
  });

  session.webRequest.onHeadersReceived((details, callback) => {
    if (!pages.isAppResource(details.url)) {
      callback({});
      return;
    }
    // One policy, whatever the response carried (header names are case-insensitive).
    const headers = Object.fromEntries(Object.entries(details.responseHeaders ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy'));
    // electronegativity-justified: CSP_GLOBAL_CHECK: 'self' here is only app://accord, the bundled renderer folder (no JSONP, no uploads; file:// requests are cancelled above)
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}
