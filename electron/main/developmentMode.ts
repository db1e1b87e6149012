/**
 * Development is `electron-vite dev` and nothing else: it sets NODE_ENV_ELECTRON_VITE to
 * 'development' for the Electron it starts, and ELECTRON_RENDERER_URL to its dev server. `npm start`
 * (which strips both, see scripts/start.mjs) and a packaged app are never development, so an
 * environment variable can never point them at another origin or give them a Reload menu item.
 */

interface DevelopmentContext {
  isPackaged: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

export function isDevelopment({ isPackaged, env }: DevelopmentContext): boolean {
  return !isPackaged && env.NODE_ENV_ELECTRON_VITE === 'development';
}

/** The dev server the windows load, only in development, and only on this computer (http on a loopback address). */
export function devServerUrl(context: DevelopmentContext): string | undefined {
  if (!isDevelopment(context)) return undefined;
  const raw = context.env.ELECTRON_RENDERER_URL;
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  const loopback = url.hostname === 'localhost' || url.hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(url.hostname);
  return (url.protocol === 'http:' || url.protocol === 'https:') && loopback && url.username === '' && url.password === '' ? url.href : undefined;
}
