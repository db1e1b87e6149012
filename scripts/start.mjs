#!/usr/bin/env node
/**
 * `npm start`: builds the app, makes sure the Electron binary is present, then runs Accord.
 *
 * Since Electron 42 `npm install` no longer downloads the binary; `require('electron')` does, on
 * first use, by running node_modules/electron/install.js. This script looks for the binary the
 * way that install.js does (dist/version, path.txt, the executable) without triggering anything,
 * runs that same install.js itself if the binary is missing (with a time limit), and explains
 * in one paragraph what to do when the download is impossible (offline machine).
 *
 * Usage: npm start [-- --skip-build] [-- <arguments for Electron>]
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const INSTALL_TIMEOUT_MS = Number(process.env.ACCORD_ELECTRON_INSTALL_TIMEOUT_MS) || 10 * 60_000;

const args = process.argv.slice(2);
const skipBuild = args.includes('--skip-build');
const electronArgs = args.filter((arg) => arg !== '--skip-build');

if (!skipBuild) build();

const electronDir = dirname(require.resolve('electron/package.json'));
const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'));
let binary = findElectronBinary();
if (binary === null) {
  installElectron();
  binary = findElectronBinary();
  if (binary === null) explainAndExit('the download finished but the Electron executable is still missing');
}
launch(binary);

function build() {
  const electronVite = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const result = spawnSync(process.execPath, [electronVite, 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('\nThe build failed (see above), so Accord was not started.');
    process.exit(result.status ?? 1);
  }
}

/** The installed executable, or null; mirrors isInstalled() in electron/install.js. */
function findElectronBinary() {
  const read = (file) => {
    try {
      return readFileSync(join(electronDir, file), 'utf8');
    } catch {
      return null;
    }
  };
  const platformPath = read('path.txt');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const executable = join(override, platformPath ?? (process.platform === 'win32' ? 'electron.exe' : 'electron'));
    return existsSync(executable) ? executable : null;
  }
  if (platformPath === null || read(join('dist', 'version'))?.trim().replace(/^v/, '') !== version) return null;
  const executable = join(electronDir, 'dist', platformPath);
  return existsSync(executable) ? executable : null;
}

function installElectron() {
  console.log(`Downloading Electron ${version} (only on the first start; about 100 MB)…`);
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'pipe'],
    timeout: INSTALL_TIMEOUT_MS,
    encoding: 'utf8',
  });
  if (result.error?.code === 'ETIMEDOUT') explainAndExit(`no answer within ${Math.round(INSTALL_TIMEOUT_MS / 1000)} s`);
  if (result.error) explainAndExit(result.error.message);
  if (result.status !== 0) explainAndExit(firstErrorMessage(result.stderr));
}

/** "fetch failed" out of "TypeError: fetch failed\n    at …"; the stack itself is never shown. */
function firstErrorMessage(stderr) {
  const line = (stderr ?? '').split(/\r?\n/).find((l) => /^\s*\w*Error\b.*?:\s*\S/.test(l));
  return line ? line.replace(/^\s*\w*Error\b[^:]*:\s*/, '').trim() : 'unknown error';
}

function explainAndExit(reason) {
  console.error(
    `\nAccord could not start: the Electron ${version} runtime is not installed yet and could not be ` +
      `downloaded (${reason}). It is fetched once, on the first start, so this computer needs an ` +
      `internet connection for that step; connect and run \`npm start\` again. Until then the same ` +
      `app runs in your browser: run \`npm run web\` and open the address it prints.\n`,
  );
  process.exit(1);
}

function launch(executable) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // would turn Electron into a plain Node
  // `npm start` runs the built app, never a dev server (electron/main/developmentMode.ts).
  delete env.ELECTRON_RENDERER_URL;
  delete env.NODE_ENV_ELECTRON_VITE;
  const child = spawn(executable, ['.', ...electronArgs], { cwd: root, stdio: 'inherit', env, windowsHide: false });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (child.exitCode === null) child.kill(signal);
    });
  }
  child.on('error', (error) => {
    console.error(`Accord could not start Electron (${executable}): ${error.message}`);
    process.exit(1);
  });
  child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
