/**
 * A PostCSS plugin for the renderer build: keeps only the woff2 sources of every @font-face.
 * The @fontsource packages list woff2 and then woff as a fallback for browsers without woff2;
 * Accord's Chromium always takes woff2, so the woff files were bundled and never fetched.
 */
import type { PluginCreator } from 'postcss';

/** Splits a `src` value at its top-level commas (never inside url(…) or format(…)). */
function sources(value: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < value.length; index++) {
    const char = value[index];
    if (char === '(') depth++;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if (char === ',' && depth === 0) {
      parts.push(value.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(value.slice(start));
  return parts.map((part) => part.trim()).filter(Boolean);
}

export function keepWoff2Sources(value: string): string {
  const all = sources(value);
  const kept = all.filter((source) => !/format\(\s*['"]?woff['"]?\s*\)/i.test(source));
  // Never leave a face without a source: a face that only has woff keeps it.
  return kept.length > 0 ? kept.join(', ') : all.join(', ');
}

export const woff2Only: PluginCreator<void> = () => ({
  postcssPlugin: 'accord-woff2-only',
  AtRule: {
    'font-face': (rule) => {
      rule.walkDecls('src', (decl) => {
        decl.value = keepWoff2Sources(decl.value);
      });
    },
  },
});
woff2Only.postcss = true;
