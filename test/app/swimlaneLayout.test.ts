import { describe, expect, it } from 'vitest';
import { layoutSwimlanes, PRINT_SWIMLANES } from '../../src/app/charter/swimlaneLayout';
import { buildCharterModel, type SummarySection } from '../../src/domain/charterModel';
import { currentCharterRecord } from '../../src/domain/charterRecord';
import { createSampleWorkshop } from '../../src/domain/sampleWorkshop';

const summary = buildCharterModel(currentCharterRecord(createSampleWorkshop('2026-11-22T09:00:00.000Z'), 'ab'.repeat(32), 'a4')).sections.find((s) => s.id === 'summary') as SummarySection;
const swimlanes = summary.swimlanes;

/** The x of an arrow's run down its gutter (path `M x y H gutter V y H x`). */
const gutterX = (path: string) => Number(/H([\d.]+)V/.exec(path)![1]);

describe('layoutSwimlanes', () => {
  it('gives a hand-off and its hand-back down the same gutter a line each, apart by more than a stroke', () => {
    const layout = layoutSwimlanes(swimlanes, PRINT_SWIMLANES);
    const mql = layout.arrows.find((a) => a.label === 'MQL')!;
    const recycle = layout.arrows.find((a) => a.label.endsWith('Recycle'))!;
    expect(mql && recycle).toBeTruthy();
    expect(Math.abs(gutterX(mql.path) - gutterX(recycle.path))).toBeGreaterThan(4);
    // Nor do their runs along a lane share a height: where one leaves a lane, the other arrives at another.
    const leaves = (path: string) => Number(/^M[\d.]+ ([\d.]+)/.exec(path)![1]);
    const arrives = (path: string) => Number(/V([\d.]+)H/.exec(path)![1]);
    expect(leaves(mql.path)).not.toBe(arrives(recycle.path));
    expect(arrives(mql.path)).not.toBe(leaves(recycle.path));
  });

  it('prints every activity name of the sample in full, wrapped over lines, never cut with an ellipsis', () => {
    const layout = layoutSwimlanes(swimlanes, PRINT_SWIMLANES);
    const names = layout.lanes.flatMap((lane) => lane.cells.flatMap((cell) => cell.activities.map((a) => a.name.lines)));
    expect(names.length).toBeGreaterThan(10);
    for (const lines of names) {
      expect(lines.join(' ')).not.toContain('…');
      expect(lines.length).toBeLessThanOrEqual(4);
    }
    expect(names.some((lines) => lines.length > 1)).toBe(true);
  });

  it('draws only the lanes and stages of a window, and only the arrows whose two ends are in it', () => {
    const layout = layoutSwimlanes(swimlanes, { ...PRINT_SWIMLANES, stages: [0, 3], lanes: [2, 4] });
    expect(layout.stages.map((s) => s.number)).toEqual([1, 2, 3]);
    expect(layout.lanes.map((l) => l.index)).toEqual([2, 3]);
    expect(layout.arrows).toEqual([]);
    expect(layoutSwimlanes(swimlanes, { ...PRINT_SWIMLANES, stages: [0, 3], lanes: [0, 2] }).arrows).toHaveLength(2);
  });

  it('keeps a band for arrows only in a lane an arrow leaves or enters', () => {
    const layout = layoutSwimlanes(swimlanes, PRINT_SWIMLANES);
    const [marketing, sales, leadership] = layout.lanes;
    expect(marketing!.band).toBeGreaterThan(leadership!.band);
    expect(sales!.band).toBe(marketing!.band);
  });
});
