import { describe, expect, it } from 'vitest';
import { oneLine } from '../../src/domain/oneLine';
import { SINGLE_LINE_TEXT } from '../../src/domain/workshopSchema';

describe('oneLine', () => {
  it('joins lines with one space and trims the ends', () => {
    expect(oneLine('  Run webinars\r\n\r\n  for partners \n', 300)).toBe('Run webinars for partners');
  });

  it('cuts at the limit without splitting a character made of two UTF-16 units', () => {
    const cut = oneLine(`${'a'.repeat(299)}😀 more`, 300);
    expect(cut).toBe('a'.repeat(299));
    expect(oneLine('😀😀', 3)).toBe('😀');
  });

  it('always gives text a one-line field accepts', () => {
    for (const text of ['a\rb', 'a\nb', 'a\r\nb', '\n\n', 'x'.repeat(400) + '\n']) {
      const line = oneLine(text, 300);
      expect(line).toMatch(SINGLE_LINE_TEXT);
      expect(line.length).toBeLessThanOrEqual(300);
    }
  });
});
