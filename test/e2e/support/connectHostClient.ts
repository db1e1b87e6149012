/**
 * A Node-side AccordApi client for arranging test data over the browser mode's wire protocol.
 * It reuses the renderer's own bridge (createWebSocketHost), so every use also exercises it
 * against the real server. Authenticates like the page does: with the page's cookie, and the
 * access key the page keeps in its origin's localStorage.
 */
import type { BrowserContext } from 'playwright-core';
import WebSocket from 'ws';
import { ACCESS_KEY_STORAGE } from '../../../src/app/bridge/accessKey';
import { createWebSocketHost } from '../../../src/app/bridge/createWebSocketHost';
import type { AccordApi } from '../../../src/shared/accordApi';
import { WEB_API_PATH } from '../../../src/shared/webProtocol';

export interface HostClient {
  api: AccordApi;
  close(): void;
}

/** Connects with the cookies a browser context got from the launch URL. */
export async function connectHostClient(origin: string, context: BrowserContext): Promise<HostClient> {
  const state = await context.storageState();
  const cookie = state.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const accessKey = state.origins.find((o) => o.origin === origin)?.localStorage.find((item) => item.name === ACCESS_KEY_STORAGE)?.value ?? null;
  const headers = { Cookie: cookie, Origin: origin };
  class CookieWebSocket extends WebSocket {
    constructor(url: string) {
      super(url, { headers });
    }
  }
  const url = origin.replace(/^http/, 'ws') + WEB_API_PATH;
  const host = createWebSocketHost({ url, WebSocketImpl: CookieWebSocket as unknown as typeof globalThis.WebSocket, accessKey: () => accessKey });
  return { api: host.api, close: host.dispose };
}
