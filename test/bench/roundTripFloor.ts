/**
 * The floor of every host round trip (a confirmed RACI toggle, a phase switch): the same app
 * page, as loaded as it is, clicks a bare button that sends one message over a second socket
 * to the same server and shows the answer. The socket passes the same access check as the
 * app's own (the page's access key, HMAC over the host's challenge, see webProtocol.ts) and
 * then sends a request of an unknown method, which the server answers at once with a refusal
 * without calling the host: input → WebSocket → server → WebSocket → DOM → paint, and
 * nothing else. The app's own socket cannot be used bare: the app owns its messages.
 */
import type { Page } from 'playwright-core';
import { ACCESS_KEY_STORAGE } from '../../src/app/bridge/accessKey';
import { WEB_API_PATH } from '../../src/shared/webProtocol';
import { clickOn, measureOnce } from './probe';

const BUTTON_ID = 'bench-round-trip';

/**
 * Adds the floor's button and opens its socket in `page`; resolves once the host accepted the
 * socket. Sent as source text: the functions tsx compiles carry helpers the page lacks.
 */
export async function installRoundTripFloor(page: Page): Promise<void> {
  await page.evaluate(`(async () => {
    const key = localStorage.getItem(${JSON.stringify(ACCESS_KEY_STORAGE)});
    if (!key) throw new Error('The page holds no access key.');
    const prove = async (nonce) => {
      const encoder = new TextEncoder();
      const cryptoKey = await crypto.subtle.importKey('raw', encoder.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
      const signature = new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, encoder.encode(nonce)));
      return btoa(String.fromCharCode(...signature)).replace(/\\+/g, '-').replace(/\\//g, '_').replace(/=+$/, '');
    };
    const button = document.createElement('button');
    button.id = ${JSON.stringify(BUTTON_ID)};
    button.type = 'button';
    button.textContent = 'round trip 0';
    button.style.cssText = 'position:fixed;left:0;bottom:0;z-index:2147483647';
    const socket = new WebSocket('ws://' + location.host + ${JSON.stringify(WEB_API_PATH)});
    await new Promise((resolve, reject) => {
      socket.onclose = () => reject(new Error('The round-trip socket closed.'));
      socket.onmessage = async (message) => {
        // Answers start with their id; session events (the patches the app causes) are not this floor's business.
        if (message.data.startsWith('{"id"')) {
          const { id } = JSON.parse(message.data);
          button.dataset.answered = String(id);
          button.textContent = 'round trip ' + id;
          return;
        }
        if (message.data.startsWith('{"event":"challenge"')) socket.send(JSON.stringify({ auth: await prove(JSON.parse(message.data).nonce), role: 'console' }));
        else if (message.data.startsWith('{"event":"ready"')) resolve();
      };
    });
    let sent = 0;
    button.addEventListener('click', () => socket.send(JSON.stringify({ id: ++sent, method: 'benchRoundTrip', args: [] })));
    document.body.append(button);
    window.__benchRoundTripSocket = socket;
  })()`);
}

/** One floor sample: click to the first frame that shows the server's answer, in ms. */
export async function roundTripOnce(page: Page): Promise<number> {
  const before = await page.locator(`#${BUTTON_ID}`).getAttribute('data-answered');
  return measureOnce(page, 'click', { ready: { selector: `#${BUTTON_ID}`, attribute: 'data-answered', notValue: before }, act: await clickOn(page, `#${BUTTON_ID}`) });
}

/** Closes the floor's socket and removes its button, so it takes no broadcasts while the app does other work. */
export async function removeRoundTripFloor(page: Page): Promise<void> {
  await page.evaluate((buttonId) => {
    (window as unknown as { __benchRoundTripSocket: WebSocket }).__benchRoundTripSocket.close();
    document.getElementById(buttonId)?.remove();
  }, BUTTON_ID);
}
