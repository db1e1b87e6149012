import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupSizeRange, layoutSwimlanes, PRINT_STAGES_PER_GROUP, PRINT_SWIMLANES, printSwimlaneGroups, stageGroups } from '../../src/app/charter/swimlaneLayout';
import { buildCharterModel, type SummarySection } from '../../src/domain/charterModel';
import { currentCharterRecord } from '../../src/domain/charterRecord';
import { createSampleWorkshop } from '../../src/domain/sampleWorkshop';
import type { Workshop } from '../../src/domain/workshopSchema';
import { twentyStageWorkshop } from '../helpers/twentyStageWorkshop';

const swimlanesOf = (workshop: Workshop) => (buildCharterModel(currentCharterRecord(workshop, 'ab'.repeat(32), 'a4')).sections.find((s) => s.id === 'summary') as SummarySection).swimlanes;
const swimlanes = swimlanesOf(createSampleWorkshop('2026-11-22T09:00:00.000Z'));
const twenty = swimlanesOf(twentyStageWorkshop());

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

  it('draws only the lanes and stages of a window, and (unless asked for arrows from outside) only the arrows whose two ends are in it', () => {
    const window = { ...PRINT_SWIMLANES, incoming: false };
    const layout = layoutSwimlanes(swimlanes, { ...window, stages: [0, 3], lanes: [2, 4] });
    expect(layout.stages.map((s) => s.number)).toEqual([1, 2, 3]);
    expect(layout.lanes.map((l) => l.index)).toEqual([2, 3]);
    expect(layout.arrows).toEqual([]);
    expect(layoutSwimlanes(swimlanes, { ...window, stages: [0, 3], lanes: [0, 2] }).arrows).toHaveLength(2);
    expect(layoutSwimlanes(swimlanes, { ...window, stages: [2, 5], lanes: [0, 2] }).arrows).toEqual([]);
    // Asked for: the MQL hand-off into Consideration arrives from the picture's left edge, saying where from.
    const incoming = layoutSwimlanes(swimlanes, { ...PRINT_SWIMLANES, stages: [2, 5], lanes: [0, 2] }).arrows;
    expect(incoming.map((a) => [a.label, a.source])).toEqual([['MQL', 'from stage 2']]);
    expect(incoming[0]!.path).toMatch(new RegExp(`^M${PRINT_SWIMLANES.laneHead} `));
  });

  it('gives each arrow from another group into the window’s first or last stage a line of its own, inside the picture', () => {
    const handoff = (id: string, from: number, to: number) => ({ ...swimlanes.handoffs[0]!, id, fromStageIndex: from, toStageIndex: to });
    // Three into stage 3 (the window's first) from stages 1 and 2; three into stage 5 (its last) from stages 6 and 7.
    const model = { ...swimlanes, handoffs: [handoff('a', 0, 2), handoff('b', 1, 2), handoff('c', 0, 2), handoff('d', 5, 4), handoff('e', 6, 4), handoff('f', 5, 4)] };
    const arrows = layoutSwimlanes(model, { ...PRINT_SWIMLANES, stages: [2, 5] }).arrows;
    expect(arrows).toHaveLength(6);
    const x = Object.fromEntries(arrows.map((a) => [a.id, gutterX(a.path)]));
    for (const [one, other] of [['a', 'b'], ['a', 'c'], ['b', 'c'], ['d', 'e'], ['d', 'f'], ['e', 'f']] as const) expect(Math.abs(x[one]! - x[other]!), `${one} and ${other}`).toBeGreaterThan(2);
    for (const value of Object.values(x)) {
      expect(value).toBeGreaterThanOrEqual(PRINT_SWIMLANES.laneHead);
      expect(value).toBeLessThanOrEqual(PRINT_SWIMLANES.width);
    }
  });

  it('keeps a band for arrows only in a lane an arrow leaves or enters', () => {
    const layout = layoutSwimlanes(swimlanes, PRINT_SWIMLANES);
    const [marketing, sales, leadership] = layout.lanes;
    expect(marketing!.band).toBeGreaterThan(leadership!.band);
    expect(sales!.band).toBe(marketing!.band);
  });
});

