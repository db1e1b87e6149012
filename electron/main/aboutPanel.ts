/**
 * The About panel (Help → About Accord on Windows and Linux, Accord → About Accord on macOS):
 * the name, the version from package.json, and the icon.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AboutPanelOptionsOptions } from 'electron';

export function aboutPanelOptions(version: string, iconPath: string | null): AboutPanelOptionsOptions {
  return {
    applicationName: 'Accord',
    applicationVersion: version,
    copyright: 'Copyright © 2026 Accord',
    credits: 'Run a sales and marketing alignment workshop and leave with a signed charter.',
    ...(iconPath ? { iconPath } : {}),
  };
}

/**
 * The 256 px icon: beside the ASAR in an installed app (electron-builder.yml's extraResources),
 * in resources/icons when run from the repository. Null when neither is there.
 */
export function aboutIconPath(isPackaged: boolean, resourcesPath: string, mainDir: string): string | null {
  const path = isPackaged ? join(resourcesPath, 'icon.png') : join(mainDir, '..', '..', 'resources', 'icons', '256x256.png');
  return existsSync(path) ? path : null;
}
