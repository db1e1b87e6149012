/** The app:// handler against a real renderer folder on disk, with hostile URLs that try to leave it. */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { APP_SCHEME, contentTypeFor, handleAppProtocol, registerAppScheme, rendererPathOf, serveRendererFile } from '../../electron/main/appProtocol';
import { CONTENT_SECURITY_POLICY } from '../../src/shared/contentSecurityPolicy';
import { app, protocol, resetFakeElectron } from '../fakes/electron';

let base: string;
let rendererDir: string;
let serve: (request: Request) => Promise<Response>;
const get = (url: string, init?: RequestInit) => serve(new Request(url, init));

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'accord-app-protocol-'));
  rendererDir = join(base, 'out', 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Accord</title>');
  await writeFile(join(rendererDir, 'assets', 'index-3f2a.js'), 'console.log(1)');
  await writeFile(join(rendererDir, 'assets', 'index-3f2a.css'), 'body{}');
  await writeFile(join(rendererDir, 'assets', 'noto-sans-latin.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  await writeFile(join(rendererDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(join(rendererDir, 'assets', 'two words.txt'), 'spaced');
  // What an attacker would like to read: beside the renderer folder and above it.
  await writeFile(join(base, 'out', 'secret.txt'), 'SECRET');
  await writeFile(join(base, 'out', 'renderer-secret.txt'), 'SECRET');
  await mkdir(join(base, 'out', 'main'));
  await writeFile(join(base, 'out', 'main', 'index.js'), 'SECRET');
  // Symlinks that point out of the folder: a file and a directory.
  await symlink(join(base, 'out', 'secret.txt'), join(rendererDir, 'assets', 'linked-secret.txt'));
  await symlink(join(base, 'out', 'main'), join(rendererDir, 'linked-main'));
  serve = serveRendererFile(rendererDir);
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('serveRendererFile', () => {
  it('serves the console page at app://accord/index.html (and at the root) with the CSP', async () => {
    for (const url of ['app://accord/index.html', 'app://accord/index.html?view=projector', 'app://accord/']) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(await response.text()).toBe('<!doctype html><title>Accord</title>');
      expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    }
  });

  it('serves bundled assets with their content types', async () => {
    const cases = {
      'app://accord/assets/index-3f2a.js': 'text/javascript; charset=utf-8',
      'app://accord/assets/index-3f2a.css': 'text/css; charset=utf-8',
      'app://accord/assets/noto-sans-latin.woff2': 'font/woff2',
      'app://accord/favicon.svg': 'image/svg+xml',
      'app://accord/assets/two%20words.txt': 'text/plain; charset=utf-8',
    };
    for (const [url, type] of Object.entries(cases)) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('Content-Type'), url).toBe(type);
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
      // The CSP governs documents; scripts and styles carry none.
      expect(response.headers.get('Content-Security-Policy'), url).toBeNull();
    }
    expect(await (await get('app://accord/assets/two%20words.txt')).text()).toBe('spaced');
  });

  it('never serves a file outside the renderer folder, whatever the URL says', async () => {
    const hostile = [
      'app://accord/../secret.txt',
      'app://accord/assets/../../secret.txt',
      'app://accord/%2e%2e/secret.txt',
      'app://accord/%2E%2E/%2E%2E/secret.txt',
      'app://accord/..%2fsecret.txt',
      'app://accord/%2e%2e%2fsecret.txt',
      'app://accord/assets/..%2f..%2fsecret.txt',
      'app://accord/..%5csecret.txt',
      'app://accord/assets\\..\\..\\secret.txt',
      'app://accord/%5c..%5c..%5csecret.txt',
      `app://accord/${encodeURIComponent(join(base, 'out', 'secret.txt'))}`,
      `app://accord//${join(base, 'out', 'secret.txt')}`,
      'app://accord/C:%5cWindows%5cwin.ini',
      'app://accord/C:/Windows/win.ini',
      'app://accord/index.html%00.js',
      'app://accord/assets/index-3f2a.js%00',
      'app://accord/assets/linked-secret.txt',
      'app://accord/linked-main/index.js',
      'app://accord/./index.html/../../secret.txt',
      'app://accord/%252e%252e/secret.txt',
      'app://accord/%/secret.txt',
      'app://accord/assets',
      'app://accord/assets/',
      'app://accord/missing.js',
      'app://other/index.html',
      `file://${join(base, 'out', 'secret.txt')}`,
    ];
    for (const url of hostile) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('SECRET');
    }
  });

  it('answers only GET and HEAD', async () => {
    expect((await get('app://accord/index.html', { method: 'POST', body: 'x' })).status).toBe(405);
    const head = await get('app://accord/assets/index-3f2a.js', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
  });

  it('reads a segment as the file it names, never as a path', () => {
    expect(rendererPathOf('app://accord/assets/index.js')).toBe(join('assets', 'index.js'));
    expect(rendererPathOf('app://accord/')).toBe('index.html');
    for (const url of ['app://user:pw@accord/index.html', 'app://accord/a//b', 'app://accord/a%2fb', 'app://accord/a%00', 'app://accord/c%3a', 'https://accord/index.html']) {
      expect(rendererPathOf(url), url).toBeNull();
    }
  });

  it('names unknown file types as plain bytes', () => {
    expect(contentTypeFor('x.exe')).toBe('application/octet-stream');
    expect(contentTypeFor('X.HTML')).toBe('text/html; charset=utf-8');
  });
});

describe('registering the scheme with Electron', () => {
  beforeEach(resetFakeElectron);

  it('registers app:// as a standard, secure scheme before ready and serves it after', async () => {
    registerAppScheme();
    expect(protocol.privilegedSchemes).toEqual([{ scheme: APP_SCHEME, privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    app.emitReady();
    handleAppProtocol(rendererDir);
    const response = await protocol.fetch('app://accord/index.html');
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});
