/**
 * Which URLs are Accord's own renderer. Every trust decision in the shell (IPC senders,
 * navigation, the CSP header, stray file:// requests) asks this one object. The pages are served
 * from `app://accord/` (see appProtocol.ts), or in development from electron-vite's dev server.
 */
import { APP_HOST, APP_ORIGIN, APP_SCHEME } from './appProtocol';

/**
 * The renderer's windows; the facilitator's console needs no query, the others have their own.
 * 'charter-print' is the hidden window the charter is printed from: it runs no preload and is
 * never trusted with the host's messages (assertTrustedSender, registerIpcHandlers).
 */
type AppView = 'facilitator' | 'projector' | 'charter-print';
const QUERY_VIEWS: readonly AppView[] = ['projector', 'charter-print'];

const INDEX_PATH = '/index.html';

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
  /**
   * The electron-vite dev server (`ELECTRON_RENDERER_URL`), only in development (see
   * developmentMode.ts), so an environment variable can never point a shipped app at another origin.
   */
  devServerUrl?: string | undefined;
}

export function createAppPages({ devServerUrl }: AppPagesOptions = {}): AppPages {
  const devOrigin = devServerUrl ? new URL(devServerUrl).origin : null;

  const isAppOrigin = (url: URL): boolean =>
    devOrigin !== null ? url.origin === devOrigin : url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';

  const isAppPage = (raw: string): boolean => {
    const url = parse(raw);
    if (!url || !isAppOrigin(url)) return false;
    return devOrigin !== null || url.pathname === INDEX_PATH;
  };

  return {
    urlFor(view) {
      const url = new URL(devServerUrl ?? `${APP_ORIGIN}${INDEX_PATH}`);
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
      return url !== null && isAppOrigin(url);
    },
  };
}

function parse(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}
