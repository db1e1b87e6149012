/** Turns samples into the figures `npm run bench` prints: a statistic of the samples against the same statistic of its floor's. */
import type { BenchResult } from './runBench';

/** The targets of issue 9's table, as ratios to each figure's floor (sizes against their budget). */
export const TARGETS = {
  open: '≤ 1.5×',
  autosave: '≤ 1.25×',
  rendererStart: '≤ 2.0×',
  initialJs: '≤ 90 KB',
  localInteraction: '≤ 1.25×',
  roundTrip: '≤ 2.0×',
  projectorSync: '≤ 1.5×',
} as const;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * p) - 1))]!;
}

const p95 = (values: number[]) => percentile(values, 0.95);
const median = (values: number[]) => percentile(values, 0.5);

/**
 * `stat` of the samples against `stat` of the floor's samples, measured in the same run; min
 * and median of the samples come along, so a noisy figure shows as one.
 */
export function figure(id: string, values: number[], floorValues: number[], options: { stat: 'p95' | 'median'; unit?: string; target?: string }): BenchResult {
  const stat = options.stat === 'p95' ? p95 : median;
  const value = stat(values);
  const floor = stat(floorValues);
  return {
    id,
    value,
    unit: options.unit ?? 'ms',
    floor,
    ratio: value / floor,
    ...(options.target ? { target: options.target } : {}),
    min: Math.min(...values),
    median: median(values),
    samples: values.length,
  };
}

/** A floor reported on its own line, so the figures above it can be read in milliseconds too. */
export const floorFigure = (id: string, floorValues: number[], stat: 'p95' | 'median'): BenchResult => figure(id, floorValues, floorValues, { stat });
