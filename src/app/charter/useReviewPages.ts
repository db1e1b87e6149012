/**
 * The charter's model as the stage shows it (long descriptions shortened), its review pages, and
 * the descriptions shortened (in full, for the console), computed once per record.
 */
import { useMemo } from 'react';
import { buildCharterModel, CHARTER_SECTION_IDS, type CharterSectionId } from '../../domain/charterModel';
import type { CharterRecord } from '../../domain/charterRecord';
import { charterReviewPages } from './charterFlow';
import { clampPosition, type ReviewPosition } from './reviewPages';
import { shortenedDescriptions, shortenForReview } from './shortenForReview';

export function useReviewPages(record: CharterRecord) {
  return useMemo(() => {
    const full = buildCharterModel(record);
    const model = shortenForReview(full);
    const sections = charterReviewPages(model);
    return { model, sections, counts: sections.map((s) => ({ id: s.id, pages: s.pages.length })), shortened: shortenedDescriptions(full, model) };
  }, [record]);
}

/** The section id if it is one of the charter's, else null. */
function knownSection(id: string | null): CharterSectionId | null {
  return (CHARTER_SECTION_IDS as readonly string[]).includes(id ?? '') ? (id as CharterSectionId) : null;
}

/** The page a view shows for the room's section and page: clamped to the section's last page. */
export function shownPosition(counts: readonly { id: CharterSectionId; pages: number }[], section: string | null, page: number): ReviewPosition | null {
  const known = knownSection(section);
  return known === null ? null : clampPosition(counts, { section: known, page });
}
