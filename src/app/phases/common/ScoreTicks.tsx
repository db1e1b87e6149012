/** The 1–5 scale under a pulse chart: the same ticks for the pulse results and for then and now. */
import './scoreTicks.css';

const TICKS = [1, 2, 3, 4, 5] as const;
/** Where a 1–5 score sits on the axis, in percent of its width. */
export function axisPercent(score: number): number {
  return ((Math.min(5, Math.max(1, score)) - 1) / 4) * 100;
}

/** `className` sets the chart's own type size. */
export function ScoreTicks({ className }: { className: string }) {
  return (
    <span className={`score-ticks ${className}`}>
      {TICKS.map((tick) => (
        <span key={tick} className="score-ticks__tick" style={{ left: `${axisPercent(tick)}%` }}>
          {tick}
        </span>
      ))}
    </span>
  );
}
