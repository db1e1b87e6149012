/** The charter section under review, as the room reads it on the projector. */
import { useMemo } from 'react';
import { buildCharterModel } from '../../domain/charterModel';
import type { CharterRecord } from '../../domain/charterRecord';
import { CharterDocument } from './CharterDocument';
import { knownSection } from './CharterReview';

export function CharterProjection({ record, sectionId }: { record: CharterRecord; sectionId: string }) {
  const model = useMemo(() => buildCharterModel(record), [record]);
  return <CharterDocument model={model} mode="screen" sectionId={knownSection(sectionId) ?? 'cover'} variant="projector" />;
}
