import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { keepWoff2Sources, woff2Only } from '../../../scripts/woff2Only';

describe('woff2Only', () => {
  it('keeps the woff2 source of a fontsource face and drops its woff fallback', async () => {
    const css = `@font-face { font-family: 'Noto Sans'; src: url(./files/a-400.woff2) format('woff2'), url(./files/a-400.woff) format('woff'); unicode-range: U+0000-00FF; }`;
    const out = (await postcss([woff2Only()]).process(css, { from: undefined })).css;
    expect(out).toContain("url(./files/a-400.woff2) format('woff2')");
    expect(out).not.toContain('a-400.woff)');
  });

  it('leaves a face with only a woff source, and declarations outside @font-face, as they were', async () => {
    expect(keepWoff2Sources("url(x.woff) format('woff')")).toBe("url(x.woff) format('woff')");
    const css = `.x { src: url(a.woff) format('woff'), url(b.woff2) format('woff2'); }`;
    expect((await postcss([woff2Only()]).process(css, { from: undefined })).css).toBe(css);
  });

  it('does not split inside url(…) and keeps local() sources', () => {
    expect(keepWoff2Sources(`local('Noto, Sans'), url("a,b.woff2") format("woff2"), url(c.woff) format("woff")`)).toBe(`local('Noto, Sans'), url("a,b.woff2") format("woff2")`);
  });
});
