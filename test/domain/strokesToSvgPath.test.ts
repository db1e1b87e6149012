import { describe, expect, it } from 'vitest';
import { strokesToSvgPath } from '../../src/domain/strokesToSvgPath';

describe('strokesToSvgPath', () => {
  it('draws each stroke as a polyline through its points, ignoring the time of each point', () => {
    expect(strokesToSvgPath([[[10, 20, 0], [30, 40, 16], [50, 45, 33]], [[60, 70], [80, 90]]])).toBe('M10 20L30 40 50 45M60 70L80 90');
  });

  it('draws a single tap as a dot (a zero-length segment a round cap shows)', () => {
    expect(strokesToSvgPath([[[5, 6]]])).toBe('M5 6l0 0');
  });

  it('draws nothing for no strokes or empty strokes', () => {
    expect(strokesToSvgPath([])).toBe('');
    expect(strokesToSvgPath([[]])).toBe('');
  });

  it('writes only path commands and integers, whatever the points', () => {
    const path = strokesToSvgPath([[[0, 0], [1000, 300], [999, 1]], [[7, 7, 600_000]]]);
    expect(path).toMatch(/^[MLl0-9 ]+$/);
  });
});
