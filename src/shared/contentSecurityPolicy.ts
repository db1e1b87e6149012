/**
 * The one Content-Security-Policy of every Accord page, sent as a header by both hosts (and
 * mirrored in index.html's meta tag). No inline script, no eval, nothing from the network:
 * the app works offline and text typed by anyone can never become code.
 * `connect-src 'self'` also covers the browser mode's same-origin WebSocket (CSP level 3).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
