/** STAND-IN, replaced by the charter rendering when the branches meet: the section the room reviews, with the real component's props. */
import type { CharterRecord } from '../../domain/charterRecord';

export function CharterProjection({ record, sectionId }: { record: CharterRecord; sectionId: string }) {
  return (
    <section data-testid="charter-projection" data-section={sectionId}>
      <h2>
        {record.content.cover.title || 'Alignment charter'} · version {record.version}
      </h2>
      <p>Section: {sectionId}</p>
    </section>
  );
}
