import type { WebContents } from 'electron';
import { beforeEach, describe, expect, it } from 'vitest';
import { hardenAllWebContents, hardenWebContents, openInBrowser } from '../../electron/main/hardenWebContents';
import { app, fakeEvent, FakeWebContents, resetFakeElectron, shell } from '../fakes/electron';
import { appAssetUrl, appPageUrl, pages, projectorPageUrl } from './appPagesFixture';

function hardened(): FakeWebContents {
  const contents = new FakeWebContents();
  hardenWebContents(contents as unknown as WebContents, pages);
  return contents;
}

function navigate(contents: FakeWebContents, eventName: string, url: string, isMainFrame = true) {
  const event = fakeEvent({ url, isMainFrame, isSameDocument: false, frame: null });
  contents.emit(eventName, event, url, false, isMainFrame, 0, 0);
  return event;
}

function openWindow(contents: FakeWebContents, url: string) {
  if (!contents.windowOpenHandler) throw new Error('no window open handler was set');
  return contents.windowOpenHandler({ url, frameName: '', features: '', disposition: 'foreground-tab' });
}

describe('hardenWebContents', () => {
  beforeEach(resetFakeElectron);

  it('denies every window.open, including one for the app page itself', () => {
    const contents = hardened();
    for (const url of ['https://example.com/', 'http://example.com/', appPageUrl, 'file:///etc/passwd', 'javascript:alert(1)']) {
      expect(openWindow(contents, url)).toEqual({ action: 'deny' });
    }
  });

  it('hands an https link from window.open to the browser and drops everything else', () => {
    const contents = hardened();
    openWindow(contents, 'https://www.example.com/article?id=1');
    for (const url of ['http://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'ms-msdt:foo', appPageUrl]) {
      openWindow(contents, url);
    }
    expect(shell.openedExternally).toEqual(['https://www.example.com/article?id=1']);
  });

  it('prevents navigation to another origin or another local file', () => {
    const contents = hardened();
    for (const url of ['https://evil.example/', 'http://localhost:5173/', 'file:///etc/passwd', appAssetUrl, 'data:text/html,x']) {
      expect(navigate(contents, 'will-navigate', url).defaultPrevented, url).toBe(true);
      expect(navigate(contents, 'will-frame-navigate', url, false).defaultPrevented, url).toBe(true);
      expect(navigate(contents, 'will-redirect', url).defaultPrevented, url).toBe(true);
    }
  });

  it('lets the app page navigate to itself (e.g. between views)', () => {
    const contents = hardened();
    for (const url of [appPageUrl, projectorPageUrl]) {
      expect(navigate(contents, 'will-navigate', url).defaultPrevented).toBe(false);
      expect(navigate(contents, 'will-frame-navigate', url).defaultPrevented).toBe(false);
      expect(navigate(contents, 'will-redirect', url).defaultPrevented).toBe(false);
    }
  });

  it('opens a blocked top-level https navigation in the browser, never a subframe or redirect', () => {
    const contents = hardened();
    navigate(contents, 'will-navigate', 'https://example.com/help');
    navigate(contents, 'will-navigate', 'http://example.com/insecure');
    navigate(contents, 'will-frame-navigate', 'https://example.com/frame', false);
    navigate(contents, 'will-redirect', 'https://example.com/redirected');
    expect(shell.openedExternally).toEqual(['https://example.com/help']);
  });

  it('prevents attaching a <webview>', () => {
    const contents = hardened();
    const event = fakeEvent({});
    contents.emit('will-attach-webview', event, { nodeIntegration: true }, { src: 'https://evil.example/' });
    expect(event.defaultPrevented).toBe(true);
  });

  it('is applied to every web contents the app creates', () => {
    hardenAllWebContents(pages);
    const contents = new FakeWebContents();
    app.emit('web-contents-created', fakeEvent({}), contents);
    expect(openWindow(contents, 'https://example.com/')).toEqual({ action: 'deny' });
    expect(navigate(contents, 'will-navigate', 'https://evil.example/').defaultPrevented).toBe(true);
  });
});

describe('openInBrowser', () => {
  beforeEach(resetFakeElectron);

  it('opens only well-formed https URLs without credentials', () => {
    expect(openInBrowser('https://example.com/')).toBe(true);
    expect(openInBrowser('HTTPS://EXAMPLE.COM/x')).toBe(true);
    for (const url of ['http://example.com/', 'https://user:pw@example.com/', 'file:///C:/Windows/system32/calc.exe', 'vbscript:x', '//example.com', 'https//missing-colon', '']) {
      expect(openInBrowser(url), url).toBe(false);
    }
    expect(shell.openedExternally).toEqual(['https://example.com/', 'https://example.com/x']);
  });
});
