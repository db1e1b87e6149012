import { describe, expect, it } from 'vitest';
import { charterReviewPages, PAGE_BUDGET, type SectionPages } from '../../src/app/charter/charterFlow';
import { REVIEW_DESCRIPTION_LINES, SHORTENED_NOTE, shortenedDescriptions, shortenedOnPage, shortenForReview, shortenText } from '../../src/app/charter/shortenForReview';
import { lineCount } from '../../src/app/charter/svgText';
import { currentJump, reviewJumps } from '../../src/app/charter/reviewJumps';
import { clampPosition, measuredHeight, paginate, pieceLines, stepPosition, type FlowPart, type ItemRef, type Measured, type ReviewPage, type SectionFlow } from '../../src/app/charter/reviewPages';
import { buildCharterModel, CHARTER_SECTION_IDS } from '../../src/domain/charterModel';
import { currentCharterRecord } from '../../src/domain/charterRecord';
import { createSampleWorkshop } from '../../src/domain/sampleWorkshop';
import type { Workshop } from '../../src/domain/workshopSchema';
import { buildLargeWorkshop, LARGE_WORKSHOP_SIZES } from '../helpers/buildLargeWorkshop';
import { checkInFixture } from '../helpers/checkInFixture';

const NOW = '2026-11-22T09:00:00.000Z';
const pagesOf = (workshop: Workshop) => charterReviewPages(shortenForReview(buildCharterModel(currentCharterRecord(workshop, 'ab'.repeat(32), 'a4'))));
const sample = pagesOf(createSampleWorkshop(NOW));
// 20 stages, 300 activities whose descriptions run to several pages each, 40 participants.
const large = pagesOf(buildLargeWorkshop({ activities: 300, notes: 0 }));
// The 5 MB benchmark workshop: 1,000 activities whose descriptions run to about 3,900 characters each.
const benchmarkModel = buildCharterModel(currentCharterRecord(buildLargeWorkshop(LARGE_WORKSHOP_SIZES['5mb']), 'ab'.repeat(32), 'a4'));
const benchmark = charterReviewPages(shortenForReview(benchmarkModel));

/** How tall a page is by the page split's own measures: heads, repeated heads and every entry. */
function pageHeight(flow: SectionFlow, page: ReviewPage): number {
  let height = 0;
  page.parts.forEach((shown, i) => {
    const part = flow.parts.find((p) => p.id === shown.id)!;
    const head = shown.continued ? part.repeatHead : part.head;
    height += i === 0 && head > 0 ? head - (part.headMargin ?? 0) : head;
    for (const entry of shown.entries) {
      const measured = part.measure(part.items[entry.item]!);
      if (!entry.texts) {
        height += measuredHeight(measured);
        continue;
      }
      // A piece of a split item: the lines of each column shown on this page.
      const columns = measured.columns.map((column) =>
        column.reduce((sum, piece) => {
          const range = entry.texts![piece.key];
          if (!range) return sum;
          const lines = pieceLines(piece).filter((line) => line.start >= range.start && line.end <= range.end).length;
          return sum + lines * piece.line + (piece.before ?? 0);
        }, 0),
      );
      height += measured.extra + Math.max(0, ...columns) + (entry.continued ? (measured.resume ?? 0) : 0);
    }
  });
  return height;
}

