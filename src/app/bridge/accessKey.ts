/**
 * The browser mode's access key (see src/shared/webProtocol.ts). It arrives once in the
 * address's fragment and lives in localStorage, which, unlike cookies, is kept per port: no
 * other service on 127.0.0.1 ever receives it. Each socket proves it with HMAC-SHA256.
 */
import { WEB_ACCESS_KEY_PARAM } from '../../shared/webProtocol';

export const ACCESS_KEY_STORAGE = 'accord.accessKey';

/** Moves a key handed over in the address (`#key=…`) to storage and drops it from the address bar. */
export function takeAccessKeyFromAddress(): void {
  const url = new URL(window.location.href);
  const fragment = new URLSearchParams(url.hash.slice(1));
  const key = fragment.get(WEB_ACCESS_KEY_PARAM);
  if (key === null) return;
  try {
    window.localStorage.setItem(ACCESS_KEY_STORAGE, key);
  } catch {
    // Storage refused (private mode with a full quota): the socket will be refused and the banner says so.
  }
  fragment.delete(WEB_ACCESS_KEY_PARAM);
  url.hash = fragment.toString();
  window.history.replaceState(null, '', url);
}

export function readAccessKey(): string | null {
  try {
    return window.localStorage.getItem(ACCESS_KEY_STORAGE);
  } catch {
    return null;
  }
}

/** HMAC-SHA256(key, nonce) in base64url, as the host computes it. */
export async function proveAccessKey(key: string, nonce: string): Promise<string> {
  const encoder = new TextEncoder();
  const cryptoKey = await crypto.subtle.importKey('raw', encoder.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const signature = new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, encoder.encode(nonce)));
  let binary = '';
  for (const byte of signature) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
