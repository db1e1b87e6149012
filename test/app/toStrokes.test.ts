import { describe, expect, it } from 'vitest';
import { strokesSchema, LIMITS } from '../../src/domain/workshopSchema';
import { toStrokes, tooManyStrokes, type PadPointGroup } from '../../src/app/phases/signoff/toStrokes';

const box = { width: 500, height: 150 };
const at = (x: number, y: number, time = 1_000) => ({ x, y, time });

describe('toStrokes', () => {
  it('scales the canvas box to the 1000 × 300 pad and rounds to integers', () => {
    const strokes = toStrokes([{ points: [at(0, 0, 5_000), at(250.4, 75.3, 5_010), at(500, 150, 5_020)] }], box);
    expect(strokes).toEqual([
      [
        [0, 0, 0],
        [501, 151, 10],
        [1000, 300, 20],
      ],
    ]);
    expect(strokesSchema.safeParse(strokes).success).toBe(true);
  });

  it('keeps points that strayed outside the canvas on its edge', () => {
    const strokes = toStrokes([{ points: [at(-12, 40), at(530, -3), at(510, 170)] }], box);
    expect(strokes[0]!.map(([x, y]) => [x, y])).toEqual([
      [0, 80],
      [1000, 0],
      [1000, 300],
    ]);
  });

  it('drops a point that rounds to the one before it, keeping the first time', () => {
    const strokes = toStrokes([{ points: [at(10, 10, 100), at(10.1, 10.1, 110), at(10.2, 9.9, 120), at(20, 10, 130), at(10, 10, 140)] }], box);
    expect(strokes).toEqual([
      [
        [20, 20, 0],
        [40, 20, 30],
        [20, 20, 40],
      ],
    ]);
  });

  it('counts time from the first point of the whole signature, across strokes, up to ten minutes', () => {
    const strokes = toStrokes(
      [
        { points: [at(1, 1, 2_000), at(2, 1, 2_050)] },
        { points: [at(5, 5, 2_400), at(6, 5, 2_000 + 700_000)] },
      ],
      box,
    );
    expect(strokes.map((s) => s.map((p) => p[2]))).toEqual([
      [0, 50],
      [400, 600_000],
    ]);
  });

  it('leaves times out when a point has none, rather than mixing timed and untimed points', () => {
    const strokes = toStrokes([{ points: [at(1, 1, 2_000), { x: 3, y: 3, time: Number.NaN }] }], box);
    expect(strokes).toEqual([
      [
        [2, 2],
        [6, 6],
      ],
    ]);
  });

  it('keeps a single tap as a one-point stroke (a dot) and skips empty groups and broken points', () => {
    const strokes = toStrokes([{ points: [] }, { points: [at(Number.NaN, 4)] }, { points: [at(100, 50)] }], box);
    expect(strokes).toEqual([[[200, 100, 0]]]);
  });

  it('continues a stroke longer than the limit in a next stroke from the same point', () => {
    const count = LIMITS.pointsPerStroke + 10;
    const points = Array.from({ length: count }, (_, i) => at(i % 1000, Math.floor(i / 1000) * 10, 1_000 + i));
    const strokes = toStrokes([{ points }], { width: 1000, height: 300 });
    expect(strokes).toHaveLength(2);
    expect(strokes[0]).toHaveLength(LIMITS.pointsPerStroke);
    expect(strokes[1]![0]).toEqual(strokes[0]!.at(-1));
    expect(strokes[0]!.length + strokes[1]!.length - 1).toBe(count);
    expect(strokesSchema.safeParse(strokes).success).toBe(true);
  });

  it('gives nothing for a canvas with no size yet', () => {
    expect(toStrokes([{ points: [at(1, 1)] }], { width: 0, height: 150 })).toEqual([]);
  });

  it('always gives strokes the schema accepts', () => {
    const groups: PadPointGroup[] = Array.from({ length: 20 }, (_, g) => ({
      points: Array.from({ length: 30 }, (_, i) => at(Math.sin(g + i) * 600 - 50, Math.cos(g * i) * 200 + 20, 10_000 + g * 300 + i * 7)),
    }));
    expect(strokesSchema.safeParse(toStrokes(groups, box)).success).toBe(true);
  });
});

describe('tooManyStrokes', () => {
  it('is true past the number of strokes a signature keeps', () => {
    const stroke = [[1, 1]] as [number, number][];
    expect(tooManyStrokes(Array.from({ length: LIMITS.strokesPerSignature }, () => stroke))).toBe(false);
    expect(tooManyStrokes(Array.from({ length: LIMITS.strokesPerSignature + 1 }, () => stroke))).toBe(true);
  });
});
