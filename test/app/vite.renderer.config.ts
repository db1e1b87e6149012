/**
 * Builds only the renderer (src/app) with the same settings as electron-vite's renderer entry,
 * for checking the UI while the main/preload entries are in flux:
 *   npx vite build --config test/app/vite.renderer.config.ts
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('../../src/app', import.meta.url));

export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  resolve: { alias: [{ find: /^zod$/, replacement: fileURLToPath(new URL('../../src/app/zodJitless.ts', import.meta.url)) }] },
  build: { outDir: process.env.RENDERER_OUT_DIR ?? fileURLToPath(new URL('../../out/renderer-check', import.meta.url)), emptyOutDir: true },
});
