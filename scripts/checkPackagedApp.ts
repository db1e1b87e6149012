/**
 * The part of `npm run dist` that runs without the internet, checked: electron-builder packs the
 * built app (out/) exactly as for a release, for Linux as an unpacked folder, around a stand-in
 * Electron (a small file carrying Electron's fuse wire, since the real ~100 MB Electron zip
 * cannot be downloaded here), then flips the fuses in it. This script then opens the result:
 *
 * - app.asar holds the main, preload and renderer bundles and package.json, and none of the
 *   sources, tests, source maps or development tools;
 * - the fuse wire in the packaged executable is the one electron-builder.yml asks for.
 *
 * What it cannot show: the real Electron starting from the ASAR, the AppImage/deb/NSIS/dmg
 * wrappers (they download their tools), signing and notarisation. Run `npm run dist` on a
 * machine with internet access for those.
 *
 * Usage: npm run check:package  (builds first; exit 1 on any failed check)
 */
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { Arch, build, Platform } from 'electron-builder';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** A fuse's byte on the wire (@electron/fuses 1.8 does not export its FuseState). */
const FuseState = { DISABLE: 0x30, ENABLE: 0x31 } as const;

/** What electron-builder.yml asks for, by fuse. */
const EXPECTED_FUSES: ReadonlyArray<[FuseV1Options, boolean]> = [
  [FuseV1Options.RunAsNode, false],
  [FuseV1Options.EnableCookieEncryption, true],
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable, false],
  [FuseV1Options.EnableNodeCliInspectArguments, false],
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation, true],
  [FuseV1Options.OnlyLoadAppFromAsar, true],
  [FuseV1Options.GrantFileProtocolExtraPrivileges, false],
];

const REQUIRED_IN_ASAR = ['/package.json', '/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html'];
/** Never shipped: sources, tests, maps, and the tools that only build or test the app. */
const FORBIDDEN_IN_ASAR = [/^\/(src|test|scripts|electron|resources)\//, /\.map$/, /^\/node_modules\/(electron|electron-builder|app-builder-lib|vite|vitest|electron-vite|typescript|react|react-dom|knip|@stryker-mutator[^/]*)\//];

async function main(): Promise<number> {
  const work = await mkdtemp(join(tmpdir(), 'accord-package-'));
  try {
    const electronDist = await makeStandInElectron(join(work, 'electron'));
    const output = join(work, 'dist');
    const started = Date.now();
    await build({
      projectDir: root,
      targets: Platform.LINUX.createTarget('dir', Arch.x64),
      publish: 'never',
      config: { extends: null, electronDist, directories: { output, buildResources: 'resources' } },
    });
    console.log(`Packed in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const appDir = join(output, 'linux-unpacked');
    const problems = [...checkAsar(join(appDir, 'resources', 'app.asar')), ...(await checkFuses(join(appDir, 'accord')))];
    // The About panel's icon, beside the ASAR (electron/main/aboutPanel.ts).
    if (!existsSync(join(appDir, 'resources', 'icon.png'))) problems.push('resources/icon.png (the About icon) is missing');
    for (const problem of problems) console.error(`✗ ${problem}`);
    if (problems.length === 0) console.log('✓ app.asar holds the built app only, and every release fuse is set as electron-builder.yml says');
    return problems.length === 0 ? 0 : 1;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * An "unpacked Electron" folder for electron-builder's `electronDist`: the executable is a tiny
 * shell script carrying Electron's fuse wire with every fuse the opposite of what Accord wants,
 * so only a real flip passes the check.
 */
async function makeStandInElectron(dir: string): Promise<string> {
  const { version } = JSON.parse(await readFile(require.resolve('electron/package.json'), 'utf8')) as { version: string };
  const wire = Buffer.alloc(9, FuseState.ENABLE);
  for (const [fuse, wanted] of EXPECTED_FUSES) wire[fuse] = wanted ? FuseState.DISABLE : FuseState.ENABLE;
  await mkdir(join(dir, 'resources'), { recursive: true });
  const executable = join(dir, 'electron');
  await writeFile(executable, Buffer.concat([Buffer.from('#!/bin/sh\necho "stand-in Electron: nothing to run"\nexit 1\n'), Buffer.from(SENTINEL), Buffer.from([1, wire.length]), wire]));
  await chmod(executable, 0o755);
  await writeFile(join(dir, 'version'), version);
  await writeFile(join(dir, 'LICENSE'), 'Stand-in for the Electron license\n');
  await writeFile(join(dir, 'LICENSES.chromium.html'), '<!doctype html><title>Stand-in</title>\n');
  return dir;
}

function checkAsar(asar: string): string[] {
  const files = listPackage(asar, { isPack: false }).map((file) => file.replaceAll('\\', '/'));
  const problems = REQUIRED_IN_ASAR.filter((file) => !files.includes(file)).map((file) => `app.asar has no ${file}`);
  const forbidden = files.filter((file) => FORBIDDEN_IN_ASAR.some((pattern) => pattern.test(file)));
  if (forbidden.length > 0) problems.push(`app.asar holds files that must not ship, e.g. ${forbidden.slice(0, 5).join(', ')} (${forbidden.length} in all)`);
  console.log(`app.asar: ${files.length} entries`);
  return problems;
}

async function checkFuses(executable: string): Promise<string[]> {
  const wire = (await getCurrentFuseWire(executable)) as Record<number, number>;
  return EXPECTED_FUSES.filter(([fuse, wanted]) => wire[fuse] !== (wanted ? FuseState.ENABLE : FuseState.DISABLE)).map(
    ([fuse, wanted]) => `fuse ${FuseV1Options[fuse]} is not ${wanted ? 'enabled' : 'disabled'} in the packaged executable`,
  );
}

process.exitCode = await main();
