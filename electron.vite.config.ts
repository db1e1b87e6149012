import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { woff2Only } from './scripts/woff2Only';

// Layout: electron/main (shell), electron/host (Node-only host, also run standalone by the
// browser mode), electron/preload, src/app (the one renderer). electron-vite's default
// src/main|preload|renderer folders do not apply, so every entry is set explicitly.
export default defineConfig({
  // electron-vite leaves package.json's `dependencies` external and bundles the rest. Only what
  // must stay a package at run time is a dependency: ws (optional native add-ons) and
  // playwright-core (loads its own files). zod, immer, lowdb, pdf-lib, the calendar libraries
  // and electron-window-state are devDependencies, bundled into out/main: Node resolving and
  // compiling zod's hundred-odd module files one by one took the browser-mode host from 540 ms
  // to 960 ms to start (1.15 s of CPU against 0.5 s), and the app ships each library once.
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          web: resolve(__dirname, 'electron/host/web/webCli.ts'),
          accord: resolve(__dirname, 'electron/host/cli/accordCli.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rolldownOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        // Sandboxed preloads cannot be ES modules.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/app'),
    plugins: [react()],
    // zod in jitless mode wherever the renderer loads it (see src/app/zodJitless.ts).
    resolve: { alias: [{ find: /^zod$/, replacement: resolve(__dirname, 'src/app/zodJitless.ts') }] },
    css: { postcss: { plugins: [woff2Only()] } },
    build: {
      // electron-vite leaves the renderer unminified; the console's first paint reads every byte.
      // ACCORD_NO_MINIFY=1 keeps names readable for a profile (never for a release).
      minify: !process.env.ACCORD_NO_MINIFY,
      outDir: resolve(__dirname, 'out/renderer'),
      rolldownOptions: { input: { index: resolve(__dirname, 'src/app/index.html') } },
    },
  },
});
