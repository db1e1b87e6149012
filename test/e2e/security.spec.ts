import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WEB_API_PATH, WEB_REFUSED_CLOSE_CODE, type WebMessage } from '../../src/shared/webProtocol';
import { launchBrowser, releaseBrowser } from './support/launchBrowser';
import { openApp, type OpenApp } from './support/openApp';
import { startWebHost, type WebHost } from './support/startWebHost';

const XSS = '<img src=x onerror=alert(1)>';

/** Resolves to the HTTP status of a WebSocket handshake (101 when accepted). */
function handshakeStatus(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers });
    socket.once('open', () => {
      socket.close();
      resolve(101);
    });
    socket.once('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      socket.terminate();
    });
    socket.once('error', (error) => reject(error));
  });
}

/** Opens a socket with `cookie` and answers the challenge with `answer`; resolves to what the host did. */
function socketOutcome(url: string, origin: string, cookie: string, answer: string): Promise<'ready' | number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers: { Cookie: cookie, Origin: origin } });
    socket.on('message', (data) => {
      const message = JSON.parse(data.toString()) as WebMessage;
      if ('event' in message && message.event === 'challenge') socket.send(JSON.stringify({ auth: answer }));
      if ('event' in message && message.event === 'ready') {
        resolve('ready');
        socket.close();
      }
    });
    socket.once('close', (code) => resolve(code));
    socket.once('error', reject);
  });
}

describe('security', () => {
  let host: WebHost;
  let browser: Browser;
  let app: OpenApp | null = null;
  let cookie = '';

  beforeAll(async () => {
    [host, browser] = await Promise.all([startWebHost(), launchBrowser()]);
  });
  afterAll(async () => {
    await releaseBrowser(browser);
    await host?.stop();
  });
  afterEach(async () => {
    await app?.close();
    app = null;
  });

  const pageCookie = async () => {
    app = await openApp(browser, host);
    await app.page.getByTestId('workshop-shell').or(app.page.getByTestId('library')).first().waitFor();
    const cookies = await app.context.cookies(host.origin);
    return cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  };

  it('refuses a request without the access token', async () => {
    const response = await fetch(`${host.origin}/`);
    expect(response.status).toBe(403);
    const asset = await fetch(`${host.origin}/index.html`);
    expect(asset.status).toBe(403);
  });

  it('refuses a wrong access token', async () => {
    const response = await fetch(`${host.origin}/?token=not-the-token`, { redirect: 'manual' });
    expect(response.status).toBe(403);
  });

  it('serves the page with a strict Content-Security-Policy, and the page runs without violating it', async () => {
    app = await openApp(browser, host);
    const violations: string[] = [];
    await app.page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await app.page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { reportViolation: (t: string) => void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const response = await app.page.reload();
    const csp = response!.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe');
    const meta = await app.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(meta).toContain("script-src 'self'");
    await app.page.getByTestId('workshop-shell').or(app.page.getByTestId('library')).first().waitFor();
    // Open a dialog and a phase too, so most of the UI has rendered once.
    await app.library.show();
    await app.page.getByRole('button', { name: 'New workshop' }).click();
    await app.page.getByTestId('new-workshop-dialog').waitFor();
    await app.page.keyboard.press('Escape');
    // The console and the projector load zod lazily (phases that check lengths): still no eval.
    await app.library.open('Kestrel sales & marketing alignment day');
    await app.workshop.goToPhase('setup');
    await app.workshop.goToPhase('actions');
    const projector = await app.context.newPage();
    await projector.exposeFunction('reportViolation', (text: string) => violations.push(`projector: ${text}`));
    await projector.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { reportViolation: (t: string) => void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    await projector.goto(`${host.origin}/?view=projector`);
    await projector.getByTestId('projector-phase').waitFor();
    expect(violations).toEqual([]);
    expect(app.errors).toEqual([]);
  });

  it('refuses a WebSocket from a foreign origin, even with the cookie', async () => {
    cookie = await pageCookie();
    const url = `ws://127.0.0.1:${host.port}${WEB_API_PATH}`;
    expect(await handshakeStatus(url, { Cookie: cookie, Origin: host.origin })).toBe(101);
    expect(await handshakeStatus(url, { Cookie: cookie, Origin: 'http://evil.example' })).toBe(403);
    expect(await handshakeStatus(url, { Cookie: cookie, Origin: `http://127.0.0.1:${host.port + 1}` })).toBe(403);
  });

  it('refuses a WebSocket without the cookie', async () => {
    const url = `ws://127.0.0.1:${host.port}${WEB_API_PATH}`;
    expect(await handshakeStatus(url, { Origin: host.origin })).toBe(403);
  });

  it('shows markup typed as a participant name as text, and runs nothing', async () => {
    app = await openApp(browser, host);
    await app.library.show();
    await app.library.open('Kestrel sales & marketing alignment day');
    await app.workshop.goToPhase('setup');
    const row = await app.setup.addParticipant({ name: XSS, jobTitle: '"><script>alert(2)</script>' });
    await app.workshop.waitForSaved();
    // The title is rendered as text in the top bar and on the library card as well.
    await app.setup.fill('Workshop title', XSS);
    await expect.poll(() => app!.workshop.heading.textContent()).toBe(XSS);

    await app.page.reload();
    await app.workshop.waitForOpen();
    expect(await row.locator('input[name="name"]').inputValue()).toBe(XSS);
    await app.workshop.backToLibrary();
    await app.library.card(XSS).waitFor();

    expect(await app.page.locator('img[src="x"]').count()).toBe(0);
    expect(await app.page.locator('script:not([src])').count()).toBe(0);
    expect(app.dialogs).toEqual([]);
    expect(app.errors).toEqual([]);
  });

  it('gives the cookie that browsers send to every local port no access to the workshops', async () => {
    app = await openApp(browser, host);
    await app.page.getByTestId('workshop-shell').or(app.page.getByTestId('library')).first().waitFor();
    // The access key left the address bar for the page's own (per-port) storage.
    expect(app.page.url()).not.toMatch(/token=|key=/);
    // Another program on 127.0.0.1 that the browser visits receives Accord's cookie…
    let received = '';
    const other: Server = createServer((request, response) => {
      received = request.headers.cookie ?? '';
      response.end('another local service');
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', () => resolve()));
    try {
      const otherPort = (other.address() as AddressInfo).port;
      const page = await app.context.newPage();
      await page.goto(`http://127.0.0.1:${otherPort}/`);
      await page.close();
    } finally {
      await new Promise<void>((resolve) => other.close(() => resolve()));
    }
    expect(received).toContain(`accord_token_${host.port}=`);
    // …and replays it, forging the Origin as a program can: the host opens no workshop to it.
    const url = `ws://127.0.0.1:${host.port}${WEB_API_PATH}`;
    expect(await socketOutcome(url, host.origin, received, 'a guess')).toBe(WEB_REFUSED_CLOSE_CODE);
    expect(await socketOutcome(url, host.origin, received, received.split('=')[1]!)).toBe(WEB_REFUSED_CLOSE_CODE);
    expect(app.errors).toEqual([]);
  });
});
