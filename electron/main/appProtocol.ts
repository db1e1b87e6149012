/**
 * Accord's pages come from `app://accord/…`, a privileged scheme of its own, instead of file://:
 * a page then has a real origin (`'self'` in the CSP is the renderer folder and nothing else on
 * the disk), and the only files any page can reach are the built renderer's, looked up by
 * `serveRendererFile` below. The scheme must be registered before Electron is ready; the handler
 * is installed once it is.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../src/shared/contentSecurityPolicy';

export const APP_SCHEME = 'app';
export const APP_HOST = 'accord';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * standard: relative URLs and an origin, like https; secure: a secure context (no mixed-content
 * rules apply to it); supportFetchAPI: the page may fetch its own bundled files; codeCache: V8
 * caches the compiled scripts, as it would for file://.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
}

/** Serves `app://accord/…` from `rendererDir`; call once the app is ready. */
export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, serveRendererFile(rendererDir));
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The request handler: a GET for `app://accord/<path>` answers with that file of the renderer
 * folder, with its content type, `nosniff`, and the CSP on documents; anything else is a plain
 * 404 (or 405), never a file from elsewhere. A path is refused before the disk is touched when
 * any segment, once decoded, is `..`, `.`, empty, or holds a slash, backslash, colon or NUL; and
 * after resolving symlinks the file must still be inside the (resolved) renderer folder.
 */
export function serveRendererFile(rendererDir: string): (request: Request) => Promise<Response> {
  const root = resolve(rendererDir);
  let realRoot: Promise<string> | null = null;

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const relativePath = rendererPathOf(request.url);
    if (relativePath === null) return plain(404, 'Not found');

    try {
      realRoot ??= realpath(root);
      const [rootOnDisk, file] = await Promise.all([realRoot, realpath(join(root, relativePath))]);
      if (!isInside(rootOnDisk, file) || !(await stat(file)).isFile()) return plain(404, 'Not found');
      const body = request.method === 'HEAD' ? null : await readFile(file);
      return new Response(body, { status: 200, headers: headersFor(file) });
    } catch {
      realRoot = null; // a renderer folder that was missing may appear (a rebuild during development)
      return plain(404, 'Not found');
    }
  };
}

/** The file a URL asks for, relative to the renderer folder, or null for any URL that is not a clean app:// path. */
export function rendererPathOf(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username !== '' || url.password !== '') return null;
  // The URL parser already folded `/../` and `/%2e%2e/`; what is left is checked segment by segment, decoded.
  const encoded = url.pathname === '/' ? ['index.html'] : url.pathname.slice(1).split('/');
  const segments: string[] = [];
  for (const part of encoded) {
    let segment: string;
    try {
      segment = decodeURIComponent(part);
    } catch {
      return null; // malformed escape
    }
    if (segment === '' || segment === '.' || segment === '..' || /[/\\:\0]/.test(segment)) return null;
    segments.push(segment);
  }
  return segments.join(sep);
}

function isInside(root: string, file: string): boolean {
  const inside = relative(root, file);
  return inside !== '' && inside !== '..' && !inside.startsWith(`..${sep}`) && !isAbsolute(inside);
}

function headersFor(file: string): Headers {
  const type = contentTypeFor(file);
  const headers = new Headers({ 'Content-Type': type, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' });
  if (type.startsWith('text/html')) headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  return headers;
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } });
}
