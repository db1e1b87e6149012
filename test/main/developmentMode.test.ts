import { describe, expect, it } from 'vitest';
import { devServerUrl, isDevelopment } from '../../electron/main/developmentMode';

const DEV = { NODE_ENV_ELECTRON_VITE: 'development', ELECTRON_RENDERER_URL: 'http://localhost:5173' };

describe('development mode', () => {
  it('is electron-vite dev: an unpackaged app started with NODE_ENV_ELECTRON_VITE=development', () => {
    expect(isDevelopment({ isPackaged: false, env: DEV })).toBe(true);
    expect(devServerUrl({ isPackaged: false, env: DEV })).toBe('http://localhost:5173/');
  });

  it('never honours the renderer URL in a packaged app, whatever the environment says', () => {
    expect(isDevelopment({ isPackaged: true, env: DEV })).toBe(false);
    expect(devServerUrl({ isPackaged: true, env: DEV })).toBeUndefined();
  });

  it('never honours it for `npm start` or a built app run by hand (no electron-vite dev marker)', () => {
    for (const env of [{ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, { ...DEV, NODE_ENV_ELECTRON_VITE: 'production' }, {}]) {
      expect(isDevelopment({ isPackaged: false, env })).toBe(false);
      expect(devServerUrl({ isPackaged: false, env })).toBeUndefined();
    }
  });

  it('accepts only a dev server on this computer', () => {
    const at = (url: string) => devServerUrl({ isPackaged: false, env: { ...DEV, ELECTRON_RENDERER_URL: url } });
    expect(at('http://127.0.0.1:5173')).toBe('http://127.0.0.1:5173/');
    expect(at('http://[::1]:5173')).toBe('http://[::1]:5173/');
    for (const url of ['https://evil.example', 'http://192.168.1.20:5173', 'http://localhost.evil.example:5173', 'http://user:pw@localhost:5173', 'file:///etc/passwd', 'javascript:alert(1)', 'not a url', '']) {
      expect(at(url), url).toBeUndefined();
    }
  });
});
