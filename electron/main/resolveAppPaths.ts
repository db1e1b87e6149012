import { join } from 'node:path';

export interface AppPaths {
  /** The sandboxed preload, bundled to CommonJS because sandboxed preloads cannot be ESM. */
  preloadFile: string;
  /** The built renderer (index.html and its assets), served as app://accord/. */
  rendererDir: string;
}

/** Where the built preload and renderer sit relative to the built main bundle (out/main). */
export function resolveAppPaths(mainDir: string): AppPaths {
  return {
    preloadFile: join(mainDir, '..', 'preload', 'index.cjs'),
    rendererDir: join(mainDir, '..', 'renderer'),
  };
}