function everySection(name: string, sections: SectionPages[], checkIn = false) {
  describe(`the page split of ${name}`, () => {
    it('has every section (Since last time in a check-in only), each with at least one page', () => {
      expect(sections.map((s) => s.id)).toEqual(CHARTER_SECTION_IDS.filter((id) => checkIn || id !== 'sinceLastTime'));
      for (const section of sections) expect(section.pages.length).toBeGreaterThan(0);
    });

    it('shows every item of every part once, in order (a split item on pages that follow each other)', () => {
      for (const section of sections) {
        for (const part of section.flow.parts) {
          const shown = section.pages.flatMap((page) => page.parts.filter((p) => p.id === part.id).flatMap((p) => p.entries.filter((e) => !e.repeated).map((e) => e.item)));
          const distinct = shown.filter((item, i) => i === 0 || shown[i - 1] !== item);
          expect(distinct, `${section.id} ${part.id}`).toEqual(part.items.map((_, i) => i));
        }
      }
    });

    it('fills no page past its height, unless one item alone is taller and cannot split', () => {
      for (const section of sections) {
        section.pages.forEach((page, index) => {
          const entries = page.parts.flatMap((p) => p.entries.filter((e) => !e.repeated));
          if (entries.length === 1 && !entries[0]!.texts) return;
          expect(pageHeight(section.flow, page), `${section.id} page ${index + 1}`).toBeLessThanOrEqual(PAGE_BUDGET + 0.01);
        });
      }
    });

    it('splits only an item taller than a page, and its pieces join back into each whole text', () => {
      for (const section of sections) {
        for (const part of section.flow.parts) {
          const pieces = new Map<number, { texts: NonNullable<ReviewPage['parts'][number]['entries'][number]['texts']> }[]>();
          for (const page of section.pages) for (const shown of page.parts) if (shown.id === part.id) for (const e of shown.entries) if (e.texts) pieces.set(e.item, [...(pieces.get(e.item) ?? []), { texts: e.texts }]);
          for (const [item, fragments] of pieces) {
            const measured = part.measure(part.items[item]!);
            expect(measuredHeight(measured)).toBeGreaterThan(PAGE_BUDGET - part.repeatHead - 200);
            for (const piece of measured.columns.flat()) {
              const ranges = fragments.map((f) => f.texts[piece.key]).filter((r) => r !== null && r !== undefined);
              const joined = ranges.map((r) => piece.text.slice(r!.start, r!.end)).join(' ');
              expect(joined.replace(/\s+/g, ' ').trim(), `${section.id} ${part.id} ${piece.key}`).toBe(piece.text.replace(/\s+/g, ' ').trim());
            }
          }
        }
      }
    });

    it('never ends a page on a head whose group goes on', () => {
      for (const section of sections) {
        section.pages.forEach((page, index) => {
          const last = page.parts.at(-1)!;
          const entry = last.entries.at(-1)!;
          const part = section.flow.parts.find((p) => p.id === last.id)!;
          const next = part.items[entry.item + 1];
          if (part.items[entry.item]!.groupHead && next && !next.groupHead) throw new Error(`${section.id} page ${index + 1} ends on a group head`);
        });
      }
    });
  });
}

everySection('the sample workshop', sample);
everySection('a large workshop', large);
everySection('a check-in', pagesOf(checkInFixture()), true);

describe('paginate', () => {
  const row = (height: number) => ({ extra: 0, columns: [], fixed: height }) satisfies Measured;
  const partOf = (id: string, heights: number[], head = 0, repeatHead = head, groupHeads: number[] = []): FlowPart => ({
    id,
    head,
    repeatHead,
    items: heights.map((_, index) => ({ ref: { kind: 'row', index }, groupHead: groupHeads.includes(index) || undefined })),
    measure: (item) => row(heights[(item.ref as { index: number }).index]!),
  });
  const flow = (...parts: FlowPart[]): SectionFlow => ({ id: 'goals', title: 'Goals', parts });
  const ids = (pages: ReviewPage[]) => pages.map((p) => p.parts.map((part) => `${part.id}:${part.entries.map((e) => `${e.item}${e.repeated ? 'r' : ''}`).join(',')}`).join(' '));

  it('moves a row that does not fit to the next page whole, with its part’s head shown again', () => {
    expect(ids(paginate(flow(partOf('t', [40, 40, 40], 20)), 110))).toEqual(['t:0,1', 't:2']);
    expect(paginate(flow(partOf('t', [40, 40, 40], 20)), 110)[1]!.parts[0]!.continued).toBe(true);
  });

  it('keeps a head with its first row: a part that cannot start on this page starts on the next', () => {
    expect(ids(paginate(flow(partOf('a', [80]), partOf('b', [30], 20)), 120))).toEqual(['a:0', 'b:0']);
  });

  it('shows a group head again where a page starts inside its group', () => {
    expect(ids(paginate(flow(partOf('m', [10, 40, 40, 40], 0, 0, [0])), 100))).toEqual(['m:0,1,2', 'm:0r,3']);
  });

  it('splits a text taller than a whole page between lines, starting where a few lines still fit', () => {
    const text = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const long: FlowPart = {
      id: 'long',
      head: 0,
      repeatHead: 0,
      items: [{ ref: { kind: 'row', index: 0 } }],
      measure: () => ({ extra: 0, columns: [[{ key: 'text', text, width: 100, font: 10, line: 10 }]] }),
    };
    const pages = paginate(flow(partOf('a', [30]), long), 100);
    const entries = pages.flatMap((p) => p.parts.filter((part) => part.id === 'long').flatMap((part) => part.entries));
    expect(entries.length).toBeGreaterThan(2);
    expect(entries[0]!.continued).toBeUndefined();
    expect(entries[1]!.continued).toBe(true);
    expect(entries.map((e) => text.slice(e.texts!.text!.start, e.texts!.text!.end)).join(' ')).toBe(text);
    // Seven lines fit under the first part, ten on each page after it.
    expect(entries.map((e) => (e.texts!.text!.end - e.texts!.text!.start > 0 ? 1 : 0))).not.toContain(0);
  });

  it('cuts the same pages from the same charter every time', () => {
    expect(JSON.stringify(pagesOf(createSampleWorkshop(NOW)).map((s) => s.pages))).toBe(JSON.stringify(sample.map((s) => s.pages)));
  });
});

