/** A drawn signature, small and sharp at any size: the stored strokes as one SVG path. */
import { strokesToSvgPath } from '../../../domain/strokesToSvgPath';
import type { Stroke } from '../../../domain/workshopSchema';
import { PAD_HEIGHT, PAD_WIDTH } from './toStrokes';

export function SignatureImage({ strokes, label, className = 'signature-image' }: { strokes: readonly Stroke[]; label: string; className?: string }) {
  return (
    <svg className={className} viewBox={`0 0 ${PAD_WIDTH} ${PAD_HEIGHT}`} role="img" aria-label={label} preserveAspectRatio="xMidYMid meet">
      <path d={strokesToSvgPath(strokes)} fill="none" stroke="currentColor" strokeWidth={14} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
