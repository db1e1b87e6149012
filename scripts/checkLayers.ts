/**
 * Runs the layering rules of .dependency-cruiser.cjs over src/ and electron/ and fails on any
 * violation. The files are listed here because the cruiser only scans .ts folders through the
 * TypeScript JS API, which TypeScript 7 no longer has: Babel strips the types instead.
 * Usage: npm run lint:layers
 */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cruise, type ICruiseResult, type IViolation } from 'dependency-cruiser';
import extractBabelConfig from 'dependency-cruiser/config-utl/extract-babel-config';
import { countNoun } from '../src/domain/countNoun';

const REPO_ROOT = resolve(import.meta.dirname, '..');
const LAYER_ROOTS = ['src', 'electron'];

function sourceFiles(baseDir: string): string[] {
  return LAYER_ROOTS.flatMap((root) => {
    const dir = join(baseDir, root);
    const entries = readdirSync(dir, { recursive: true, encoding: 'utf8' });
    return entries.filter((name) => /\.tsx?$/.test(name) && !name.endsWith('.d.ts')).map((name) => relative(baseDir, join(dir, name)));
  });
}

/** The violations of the layering rules in `baseDir` (the repository, or a test's copy of its layout). */
export async function checkLayers(baseDir = REPO_ROOT): Promise<IViolation[]> {
  const { forbidden, options } = createRequire(import.meta.url)(join(REPO_ROOT, '.dependency-cruiser.cjs'));
  const babelConfig = await extractBabelConfig(join(REPO_ROOT, options.babelConfig.fileName));
  const { output } = await cruise(
    sourceFiles(baseDir),
    { ...options, babelConfig: undefined, ruleSet: { forbidden }, validate: true, baseDir },
    { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
    { babelConfig },
  );
  return (output as ICruiseResult).summary.violations;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const violations = await checkLayers();
  for (const v of violations) console.error(`${v.rule.name}: ${v.from} → ${v.to}`);
  if (violations.length > 0) {
    console.error(`\n${countNoun(violations.length, { one: 'import crosses', other: 'imports cross' })} a layer boundary (see .dependency-cruiser.cjs).`);
    process.exit(1);
  }
  console.log('Layers: no import crosses a boundary.');
}