describe('the sample charter’s review', () => {
  it('shows the MQL hand-off and its Recycle hand-back on the same swimlanes page, both lanes together', () => {
    const summary = sample.find((s) => s.id === 'summary')!;
    const figure = summary.flow.parts.find((p) => p.id === 'summary.swimlanes')!;
    const first = summary.pages[0]!.parts.find((p) => p.id === 'summary.swimlanes')!;
    expect(figure.items[first.entries[0]!.item]!.ref).toMatchObject({ kind: 'lanes', lanes: [0, 2] });
  });

  it('fits a one-page section on one page', () => {
    expect(sample.find((s) => s.id === 'bestCustomers')!.pages).toHaveLength(1);
  });
});

describe('the summary’s swimlanes on the review', () => {
  type Summary = Extract<ReturnType<typeof buildCharterModel>['sections'][number], { id: 'summary' }>;
  /** Each page's windows of the picture (stages and lanes). */
  function windowsByPage(sections: SectionPages[]) {
    const summary = sections.find((s) => s.id === 'summary')!;
    const figure = summary.flow.parts.find((p) => p.id === 'summary.swimlanes')!;
    return summary.pages.map((page) =>
      page.parts.filter((p) => p.id === 'summary.swimlanes').flatMap((p) => p.entries.map((e) => ({ ref: figure.items[e.item]!.ref as Extract<ItemRef, { kind: 'lanes' }> }))),
    );
  }
  const hasActivities = (swimlanes: Summary['swimlanes'], lane: number, [from, to]: readonly [number, number]) => swimlanes.lanes[lane]!.cells.slice(from, to).some((cell) => cell.activities.length > 0);
  const summaryOf = (workshop: Workshop) => {
    const model = buildCharterModel(currentCharterRecord(workshop, 'ab'.repeat(32), 'a4'));
    return { swimlanes: (model.sections.find((s) => s.id === 'summary') as Summary).swimlanes, sections: charterReviewPages(shortenForReview(model)) };
  };

  it.each([
    ['the sample workshop', createSampleWorkshop(NOW)],
    // Ten activities over twenty stages: the last ten stages have none, in any lane.
    ['a workshop with activities in half its stages', buildLargeWorkshop({ activities: 10, notes: 0 })],
    ['the 5 MB benchmark workshop', buildLargeWorkshop(LARGE_WORKSHOP_SIZES['5mb'])],
  ])('never gives the room a page of empty lanes, and shows every stage that has activities: %s', (_, workshop) => {
    const { swimlanes, sections } = summaryOf(workshop);
    const pages = windowsByPage(sections);
    pages.forEach((windows, page) => {
      for (const { ref } of windows) {
        expect(ref.lanes[1], `summary page ${page + 1} has no lanes`).toBeGreaterThan(ref.lanes[0]);
        expect(hasActivities(swimlanes, ref.lanes[0], ref.stages), `summary page ${page + 1} starts with an empty lane`).toBe(true);
      }
    });
    const shown = new Set(pages.flat().flatMap(({ ref }) => Array.from({ length: ref.stages[1] - ref.stages[0] }, (_, i) => ref.stages[0] + i)));
    swimlanes.stages.forEach((stage, index) => {
      if (swimlanes.lanes.some((_, lane) => hasActivities(swimlanes, lane, [index, index + 1]))) expect(shown.has(index), `stage ${stage.number}`).toBe(true);
    });
  });

  it('lists every hand-off and hand-back of the sample together, on one page', () => {
    const page = sample.find((s) => s.id === 'summary')!.pages.filter((p) => p.parts.some((part) => part.id === 'summary.handoffs'));
    expect(page).toHaveLength(1);
    const legend = page[0]!.parts.find((p) => p.id === 'summary.handoffs')!;
    const handoffs = (buildCharterModel(currentCharterRecord(createSampleWorkshop(NOW), 'ab'.repeat(32), 'a4')).sections.find((s) => s.id === 'summary') as Summary).swimlanes.handoffs;
    expect(legend.entries.map((e) => handoffs[e.item]!.description)).toEqual([expect.stringMatching(/^Hand-off MQL: /u), expect.stringMatching(/^Hand-back Recycle: /u)]);
  });
});

