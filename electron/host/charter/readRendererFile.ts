/**
 * The built renderer's files, served to the print page by path. Nothing outside the renderer
 * folder is ever read: no `..`, no absolute path, no symbolic link that leads elsewhere.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
};

export interface RendererFile {
  body: Buffer;
  contentType: string;
}

/** The file at URL path `pathname` ("/" is index.html), or null when there is none inside `rendererDir`. */
export async function readRendererFile(rendererDir: string, pathname: string): Promise<RendererFile | null> {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  if (path === '/' || path === '') path = '/index.html';
  const root = resolve(rendererDir);
  const target = resolve(root, `.${path}`);
  if (!isInside(root, target)) return null;
  try {
    const [realRoot, realTarget] = await Promise.all([realpath(root), realpath(target)]);
    if (!isInside(realRoot, realTarget) || !(await stat(realTarget)).isFile()) return null;
    return { body: await readFile(realTarget), contentType: CONTENT_TYPES[extname(realTarget).toLowerCase()] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
}

function isInside(root: string, target: string): boolean {
  const inside = relative(root, target);
  return inside !== '' && inside !== '..' && !inside.startsWith(`..${sep}`) && !isAbsolute(inside);
}
