/**
 * Draws Accord's app icons from resources/icon.svg: PNGs from 16 to 1024 px for Linux
 * (resources/icons/NxN.png, the layout electron-builder's Linux targets read), icon.ico for
 * Windows and icon.icns for macOS. The SVG is rasterised by Chromium (the same engine the app
 * draws with), the .ico/.icns are assembled by png2icons, all offline. The outputs are committed:
 * run this only after changing the SVG.
 *
 * Usage: npx tsx scripts/generateIcons.ts      (CHROMIUM_PATH overrides /usr/bin/chromium)
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import png2icons from 'png2icons';

export const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;

const resources = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources');

async function main(): Promise<void> {
  const svg = await readFile(join(resources, 'icon.svg'), 'utf8');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const pngs = new Map<number, Buffer>();
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const size of ICON_SIZES) {
      await page.setViewportSize({ width: size, height: size });
      // The SVG as an image (not inline) so nothing in it can run; transparent around the tile.
      await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}img{display:block;width:${size}px;height:${size}px}</style><img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}">`);
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      pngs.set(size, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
    }
  } finally {
    await browser.close();
  }

  await mkdir(join(resources, 'icons'), { recursive: true });
  for (const [size, png] of pngs) await writeFile(join(resources, 'icons', `${size}x${size}.png`), png);
  const largest = pngs.get(1024);
  if (!largest) throw new Error('no 1024 px icon was drawn');
  // Sizes Windows asks for are drawn down from 1024 px (bicubic); 16–48 px stay crisp enough for a rounded mark.
  const ico = png2icons.createICO(largest, png2icons.BICUBIC, 0, true, true);
  const icns = png2icons.createICNS(largest, png2icons.BICUBIC, 0);
  if (!ico || !icns) throw new Error('png2icons could not assemble the .ico or .icns');
  await writeFile(join(resources, 'icon.ico'), ico);
  await writeFile(join(resources, 'icon.icns'), icns);
  await writeFile(join(resources, 'icon.png'), largest);
  console.log(`Wrote ${pngs.size} PNGs, icon.ico (${ico.length} bytes) and icon.icns (${icns.length} bytes) to ${resources}`);
}

await main();
