/**
 * A drawn signature as SVG path data, for the screen and the charter alike: each stroke a
 * polyline through its points, in the signature pad's coordinates (SIGNATURE_PAD). A stroke of
 * one point becomes a zero-length segment, which a round line cap draws as a dot. The output
 * holds only commands and integers, so it can never carry markup.
 */
import type { Stroke } from './workshopSchema';

export function strokesToSvgPath(strokes: readonly Stroke[]): string {
  return strokes
    .filter((stroke) => stroke.length > 0)
    .map((stroke) => {
      const [first, ...rest] = stroke;
      const start = `M${first![0]} ${first![1]}`;
      if (rest.length === 0) return `${start}l0 0`;
      return `${start}L${rest.map(([x, y]) => `${x} ${y}`).join(' ')}`;
    })
    .join('');
}
