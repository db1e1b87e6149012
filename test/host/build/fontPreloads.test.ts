/**
 * The font preloads in the built index.html (src/app/index.html names them by their path in
 * node_modules, which Vite rewrites to the hashed files): each must be a file of the build that
 * the built style sheet uses, or the preload fetches nothing useful and the first screen's
 * layout waits for its faces again. Reads the build that `npm test` makes before the tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const RENDERER = resolve(process.env.ACCORD_OUT_DIR ?? 'out', 'renderer');
const built = existsSync(join(RENDERER, 'index.html'));
if (!built && process.env.CI) throw new Error(`No build at ${RENDERER}: npm test builds before it tests.`);

describe.skipIf(!built)('the built index.html’s font preloads', () => {
  it('each names a face of the build that its style sheet uses', () => {
    const html = readFileSync(join(RENDERER, 'index.html'), 'utf8');
    const preloads = [...html.matchAll(/<link\s+rel="preload"\s+href="([^"]+)"\s+as="font"[^>]*>/g)].map((match) => match[1]!);
    expect(preloads.length).toBeGreaterThan(0);
    const assets = join(RENDERER, 'assets');
    const css = readdirSync(assets)
      .filter((name) => name.endsWith('.css'))
      .map((name) => readFileSync(join(assets, name), 'utf8'))
      .join('\n');
    for (const href of preloads) {
      expect(href).toMatch(/^\.\/assets\/[\w.-]+\.woff2$/);
      expect(existsSync(join(RENDERER, href))).toBe(true);
      expect(css).toContain(href.slice('./assets/'.length));
    }
  });
});
