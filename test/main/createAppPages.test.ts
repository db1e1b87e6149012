import { describe, expect, it } from 'vitest';
import { createAppPages } from '../../electron/main/createAppPages';
import { appAssetUrl, appPageUrl, pages, projectorPageUrl } from './appPagesFixture';

describe('createAppPages', () => {
  it('loads the facilitator console from app://accord/index.html and the projector with ?view=projector', () => {
    expect(pages.urlFor('facilitator')).toBe(appPageUrl);
    const projector = new URL(pages.urlFor('projector'));
    expect(projector.searchParams.get('view')).toBe('projector');
    expect(pages.isAppPage(projector.href)).toBe(true);
  });

  it('loads the hidden charter print window with ?view=charter-print and tells the views apart', () => {
    const print = pages.urlFor('charter-print');
    expect(print).toBe('app://accord/index.html?view=charter-print');
    expect(pages.isAppPage(print)).toBe(true);
    expect(pages.viewOf(print)).toBe('charter-print');
    expect(pages.viewOf(projectorPageUrl)).toBe('projector');
    expect(pages.viewOf(appPageUrl)).toBe('facilitator');
    expect(pages.viewOf(`${appPageUrl}?view=unknown`)).toBe('facilitator');
    expect(pages.viewOf(`${appAssetUrl}?view=charter-print`)).toBeNull();
    expect(pages.viewOf('https://evil.example/?view=charter-print')).toBeNull();
  });

  it('treats the index page with any query or hash as the app page', () => {
    expect(pages.isAppPage(projectorPageUrl)).toBe(true);
    expect(pages.isAppPage(`${appPageUrl}#/workshop/1`)).toBe(true);
  });

  it('does not treat other files, hosts or schemes as the app page', () => {
    expect(pages.isAppPage(appAssetUrl)).toBe(false);
    expect(pages.isAppPage('app://accord/evil.html')).toBe(false);
    expect(pages.isAppPage('app://other/index.html')).toBe(false);
    expect(pages.isAppPage('app://user:pw@accord/index.html')).toBe(false);
    expect(pages.isAppPage('file:///opt/Accord/resources/app.asar/out/renderer/index.html')).toBe(false);
    expect(pages.isAppPage('file:///etc/passwd')).toBe(false);
  });

  it('refuses web origins, opaque URLs, file URLs and garbage', () => {
    for (const url of ['https://evil.example/', 'http://localhost:5173/', 'about:blank', 'data:text/html,hi', 'devtools://devtools/x', 'file:///home/user/.ssh/id_ed25519', 'not a url', '']) {
      expect(pages.isAppPage(url)).toBe(false);
      expect(pages.isAppResource(url)).toBe(false);
    }
  });

  it('counts every app://accord URL as an app resource (the protocol handler confines them to the renderer folder)', () => {
    expect(pages.isAppResource(appPageUrl)).toBe(true);
    expect(pages.isAppResource(appAssetUrl)).toBe(true);
    expect(pages.isAppResource('app://elsewhere/assets/x.js')).toBe(false);
  });

  it('trusts exactly the dev server origin when one is given, and no longer app://', () => {
    const dev = createAppPages({ devServerUrl: 'http://localhost:5173' });
    expect(dev.urlFor('facilitator')).toBe('http://localhost:5173/');
    expect(dev.urlFor('projector')).toBe('http://localhost:5173/?view=projector');
    expect(dev.isAppPage('http://localhost:5173/?view=projector')).toBe(true);
    expect(dev.isAppPage('http://localhost:5174/')).toBe(false);
    expect(dev.isAppPage('http://127.0.0.1:5173/')).toBe(false);
    expect(dev.isAppPage(appPageUrl)).toBe(false);
  });
});
