/**
 * The browser mode's credentials. One random secret per data folder (a 0600 file, created
 * once) lets a restarted host accept the tabs that were already open, so the facilitator never
 * copies a new address; everything a browser holds is derived from it and bound to the port,
 * so what one server hands out is worthless to another.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmod, open, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const ACCESS_SECRET_FILE = 'browser-access.secret';

export interface AccessCredentials {
  /**
   * In the launch URL; traded for the cookie and the key. New at every launch: the printed
   * address ends up in scrollback and browser history, and must stop working when Accord stops.
   * Open tabs reconnect with the cookie and the key, which last as long as the secret.
   */
  launchToken: string;
  /** The HttpOnly cookie's value: gates the page's files. Browsers send it to every port, so it opens no workshop. */
  cookieValue: string;
  /** Kept by the page (per-port localStorage) and proven per socket; never sent as such. */
  accessKey: string;
}

const derive = (secret: Buffer, purpose: string) => createHmac('sha256', secret).update(purpose).digest('base64url');

export function deriveCredentials(secret: Buffer, port: number, launchId: string = randomBytes(16).toString('hex')): AccessCredentials {
  return {
    launchToken: derive(secret, `launch token for port ${port}, launch ${launchId}`),
    cookieValue: derive(secret, `page cookie for port ${port}`),
    accessKey: derive(secret, `socket key for port ${port}`),
  };
}

/** The answer to a socket's challenge; the page computes the same with WebCrypto. */
export function challengeProof(accessKey: string, nonce: string): string {
  return createHmac('sha256', Buffer.from(accessKey, 'utf8')).update(nonce).digest('base64url');
}

export function sameSecret(a: string | null | undefined, b: string): boolean {
  if (typeof a !== 'string') return false;
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Reads the data folder's secret, creating it (owner-only) on first use. */
export async function loadAccessSecret(dataDir: string): Promise<Buffer> {
  const path = join(dataDir, ACCESS_SECRET_FILE);
  try {
    const handle = await open(path, 'wx', 0o600);
    try {
      const secret = randomBytes(32);
      await handle.writeFile(secret.toString('base64url'));
      await handle.sync();
      return secret;
    } finally {
      await handle.close();
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw unusable(path, 'create', error);
  }
  const text = await readFile(path, 'utf8').catch((error: unknown) => {
    throw unusable(path, 'read', error);
  });
  const secret = Buffer.from(text.trim(), 'base64url');
  if (secret.length < 32) {
    throw new Error(`The browser-mode access file ${path} is damaged. Delete it and start Accord again; open tabs will then need the new address.`);
  }
  // Someone may have loosened it; the secret is only the owner's business.
  await chmod(path, 0o600).catch(() => undefined);
  return secret;
}

function unusable(path: string, doing: 'create' | 'read', error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
  return new Error(
    `Accord could not ${doing} its browser access file ${path} (${code}). Check that the data folder exists and you may write to it, or pick another with --data-dir.`,
  );
}
