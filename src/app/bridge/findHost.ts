/**
 * Finds the host this window talks to: the Electron preload's `window.accord` when present,
 * otherwise the browser mode's Node host over a same-origin WebSocket.
 */
import type { AccordApi } from '../../shared/accordApi';
import type { WindowRole } from '../../shared/projectorView';
import type { ConnectionState } from './connectionState';
import { createWebSocketHost } from './createWebSocketHost';
import { preloadedApi } from './preloadedApi';

export interface FoundHost {
  api: AccordApi;
  kind: 'electron' | 'web';
}

export function findHost(role: WindowRole, onConnectionChange: (state: ConnectionState) => void): FoundHost {
  const preloaded = preloadedApi();
  if (preloaded) {
    onConnectionChange({ status: 'connected' });
    return { api: preloaded, kind: 'electron' };
  }
  const host = createWebSocketHost({ onConnectionChange, role });
  return { api: host.api, kind: 'web' };
}