describe('moving through the review', () => {
  const counts = [
    { id: 'cover', pages: 1 },
    { id: 'summary', pages: 3 },
    { id: 'buyingProcess', pages: 2 },
  ] as const;

  it('goes through the pages of a section, then on to the next section’s first page', () => {
    expect(stepPosition(counts, { section: 'cover', page: 0 }, 1)).toEqual({ section: 'summary', page: 0 });
    expect(stepPosition(counts, { section: 'summary', page: 0 }, 1)).toEqual({ section: 'summary', page: 1 });
    expect(stepPosition(counts, { section: 'summary', page: 2 }, 1)).toEqual({ section: 'buyingProcess', page: 0 });
  });

  it('goes back to the previous section’s last page', () => {
    expect(stepPosition(counts, { section: 'buyingProcess', page: 0 }, -1)).toEqual({ section: 'summary', page: 2 });
    expect(stepPosition(counts, { section: 'summary', page: 1 }, -1)).toEqual({ section: 'summary', page: 0 });
  });

  it('stays on the first and the last page', () => {
    expect(stepPosition(counts, { section: 'cover', page: 0 }, -1)).toEqual({ section: 'cover', page: 0 });
    expect(stepPosition(counts, { section: 'buyingProcess', page: 1 }, 1)).toEqual({ section: 'buyingProcess', page: 1 });
  });

  it('shows a page past a section’s end as its last page (the charter got shorter)', () => {
    expect(clampPosition(counts, { section: 'summary', page: 7 })).toEqual({ section: 'summary', page: 2 });
    expect(stepPosition(counts, { section: 'summary', page: 7 }, -1)).toEqual({ section: 'summary', page: 1 });
  });
});

describe('the review of the 5 MB benchmark workshop', () => {
  const model = benchmarkModel;
  const shown = shortenForReview(model);
  const sections = benchmark;
  const responsibilities = (m: typeof model) => m.sections.find((s) => s.id === 'responsibilities') as Extract<(typeof model)['sections'][number], { id: 'responsibilities' }>;

  it('takes a few hundred pages, not thousands: a long description is shortened on the stage', () => {
    const pages = Object.fromEntries(sections.map((s) => [s.id, s.pages.length]));
    expect(pages.responsibilities).toBeLessThanOrEqual(400);
    expect(sections.reduce((sum, s) => sum + s.pages.length, 0)).toBeLessThanOrEqual(600);
  });

  it('shows each shortened description’s start, then "…" and where the full text is; the printed charter keeps every word', () => {
    const full = responsibilities(model).stages.items[0]!.activities.items[0]!.description;
    const short = responsibilities(shown).stages.items[0]!.activities.items[0]!.description;
    expect(full.length).toBeGreaterThan(3_000);
    expect(short.endsWith(`… ${SHORTENED_NOTE}`)).toBe(true);
    expect(full.startsWith(short.slice(0, -`… ${SHORTENED_NOTE}`.length))).toBe(true);
    // The model the PDF prints from is untouched.
    expect(responsibilities(model).stages.items[0]!.activities.items[0]!.description).toBe(full);
  });
});

