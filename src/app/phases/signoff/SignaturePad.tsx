/**
 * A drawing pad for a signature, on signature_pad: pointer events (mouse, touch and pen), a
 * canvas drawn at the screen's pixel density, and strokes that survive a resize (redrawn in
 * the new box with fromData). Reports the drawing as the domain's integer strokes after each
 * stroke; the parent keeps them, so a refused signature never loses what was drawn.
 */
import { useEffect, useId, useRef, useState } from 'react';
import SignaturePadLib, { type PointGroup } from 'signature_pad';
import type { Stroke } from '../../../domain/workshopSchema';
import { toStrokes } from './toStrokes';

interface SignaturePadProps {
  /** The visible label, e.g. "Draw your signature". */
  label: string;
  onChange: (strokes: Stroke[]) => void;
  disabled?: boolean;
}

const INK = '#1b2230';

export function SignaturePad({ label, onChange, disabled = false }: SignaturePadProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const padRef = useRef<SignaturePadLib | null>(null);
  /** The canvas's CSS size the recorded points are in. */
  const boxRef = useRef({ width: 0, height: 0 });
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const [strokeCount, setStrokeCount] = useState(0);
  const labelId = useId();
  const statusId = useId();

  useEffect(() => {
    const canvas = canvasRef.current!;
    const pad = new SignaturePadLib(canvas, { penColor: INK, minWidth: 1, maxWidth: 3, throttle: 0, minDistance: 2 });
    padRef.current = pad;

    const report = () => {
      const strokes = toStrokes(pad.toData(), boxRef.current);
      setStrokeCount(pad.toData().length);
      onChangeRef.current(strokes);
    };
    pad.addEventListener('endStroke', report);

    /** Sizes the bitmap to the box at this screen's density and redraws the strokes, scaled to the new box. */
    const fit = () => {
      const { width, height } = canvas.getBoundingClientRect();
      if (width === 0 || height === 0) return;
      const ratio = Math.max(window.devicePixelRatio || 1, 1);
      const old = boxRef.current;
      const sameBox = old.width === width && old.height === height;
      if (sameBox && canvas.width === Math.round(width * ratio)) return;
      const data: PointGroup[] = pad.toData().map((group) => ({
        ...group,
        points: old.width > 0 ? group.points.map((p) => ({ ...p, x: (p.x * width) / old.width, y: (p.y * height) / old.height })) : group.points,
      }));
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      canvas.getContext('2d')!.scale(ratio, ratio);
      boxRef.current = { width, height };
      pad.clear();
      if (data.length > 0) pad.fromData(data);
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(canvas);
    // A move to a screen of another density changes devicePixelRatio without resizing the box.
    window.addEventListener('resize', fit);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', fit);
      pad.removeEventListener('endStroke', report);
      pad.off();
      padRef.current = null;
    };
  }, []);

  useEffect(() => {
    const pad = padRef.current;
    if (!pad) return;
    if (disabled) pad.off();
    else pad.on();
  }, [disabled]);

  const clear = () => {
    padRef.current?.clear();
    setStrokeCount(0);
    onChangeRef.current([]);
  };

  return (
    <div className="signature-pad" role="group" aria-labelledby={labelId} aria-describedby={statusId}>
      <div className="signature-pad__head">
        <span id={labelId} className="field__label">
          {label}
        </span>
        <button type="button" className="button button--quiet button--small" onClick={clear} disabled={disabled || strokeCount === 0}>
          Clear
        </button>
      </div>
      <div className={disabled ? 'signature-pad__surface is-disabled' : 'signature-pad__surface'}>
        <span className="signature-pad__baseline" aria-hidden="true">
          ×
        </span>
        <canvas ref={canvasRef} className="signature-pad__canvas" role="img" aria-label="Signature pad" data-testid="signature-pad" data-strokes={strokeCount} />
      </div>
      <p id={statusId} className="field__hint" aria-live="polite">
        {strokeCount === 0 ? 'Sign with a mouse, a finger or a pen.' : `Drawn: ${strokeCount === 1 ? '1 stroke' : `${strokeCount} strokes`}. Clear to start again.`}
      </p>
    </div>
  );
}
