/**
 * The charter as the room reviews it on the stage: the same model, except that an activity's
 * description longer than a few lines is cut to those lines, ending in "…" and a note that the
 * full text is on the facilitator's screen (the console's review lists it under the page, see
 * shortenedOnPage). A 4,000-character description would otherwise take six slides of the review
 * on its own; the printed charter keeps every word.
 */
import type { CharterModel, CharterSection, ResponsibilitiesSection } from '../../domain/charterModel';
import { matrixDescriptionStyle, type SectionPages } from './charterFlow';
import { lineCount, wrapRanges } from './svgText';

/** The lines a description keeps on the stage, the note included. */
export const REVIEW_DESCRIPTION_LINES = 2;
export const SHORTENED_NOTE = '(full text on the facilitator’s screen)';

export function shortenForReview(model: CharterModel): CharterModel {
  return { ...model, sections: model.sections.map(shortenSection) };
}

function shortenSection(section: CharterSection): CharterSection {
  if (section.id !== 'responsibilities') return section;
  const { width, font } = matrixDescriptionStyle(section.teams.length);
  const maxEm = width / font;
  return {
    ...section,
    stages: {
      ...section.stages,
      items: section.stages.items.map((stage) => ({
        ...stage,
        activities: { ...stage.activities, items: stage.activities.items.map((a) => ({ ...a, description: shortenText(a.description, maxEm, REVIEW_DESCRIPTION_LINES) })) },
      })),
    },
  };
}

/**
 * `text` if it takes at most `maxLines` lines of `maxEm`; else as much of its start as fits in
 * those lines with "… " and the note after it, cut between words (between characters in a
 * text without spaces).
 */
export function shortenText(text: string, maxEm: number, maxLines: number): string {
  const lines = firstLines(text, maxEm, maxLines);
  if (lines.length <= maxLines) return text;
  const shortened = (end: number) => `${text.slice(0, end).replace(/[\s.,;:]+$/u, '')}… ${SHORTENED_NOTE}`;
  // From the end of the last line kept, step back a word at a time until the note fits too.
  let end = lines[maxLines - 1]!.end;
  while (end > 1 && lineCount(shortened(end), maxEm) > maxLines) end = previousBreak(text, end);
  return shortened(end);
}

/**
 * The text's first lines, at least `maxLines + 1` of them when it has that many: wrapped from a
 * prefix first (the lines before a prefix's last one are the whole text's), as a description
 * can run to thousands of characters and the review wraps every one.
 */
function firstLines(text: string, maxEm: number, maxLines: number) {
  const prefix = Math.ceil(maxEm * (maxLines + 2) * 6);
  if (text.length > prefix) {
    const lines = wrapRanges(text.slice(0, prefix), maxEm);
    if (lines.length > maxLines + 1) return lines.slice(0, maxLines + 1);
  }
  return wrapRanges(text, maxEm);
}

/** The last break before `end`: the white space before its last word, or its last character when it has no space. */
function previousBreak(text: string, end: number): number {
  const before = text.slice(0, end).trimEnd();
  const space = Math.max(before.lastIndexOf(' '), before.lastIndexOf('\n'));
  if (space > 0 && before.slice(0, space).trim() !== '') return space;
  // One code point back (a surrogate pair is one character).
  return before.length - ([...before].at(-1)?.length ?? 1);
}

/** An activity whose description the stage shows shortened, with the description in full. */
export interface ShortenedDescription {
  stageIndex: number;
  activityIndex: number;
  /** "3: Qualify": the stage's number and name. */
  stage: string;
  activity: string;
  full: string;
}

const responsibilitiesOf = (model: CharterModel) => model.sections.find((s): s is ResponsibilitiesSection => s.id === 'responsibilities');

/** The descriptions `shown` (shortenForReview of `full`) shortens, in the charter's order. */
export function shortenedDescriptions(full: CharterModel, shown: CharterModel): ShortenedDescription[] {
  const before = responsibilitiesOf(full);
  const after = responsibilitiesOf(shown);
  if (!before || !after) return [];
  return before.stages.items.flatMap((stage, stageIndex) =>
    stage.activities.items.flatMap((activity, activityIndex) =>
      after.stages.items[stageIndex]?.activities.items[activityIndex]?.description === activity.description
        ? []
        : [{ stageIndex, activityIndex, stage: `${stage.number}: ${stage.name}`, activity: activity.name, full: activity.description }],
    ),
  );
}

/** The shortened descriptions whose activity starts on `page` of the section (none outside the responsibilities). */
export function shortenedOnPage(section: SectionPages, page: number, shortened: readonly ShortenedDescription[]): ShortenedDescription[] {
  if (section.id !== 'responsibilities' || shortened.length === 0) return [];
  const matrix = section.flow.parts.find((part) => part.id === 'responsibilities.matrix');
  const entries = section.pages[page]?.parts.find((part) => part.id === 'responsibilities.matrix')?.entries ?? [];
  if (!matrix) return [];
  return entries.flatMap((entry) => {
    const ref = matrix.items[entry.item]?.ref;
    if (entry.continued || ref?.kind !== 'row') return [];
    const found = shortened.find((s) => s.stageIndex === ref.group && s.activityIndex === ref.index);
    return found ? [found] : [];
  });
}
