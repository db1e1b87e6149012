/**
 * From what the signature pad recorded to what a signature stores: the pad's point groups, in
 * CSS pixels of the canvas box, become the domain's integer strokes on a fixed 1000 × 300 pad
 * (strokesSchema in src/domain/workshopSchema.ts), with each point's time in milliseconds since
 * the signature's first point. Rounded, clamped to the pad, without consecutive duplicates, and
 * split where a stroke holds more points than one stroke may.
 */
import { LIMITS, type Stroke } from '../../../domain/workshopSchema';

/** The signature pad's coordinate box in the domain (SIGNATURE_PAD in workshopSchema.ts). */
export const PAD_WIDTH = 1000;
export const PAD_HEIGHT = 300;
/** The latest time a point may carry (MAX_STROKE_TIME_MS in workshopSchema.ts). */
const MAX_TIME_MS = 600_000;

/** What signature_pad's `toData()` gives per stroke, reduced to what is kept. */
export interface PadPointGroup {
  points: readonly { x: number; y: number; time: number }[];
}

type Point = Stroke[number];

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

export function toStrokes(groups: readonly PadPointGroup[], box: { width: number; height: number }): Stroke[] {
  if (!(box.width > 0) || !(box.height > 0)) return [];
  const all = groups.flatMap((group) => group.points).filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  // Times only when every point has one: a signature never mixes timed and untimed points.
  const start = all.length > 0 && all.every((p) => Number.isFinite(p.time)) ? Math.min(...all.map((p) => p.time)) : null;

  const strokes: Stroke[] = [];
  for (const group of groups) {
    const stroke: Point[] = [];
    for (const p of group.points) {
      if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
      const x = clamp(Math.round((p.x / box.width) * PAD_WIDTH), 0, PAD_WIDTH);
      const y = clamp(Math.round((p.y / box.height) * PAD_HEIGHT), 0, PAD_HEIGHT);
      const last = stroke.at(-1);
      if (last && last[0] === x && last[1] === y) continue;
      stroke.push(start === null ? [x, y] : [x, y, clamp(Math.round(p.time - start), 0, MAX_TIME_MS)]);
    }
    strokes.push(...splitLongStroke(stroke));
  }
  return strokes;
}

/** A stroke longer than the limit continues in the next one, from the same point, so the line stays unbroken. */
function splitLongStroke(stroke: Point[]): Stroke[] {
  const max = LIMITS.pointsPerStroke;
  if (stroke.length === 0) return [];
  if (stroke.length <= max) return [stroke];
  const parts: Stroke[] = [];
  for (let from = 0; ; from += max - 1) {
    parts.push(stroke.slice(from, from + max));
    if (from + max >= stroke.length) return parts;
  }
}

/** More strokes than a signature keeps: the pad asks to clear and sign again. */
export const tooManyStrokes = (strokes: readonly Stroke[]) => strokes.length > LIMITS.strokesPerSignature;