describe('the printed swimlanes of many stages', () => {
  const groups = printSwimlaneGroups(twenty);
  const layouts = groups.map((options) => layoutSwimlanes(twenty, options));

  it('stacks 20 stages in three groups of at most seven, balanced, each as wide as the page, at one type size', () => {
    const sizes = groups.map((g) => g.stages![1] - g.stages![0]);
    expect(sizes).toHaveLength(3);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(PRINT_STAGES_PER_GROUP);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(groups.map((g) => g.stages)).toEqual([[0, sizes[0]], [sizes[0], sizes[0]! + sizes[1]!], [sizes[0]! + sizes[1]!, 20]]);
    expect(new Set(layouts.map((l) => l.width))).toEqual(new Set([PRINT_SWIMLANES.width]));
    expect(new Set(layouts.map((l) => l.font)).size).toBe(1);
    // Seven stages or fewer: one picture, as before.
    expect(printSwimlaneGroups(swimlanes)).toHaveLength(1);
  });

  it('cuts between groups where it splits the fewest hand-offs, among the balanced choices', () => {
    const eight = (from: number, to: number) => ({ ...twenty, stages: twenty.stages.slice(0, 8), handoffs: [{ ...twenty.handoffs[0]!, fromStageIndex: from, toStageIndex: to }] });
    expect(stageGroups(eight(1, 2), 7)).toEqual([[0, 4], [4, 8]]);
    expect(stageGroups(eight(3, 4), 7)).toEqual([[0, 5], [5, 8]]);
  });

  it('keeps every group within one of an even share: 15 stages go 4 to 6 a group, even where seven first would cut nothing', () => {
    // Hand-offs across every cut a first group of 4 to 6 could make; none across 7 | 11.
    const across = (cut: number) => ({ ...twenty.handoffs[0]!, fromStageIndex: cut - 1, toStageIndex: cut });
    const fifteen = { ...twenty, stages: twenty.stages.slice(0, 15), handoffs: [4, 5, 6, 9, 10].map(across) };
    const sizes = stageGroups(fifteen, 7).map(([a, b]) => b - a);
    expect(sizes).toHaveLength(3);
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(4);
    for (const size of sizes) expect(size).toBeLessThanOrEqual(6);
  });

  /** The cuts of a grouping: hand-offs whose two stages are in different groups. */
  const cutsOf = (handoffs: { fromStageIndex: number; toStageIndex: number }[], groups: [number, number][]) => {
    const groupOf = (stage: number) => groups.findIndex(([a, b]) => stage >= a && stage < b);
    return handoffs.filter((h) => groupOf(h.fromStageIndex) !== groupOf(h.toStageIndex)).length;
  };

  it('groups the most stages the schema allows (100, with 99 hand-offs) reading each hand-off a bounded number of times', () => {
    const stages = Array.from({ length: 100 }, (_, i) => ({ ...twenty.stages[i % 20]!, number: i + 1 }));
    const handoffs = Array.from({ length: 99 }, (_, i) => ({ ...twenty.handoffs[0]!, id: `h${i}`, fromStageIndex: i, toStageIndex: i + 1 }));
    // Count the reads of the hand-offs: trying every grouping reads them millions of times.
    let reads = 0;
    const counted = new Proxy(handoffs, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key) && ++reads > 100 * handoffs.length) throw new Error('read the hand-offs too often');
        return Reflect.get(target, key, receiver);
      },
    });
    const groups = stageGroups({ ...twenty, stages, handoffs: counted }, 7);
    expect(groups).toHaveLength(15);
    expect(groups[0]![0]).toBe(0);
    expect(groups.at(-1)![1]).toBe(100);
    for (let i = 1; i < groups.length; i++) expect(groups[i]![0]).toBe(groups[i - 1]![1]);
    const sizes = groups.map(([a, b]) => b - a);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(7);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    // A chain of hand-offs: every boundary cuts exactly one.
    expect(cutsOf(handoffs, groups)).toBe(14);
  });

  it('finds the grouping trying every one would (fewest cuts, then most even, then earlier groups fuller) for up to 14 stages', () => {
    /** Every grouping of `count` stages within the allowed sizes, the best kept. */
    const bruteForce = (count: number, handoffs: { fromStageIndex: number; toStageIndex: number }[]) => {
      const groupCount = Math.ceil(count / 7);
      const [smallest, largest] = groupSizeRange(count, groupCount, 7);
      let best: { cuts: number; spread: number; groups: [number, number][] } | null = null;
      const visit = (groups: [number, number][], from: number) => {
        if (groups.length === groupCount) {
          if (from !== count) return;
          const sizes = groups.map(([a, b]) => b - a);
          const cuts = cutsOf(handoffs, groups);
          const spread = Math.max(...sizes) - Math.min(...sizes);
          if (!best || cuts < best.cuts || (cuts === best.cuts && spread < best.spread)) best = { cuts, spread, groups };
          return;
        }
        for (let size = Math.min(largest, count - from); size >= smallest; size--) visit([...groups, [from, from + size]], from + size);
      };
      visit([], 0);
      return best!.groups;
    };
    const input = fc.integer({ min: 8, max: 14 }).chain((count) =>
      fc.record({
        count: fc.constant(count),
        handoffs: fc.array(fc.tuple(fc.nat(count - 1), fc.nat(count - 1)).filter(([a, b]) => a !== b), { maxLength: 20 }),
      }),
    );
    fc.assert(
      fc.property(input, ({ count, handoffs }) => {
        const listed = handoffs.map(([from, to], i) => ({ ...twenty.handoffs[0]!, id: `h${i}`, fromStageIndex: from, toStageIndex: to }));
        const groups = stageGroups({ ...twenty, stages: twenty.stages.slice(0, count), handoffs: listed }, 7);
        const expected = bruteForce(count, listed);
        expect(cutsOf(listed, groups)).toBeLessThanOrEqual(cutsOf(listed, expected));
        expect(groups).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every stage name whole: wrapped between words, never cut or split inside a word', () => {
    const shown = layouts.flatMap((l) => l.stages);
    expect(shown.map((s) => s.number)).toEqual(twenty.stages.map((s) => s.number));
    for (const stage of shown) {
      const name = twenty.stages[stage.index]!.name;
      // A first word too wide for the room beside the number disc starts on the next line.
      expect(stage.name.lines.filter(Boolean).join(' '), name).toBe(name);
      const words = new Set(name.split(/\s+/));
      for (const line of stage.name.lines.filter(Boolean)) for (const word of line.split(' ')) expect(words.has(word), `${word} in ${name}`).toBe(true);
    }
    // "Implementation" is wider than a seventh of the page at full size: that one name is set a little smaller.
    const implementation = shown.find((s) => twenty.stages[s.index]!.name === 'Implementation planning')!;
    expect(implementation.nameFont).toBeLessThan(layouts[0]!.font);
    expect(implementation.nameFont).toBeGreaterThanOrEqual(layouts[0]!.font * 0.8);
  });

  it('counts a crowded cell in words, with the roles the team has there', () => {
    const success = twenty.lanes.findIndex((l) => l.team.name === 'Customer Success');
    const group = layouts.find((l) => l.stages.some((s) => s.number === 13))!;
    const cell = group.lanes.find((l) => l.index === success)!.cells[group.stages.findIndex((s) => s.number === 13)]!;
    expect(cell.counted).toBe(true);
    expect(cell.activities).toHaveLength(1);
    expect(cell.activities[0]!.name.lines.join(' ')).toBe('50 activities');
    expect(cell.activities[0]!.roles).toEqual(['R', 'A']);
    expect(cell.more).toBe(0);
  });

  it('draws every hand-off and hand-back once, in the group of its receiving stage, those from another group from the edge with their source', () => {
    const drawn = layouts.flatMap((l) => l.arrows);
    expect(drawn.map((a) => a.id).sort()).toEqual(twenty.handoffs.map((h) => h.id).sort());
    for (const [g, layout] of layouts.entries()) {
      const [from, to] = groups[g]!.stages!;
      for (const arrow of layout.arrows) {
        const h = twenty.handoffs.find((x) => x.id === arrow.id)!;
        expect(h.toStageIndex >= from && h.toStageIndex < to).toBe(true);
        const inside = h.fromStageIndex >= from && h.fromStageIndex < to;
        expect(arrow.source).toBe(inside ? null : `from stage ${h.fromStageIndex + 1}`);
        if (!inside) expect(arrow.path).toMatch(new RegExp(`^M${h.fromStageIndex < from ? PRINT_SWIMLANES.laneHead : PRINT_SWIMLANES.width} `));
      }
    }
    expect(drawn.find((a) => a.label === '↩ Recycle')).toBeTruthy();
    expect(drawn.filter((a) => a.source !== null).length).toBeGreaterThanOrEqual(2);
  });
});
