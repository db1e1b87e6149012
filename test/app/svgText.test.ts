import { describe, expect, it } from 'vitest';
import { textDirection, textWidthEm, wrapLines, wrapRanges } from '../../src/app/charter/svgText';

describe('wrapLines', () => {
  it('breaks at spaces, keeping every word whole when it fits', () => {
    expect(wrapLines('Score and route leads', 6.5, 5)).toEqual(['Score and', 'route leads']);
  });

  it('breaks after a hyphen before it breaks inside a word', () => {
    expect(wrapLines('Publish thought-leadership content', 8, 5)).toEqual(['Publish', 'thought-', 'leadership', 'content']);
  });

  it('splits a word only when it is longer than a whole line', () => {
    const lines = wrapLines('Supercalifragilistic', 5, 5);
    expect(lines.join('')).toBe('Supercalifragilistic');
    for (const line of lines) expect(textWidthEm(line)).toBeLessThanOrEqual(5);
  });

  it('starts a word on the next line rather than splitting it to fit beside an indent', () => {
    expect(wrapLines('Discovery call', 6, 3, 2)).toEqual(['', 'Discovery', 'call']);
  });

  it('ends the last line with an ellipsis when text is left out', () => {
    const lines = wrapLines('one two three four five six seven', 5, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(textWidthEm(lines[1]!)).toBeLessThanOrEqual(5);
  });

  it('breaks Chinese, Japanese and Korean text between any two characters, counting each a full em', () => {
    expect(wrapLines('渡辺さくら', 2, 5)).toEqual(['渡辺', 'さく', 'ら']);
    expect(textWidthEm('김민준')).toBe(3);
  });
});

describe('wrapRanges', () => {
  it('gives each line as a range of the text, so the lines read back as the whole text', () => {
    const text = 'Agree the lead definitions with sales\nand review them every quarter';
    const lines = wrapRanges(text, 12).map((r) => text.slice(r.start, r.end));
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.join(' ')).toBe(text.replace('\n', ' '));
  });

  it('starts a new line at a line break, as the page shows typed text', () => {
    expect(wrapRanges('one\ntwo', 40)).toHaveLength(2);
    expect(wrapRanges('one\n\ntwo', 40)).toHaveLength(3);
  });

  it('keeps words joined by a no-break space on one line', () => {
    const text = 'aaaa bbbb\u00a0cccc';
    const lines = wrapRanges(text, textWidthEm('aaaa bbbb') + 0.1).map((r) => text.slice(r.start, r.end));
    expect(lines).toEqual(['aaaa', 'bbbb\u00a0cccc']);
  });

  it('measures capitals and bold wider than lower case', () => {
    expect(textWidthEm('MMMM')).toBeGreaterThan(textWidthEm('iiii') * 2);
    expect(textWidthEm('Marketing', true)).toBeGreaterThan(textWidthEm('Marketing'));
  });
});

describe('textDirection', () => {
  it('reads the direction from the first strong character', () => {
    expect(textDirection('ليلى حداد')).toBe('rtl');
    expect(textDirection('נועה כהן')).toBe('rtl');
    expect(textDirection('123 Zoë')).toBe('ltr');
    expect(textDirection('(“ ليلى')).toBe('rtl');
    expect(textDirection('王秀英')).toBe('ltr');
  });
});
