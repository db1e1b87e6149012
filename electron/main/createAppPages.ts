/**
 * Which URLs are Accord's own renderer. Every trust decision in the shell (IPC senders,
 * navigation, the CSP header, file:// requests) asks this one object.
 */
import { isAbsolute, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The renderer's windows; the facilitator's console needs no query, the others have their own.
 * 'charter-print' is the hidden window the charter is printed from: it runs no preload and is
 * never trusted with the host's messages (assertTrustedSender, registerIpcHandlers).
 */
type AppView = 'facilitator' | 'projector' | 'charter-print';
const QUERY_VIEWS: readonly AppView[] = ['projector', 'charter-print'];

export interface AppPages {
  /** The URL a window of this view loads. */
  urlFor(view: AppView): string;
  /** True only for the renderer document itself (any view), never for another file or site. */
  isAppPage(url: string): boolean;
  /** Which view an app page shows (from its `view` query), or null for any other URL. */
  viewOf(url: string): AppView | null;
  /** True for the renderer document and the files bundled beside it (scripts, styles, fonts). */
  isAppResource(url: string): boolean;
}

export interface AppPagesOptions {
  /** Absolute path of the built renderer's index.html. */
  rendererFile: string;
  /**
   * The electron-vite dev server (`ELECTRON_RENDERER_URL`); only honoured when the app is not
   * packaged, so an environment variable can never point a shipped app at another origin.
   */
  devServerUrl?: string | undefined;
}

export function createAppPages({ rendererFile, devServerUrl }: AppPagesOptions): AppPages {
  const indexFile = normalize(resolve(rendererFile));
  const rendererDir = resolve(indexFile, '..');
  const devOrigin = devServerUrl ? new URL(devServerUrl).origin : null;

  const localPath = (url: URL): string | null => {
    if (url.protocol !== 'file:') return null;
    try {
      return normalize(fileURLToPath(url));
    } catch {
      return null; // e.g. file://some-host/share on POSIX
    }
  };

  const isAppPage = (raw: string): boolean => {
    const url = parse(raw);
    if (!url) return false;
    if (devOrigin !== null && url.origin === devOrigin) return true;
    const path = localPath(url);
    return path !== null && samePath(path, indexFile);
  };

  return {
    urlFor(view) {
      const url = devServerUrl ? new URL(devServerUrl) : pathToFileURL(indexFile);
      if (view !== 'facilitator') url.searchParams.set('view', view);
      return url.href;
    },
    isAppPage,
    viewOf(raw) {
      if (!isAppPage(raw)) return null;
      const view = new URL(raw).searchParams.get('view');
      return QUERY_VIEWS.find((known) => known === view) ?? 'facilitator';
    },
    isAppResource(raw) {
      const url = parse(raw);
      if (!url) return false;
      if (devOrigin !== null && url.origin === devOrigin) return true;
      const path = localPath(url);
      if (path === null) return false;
      const inside = relative(rendererDir, path);
      return inside !== '' && inside !== '..' && !inside.startsWith(`..${sep}`) && !isAbsolute(inside);
    },
  };
}

/** Windows paths compare case-insensitively (Chromium may report `c:` where Node built `C:`). */
function samePath(a: string, b: string): boolean {
  return process.platform === 'win32' ? a.toLowerCase() === b.toLowerCase() : a === b;
}

function parse(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}
