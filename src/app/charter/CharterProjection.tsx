/** The charter page under review, as the room reads it on the projector: the same page the console shows. */
import type { CharterRecord } from '../../domain/charterRecord';
import { CharterSlide } from './CharterSlide';
import { shownPosition, useReviewPages } from './useReviewPages';

export function CharterProjection({ record, sectionId, page }: { record: CharterRecord; sectionId: string; page: number }) {
  const { model, sections, counts } = useReviewPages(record);
  const position = shownPosition(counts, sectionId, page) ?? { section: 'cover', page: 0 };
  const section = sections.find((s) => s.id === position.section)!;
  return <CharterSlide model={model} section={section} page={position.page} fit="contain" />;
}
