/**
 * The installers' configuration as electron-builder itself reads it (its loader and its schema):
 * every platform keeps its target, the workshop file type stays associated, every release fuse
 * stays set, and the icons it names exist. A typo in a key fails the schema, not a release.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Configuration } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const quietLogger = { isEnabled: false, add: () => {} } as unknown as Parameters<typeof validateConfiguration>[1];
let config: Configuration;

type Target = { target: string; arch?: string | string[] };
const targetsOf = (platform: { target?: unknown } | null | undefined): Target[] => (platform?.target ?? []) as Target[];
const archs = (target: Target | undefined) => [target?.arch ?? []].flat();

beforeAll(async () => {
  config = await getConfig(root, join(root, 'electron-builder.yml'), null);
  await validateConfiguration(config, quietLogger);
});

describe('electron-builder.yml', () => {
  it('is valid against electron-builder’s own schema, and the schema catches a misspelt key', async () => {
    await expect(validateConfiguration({ ...config, electronFusez: {} } as Configuration, quietLogger)).rejects.toThrow(/electronFusez/);
  });

  it('names the app', () => {
    expect(config.appId).toBe('app.accord.desktop');
    expect(config.productName).toBe('Accord');
  });

  it('builds an NSIS installer for Windows, a universal dmg for macOS, an AppImage and a deb for Linux', () => {
    const win = targetsOf(config.win);
    expect(win.map((t) => t.target)).toEqual(['nsis']);
    expect(archs(win[0])).toEqual(expect.arrayContaining(['x64', 'arm64']));
    const mac = targetsOf(config.mac);
    expect(mac).toEqual([{ target: 'dmg', arch: 'universal' }]);
    const linux = targetsOf(config.linux);
    expect(linux.map((t) => t.target).sort()).toEqual(['AppImage', 'deb']);
  });

  it('associates .accord with Accord, with a name, a role and a MIME type, on every platform', () => {
    for (const [where, associations] of [['default', config.fileAssociations], ['mac', config.mac?.fileAssociations]] as const) {
      const workshop = [associations ?? []].flat().find((a) => [a.ext].flat().includes('accord'));
      expect(workshop, where).toMatchObject({ name: 'Accord workshop', role: 'Editor', mimeType: 'application/x-accord+json' });
    }
    // Older files keep opening where the OS can tell them apart (Linux matches the whole glob).
    expect([config.fileAssociations ?? []].flat().some((a) => [a.ext].flat().includes('accord.json'))).toBe(true);
    // On macOS Accord may offer itself for plain JSON, but never takes it over.
    const json = [config.mac?.fileAssociations ?? []].flat().find((a) => [a.ext].flat().includes('json'));
    expect(json?.rank).toBe('Alternate');
    expect([config.fileAssociations ?? []].flat().some((a) => [a.ext].flat().includes('json'))).toBe(false);
  });

  it('flips every release fuse', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the app into an ASAR of the built bundles only', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual([{ filter: ['out/**/*', 'package.json', '!**/*.map'] }]); // as the loader normalises it
    expect(config.npmRebuild).toBe(false);
    expect(config.publish).toBeNull();
  });

  it('finds every icon it names', () => {
    const resources = join(root, config.directories?.buildResources ?? 'build');
    expect(existsSync(join(resources, String(config.win?.icon)))).toBe(true);
    expect(existsSync(join(resources, String(config.mac?.icon)))).toBe(true);
    for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) {
      const png = readFileSync(join(resources, String(config.linux?.icon), `${size}x${size}.png`));
      // PNG signature, then the IHDR width and height.
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
    expect(readFileSync(join(resources, 'icon.icns')).subarray(0, 4).toString()).toBe('icns');
    expect(readFileSync(join(resources, 'icon.ico')).readUInt16BE(0)).toBe(0); // ICONDIR: reserved 0, type 1
  });
});

describe('npm run dist', () => {
  it('builds the app first, then the current platform’s installers', () => {
    const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts as Record<string, string>;
    expect(scripts.dist).toBe('electron-vite build && electron-builder --publish never');
  });
});
