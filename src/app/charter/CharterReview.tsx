/**
 * STAND-IN, replaced by the charter rendering when the branches meet: a heading, the section
 * under review, and buttons to move between a few sections, with the real component's props.
 */
import type { CharterRecord } from '../../domain/charterRecord';

const SECTIONS = [
  ['cover', 'Cover'],
  ['summary', 'Summary'],
  ['buyingProcess', 'Buying process'],
  ['responsibilities', 'Responsibilities'],
  ['signatures', 'Signatures'],
] as const;

export function CharterReview({ record, sectionId, onShowSection }: { record: CharterRecord; sectionId: string | null; onShowSection(id: string | null): void }) {
  return (
    <section aria-labelledby="charter-review-standin-title" data-testid="charter-review" data-section={sectionId ?? ''}>
      <h3 id="charter-review-standin-title">
        {record.content.cover.title || 'Alignment charter'} · version {record.version}
      </h3>
      <p data-testid="charter-review-section">Section: {sectionId ?? 'overview'}</p>
      <nav aria-label="Charter sections">
        {SECTIONS.map(([id, label]) => (
          <button key={id} type="button" className="button button--small" aria-current={id === sectionId ? 'true' : undefined} onClick={() => onShowSection(id)}>
            {label}
          </button>
        ))}
      </nav>
    </section>
  );
}