describe('the full text of what the wall shortens, on the console', () => {
  const shown = shortenForReview(benchmarkModel);
  const shortened = shortenedDescriptions(benchmarkModel, shown);
  const section = benchmark.find((s) => s.id === 'responsibilities')!;

  it('says where the full text is: on the facilitator’s screen, not in a PDF that does not exist yet', () => {
    expect(SHORTENED_NOTE).toBe('(full text on the facilitator’s screen)');
  });

  it('lists every shortened description with its activity and stage, in full', () => {
    const responsibilities = benchmarkModel.sections.find((s) => s.id === 'responsibilities') as Extract<(typeof benchmarkModel)['sections'][number], { id: 'responsibilities' }>;
    const all = responsibilities.stages.items.flatMap((stage) => stage.activities.items);
    expect(shortened.length).toBeGreaterThan(0);
    expect(shortened.length).toBeLessThanOrEqual(all.length);
    const first = shortened[0]!;
    const activity = responsibilities.stages.items[first.stageIndex]!.activities.items[first.activityIndex]!;
    expect(first).toMatchObject({ activity: activity.name, full: activity.description, stage: `${responsibilities.stages.items[first.stageIndex]!.number}: ${responsibilities.stages.items[first.stageIndex]!.name}` });
    // The sample's descriptions are short: none is shortened.
    const sampleModel = buildCharterModel(currentCharterRecord(createSampleWorkshop(NOW), 'ab'.repeat(32), 'a4'));
    expect(shortenedDescriptions(sampleModel, shortenForReview(sampleModel))).toEqual([]);
  });

  it('gives each shortened description on the page its activity starts on, once', () => {
    const perPage = section.pages.map((_, page) => shortenedOnPage(section, page, shortened));
    const listed = perPage.flat();
    expect(listed).toHaveLength(shortened.length);
    expect(new Set(listed)).toEqual(new Set(shortened));
    expect(perPage[0]!.length).toBeGreaterThan(0);
    // Other sections show none.
    expect(shortenedOnPage(benchmark.find((s) => s.id === 'summary')!, 0, shortened)).toEqual([]);
  });
});

describe('the review’s “Go to” list', () => {
  it('names every stage of a long matrix with the page its stage starts on', () => {
    const section = benchmark.find((s) => s.id === 'responsibilities')!;
    const jumps = reviewJumps(section);
    expect(jumps.map((j) => j.label)).toEqual(Array.from({ length: 20 }, (_, i) => expect.stringMatching(new RegExp(`^${i + 1}\\. Stage ${i + 1}: `))));
    expect(jumps[0]!.page).toBe(0);
    expect(jumps.at(-1)!.page).toBeGreaterThan(300);
    const matrix = section.flow.parts.find((p) => p.id === 'responsibilities.matrix')!;
    jumps.forEach((jump, stage) => {
      const starts = section.pages[jump.page]!.parts.flatMap((p) => p.entries).some((e) => !e.repeated && matrix.items[e.item]!.ref.kind === 'group' && (matrix.items[e.item]!.ref as { index: number }).index === stage);
      expect(starts, jump.label).toBe(true);
    });
  });

  it('lists the parts of the summary in order: the swimlanes by stages, the hand-offs, the lead definitions and the goals', () => {
    const jumps = reviewJumps(sample.find((s) => s.id === 'summary')!);
    expect(jumps.map((j) => j.label)).toEqual(['Who does what, stage by stage', 'Swimlanes: stages 1–3', 'Swimlanes: stages 4–5', 'Swimlanes: stages 6–7', 'Hand-offs and hand-backs', 'Lead definitions', 'Shared goals']);
    expect(jumps.map((j) => j.page)).toEqual([...jumps.map((j) => j.page)].sort((a, b) => a - b));
  });

  it('shows where the page is: the first jump on it, else the last before it', () => {
    const jumps = [
      { label: 'a', page: 0 },
      { label: 'b', page: 0 },
      { label: 'c', page: 4 },
    ];
    expect(currentJump(jumps, 0)).toBe(0);
    expect(currentJump(jumps, 3)).toBe(1);
    expect(currentJump(jumps, 4)).toBe(2);
    expect(currentJump([{ label: 'late', page: 2 }], 0)).toBe(-1);
  });
});

describe('shortenText', () => {
  const words = Array.from({ length: 200 }, (_, i) => `word${i}`).join(' ');

  it('leaves a text that fits its lines as it is', () => {
    expect(shortenText('A short description.', 20, 2)).toBe('A short description.');
  });

  it('cuts a longer text between words so that it and the note fit the lines', () => {
    for (const lines of [1, 2, 3]) {
      const short = shortenText(words, 30, lines);
      expect(lineCount(short, 30)).toBeLessThanOrEqual(lines);
      expect(short).toMatch(/^word0 word1 .*word\d+… /u);
      expect(short.endsWith(`… ${SHORTENED_NOTE}`)).toBe(true);
    }
  });

  it('cuts a text without spaces between characters, never inside one', () => {
    const text = '合意🤝'.repeat(200);
    const short = shortenText(text, 20, REVIEW_DESCRIPTION_LINES);
    expect(lineCount(short, 20)).toBeLessThanOrEqual(REVIEW_DESCRIPTION_LINES);
    expect(short.startsWith('合意🤝合意🤝')).toBe(true);
    // No lone half of a surrogate pair (in a u-mode pattern, a whole pair is one character and does not match).
    expect(short).not.toMatch(/[\uD800-\uDFFF]/u);
  });
});
