/**
 * The places in a section the console's review can jump to: each titled part where it starts,
 * and each stage (or team) where its group starts, with the page it starts on. A section of
 * hundreds of pages (a responsibility matrix of a thousand activities) is then a few choices
 * away from any stage, and the projector follows the jump as it follows Next.
 */
import type { Part, SectionPages } from './charterFlow';

export interface ReviewJump {
  label: string;
  page: number;
}

/** A long label is cut in the list: the page shows it whole. */
const MAX_LABEL = 70;
const shortLabel = (label: string) => {
  const flat = label.replace(/\s+/g, ' ').trim();
  return [...flat].length > MAX_LABEL ? `${[...flat].slice(0, MAX_LABEL - 1).join('').trimEnd()}…` : flat;
};

export function reviewJumps(section: SectionPages): ReviewJump[] {
  const jumps: ReviewJump[] = [];
  const started = new Set<string>();
  const parts: Part[] = section.flow.parts;
  section.pages.forEach((page, index) => {
    for (const shown of page.parts) {
      const part = parts.find((p) => p.id === shown.id)!;
      if (!started.has(part.id)) {
        started.add(part.id);
        if (part.title) jumps.push({ label: shortLabel(part.title), page: index });
      }
      for (const entry of shown.entries) {
        if (entry.repeated || entry.continued) continue;
        const label = part.jumpLabel?.(part.items[entry.item]!);
        if (label) jumps.push({ label: shortLabel(label), page: index });
      }
    }
  });
  return jumps;
}

/** The jump the page is at: the first that starts on it, else the last before it (-1: none). */
export function currentJump(jumps: readonly ReviewJump[], page: number): number {
  const on = jumps.findIndex((jump) => jump.page === page);
  if (on >= 0) return on;
  return jumps.findLastIndex((jump) => jump.page < page);
}
