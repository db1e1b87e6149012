import type { Session } from 'electron';
import { beforeEach, describe, expect, it } from 'vitest';
import { hardenSession } from '../../electron/main/hardenSession';
import { CONTENT_SECURITY_POLICY } from '../../src/shared/contentSecurityPolicy';
import { FakeSession, resetFakeElectron } from '../fakes/electron';
import { appAssetUrl, appPageUrl, pages } from './appPagesFixture';

function hardenedSession(): FakeSession {
  const session = new FakeSession();
  hardenSession(session as unknown as Session, pages);
  return session;
}

function headersFor(session: FakeSession, url: string, responseHeaders: Record<string, string[]> = {}) {
  const listener = session.webRequest.onHeadersReceivedListener;
  if (!listener) throw new Error('no onHeadersReceived listener');
  let response: Record<string, unknown> | undefined;
  listener({ url, resourceType: 'mainFrame', responseHeaders }, (r) => (response = r));
  if (!response) throw new Error('the listener did not answer');
  return response as { responseHeaders?: Record<string, string[]> };
}

function cspOf(session: FakeSession): Map<string, string[]> {
  const header = headersFor(session, appPageUrl).responseHeaders?.['Content-Security-Policy'];
  expect(header).toHaveLength(1);
  const directives = new Map<string, string[]>();
  for (const part of (header?.[0] ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name, values);
  }
  return directives;
}

describe('hardenSession', () => {
  beforeEach(resetFakeElectron);

  it('denies every permission request', () => {
    const session = hardenedSession();
    for (const permission of ['media', 'notifications', 'geolocation', 'openExternal', 'clipboard-read', 'fullscreen', 'unknown']) {
      const answers: boolean[] = [];
      session.permissionRequestHandler?.({}, permission, (granted: boolean) => answers.push(granted), { requestingUrl: appPageUrl });
      expect(answers, permission).toEqual([false]);
    }
  });

  it('answers every permission check and device request with no', () => {
    const session = hardenedSession();
    expect(session.permissionCheckHandler?.(null, 'media', 'app://accord', {})).toBe(false);
    expect(session.permissionCheckHandler?.(null, 'clipboard-sanitized-write', 'app://accord', {})).toBe(false);
    expect(session.devicePermissionHandler?.({ deviceType: 'usb', origin: 'app://accord' })).toBe(false);
  });

  it('sends a CSP that allows only the app’s own scripts', () => {
    const csp = cspOf(hardenedSession());
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    for (const values of csp.values()) {
      expect(values).not.toContain("'unsafe-inline'");
      expect(values).not.toContain("'unsafe-eval'");
      expect(values).not.toContain('*');
    }
  });

  it('forbids plugins, base rewriting, form posts and framing', () => {
    const csp = cspOf(hardenedSession());
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
  });

  it('sends the same policy as the app:// handler and index.html (src/shared/contentSecurityPolicy.ts)', () => {
    const header = headersFor(hardenedSession(), appPageUrl).responseHeaders?.['Content-Security-Policy'];
    expect(header).toEqual([CONTENT_SECURITY_POLICY]);
  });

  it('replaces a policy the response already carried, whatever its header case, instead of adding a second one', () => {
    const headers = headersFor(hardenedSession(), appPageUrl, { 'content-security-policy': ["default-src *"], 'X-Test': ['1'] }).responseHeaders ?? {};
    expect(Object.keys(headers).filter((name) => name.toLowerCase() === 'content-security-policy')).toEqual(['Content-Security-Policy']);
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
  });

  it('keeps the response’s other headers and leaves foreign responses untouched', () => {
    const session = hardenedSession();
    expect(headersFor(session, appAssetUrl, { 'X-Test': ['1'] }).responseHeaders?.['X-Test']).toEqual(['1']);
    expect(headersFor(session, 'https://example.com/', { 'X-Test': ['1'] })).toEqual({});
    expect(headersFor(session, 'file:///etc/passwd')).toEqual({});
  });

  it('cancels every file:// request (the pages come from app://accord)', () => {
    const session = hardenedSession();
    const listener = session.webRequest.onBeforeRequestListener;
    if (!listener) throw new Error('no onBeforeRequest listener');
    const cancelled = (url: string) => {
      let answer: unknown;
      listener({ url }, (response) => (answer = response.cancel));
      return answer;
    };
    expect(cancelled('file:///home/user/.ssh/id_ed25519')).toBe(true);
    expect(cancelled('file:///etc/passwd')).toBe(true);
    expect(cancelled('file:///opt/Accord/resources/app.asar/out/renderer/index.html')).toBe(true);
    expect(cancelled(appPageUrl)).toBe(false);
    expect(cancelled(appAssetUrl)).toBe(false);
    expect(cancelled('blob:file:///1234')).toBe(false);
    expect(cancelled('data:image/png;base64,AAAA')).toBe(false);
  });
});
