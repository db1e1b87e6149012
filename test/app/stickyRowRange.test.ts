import { describe, expect, it } from 'vitest';
import { rowsOf, stickyRowRange } from '../../src/app/phases/responsibilities/stickyRowRange';

const view = (startIndex: number, endIndex: number, count = 150) => ({ startIndex, endIndex, overscan: 6, count });

describe('stickyRowRange', () => {
  it('starts with the rows in view and the overscan on either side, within the table', () => {
    expect(stickyRowRange(null, view(0, 9))).toEqual({ from: 0, to: 15 });
    expect(stickyRowRange(null, view(40, 49))).toEqual({ from: 34, to: 55 });
    expect(stickyRowRange(null, view(140, 149))).toEqual({ from: 134, to: 149 });
  });

  it('keeps the window when a row growing or shrinking moves the rows in view by one', () => {
    const window = stickyRowRange(null, view(40, 49));
    expect(stickyRowRange(window, view(40, 50))).toBe(window);
    expect(stickyRowRange(window, view(40, 48))).toBe(window);
    expect(stickyRowRange(window, view(39, 49))).toBe(window);
  });

  it('moves the window once the rows in view come near its edge, as when scrolling', () => {
    const window = stickyRowRange(null, view(40, 49));
    expect(stickyRowRange(window, view(45, 54))).toEqual({ from: 39, to: 60 });
    expect(stickyRowRange(window, view(35, 44))).toEqual({ from: 29, to: 50 });
  });

  it('takes a fresh window when rows were removed past its end, or when it is far larger than needed', () => {
    const window = stickyRowRange(null, view(140, 149));
    expect(stickyRowRange(window, view(130, 139, 140))).toEqual({ from: 124, to: 139 });
    const tall = stickyRowRange(null, view(40, 79));
    expect(stickyRowRange(tall, view(45, 54))).toEqual({ from: 39, to: 60 });
  });

  it('lists a window\'s rows in order', () => {
    expect(rowsOf({ from: 3, to: 6 })).toEqual([3, 4, 5, 6]);
  });
});
