import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/shared/contentSecurityPolicy';

describe('content security policy', () => {
  const directives = (policy: string) => policy.split(';').map((d) => d.trim()).filter(Boolean);

  it('forbids inline script, eval and plug-ins', () => {
    const scriptSrc = directives(CONTENT_SECURITY_POLICY).find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toBe("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(directives(CONTENT_SECURITY_POLICY)).toContain("object-src 'none'");
  });

  it("index.html carries the same policy (meta tags cannot hold frame-ancestors)", () => {
    const html = readFileSync(new URL('../../src/app/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    expect(directives(meta!)).toEqual(directives(CONTENT_SECURITY_POLICY).filter((d) => !d.startsWith('frame-ancestors')));
  });
});
