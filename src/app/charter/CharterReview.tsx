/**
 * The charter's page-by-page review on the console: the sections as a table of contents of
 * small pages, the current one shown as a page, Prev/Next (buttons, arrow keys, Page Up/Down).
 * Every move goes through `onShowSection`, which the sign-off phase turns into the
 * `showCharterSection` command so the projector follows.
 */
import { useId, useMemo, type KeyboardEvent } from 'react';
import { buildCharterModel, CHARTER_SECTION_IDS, type CharterSectionId } from '../../domain/charterModel';
import type { CharterRecord } from '../../domain/charterRecord';
import { CharterDocument } from './CharterDocument';
import './charterReview.css';

interface CharterReviewProps {
  record: CharterRecord;
  /** The section the room is reviewing, or null before the review starts. */
  sectionId: string | null;
  onShowSection(id: string | null): void;
}

/** The section id if it is one of the charter's, else null. */
export function knownSection(id: string | null): CharterSectionId | null {
  return (CHARTER_SECTION_IDS as readonly string[]).includes(id ?? '') ? (id as CharterSectionId) : null;
}

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

export function CharterReview({ record, sectionId, onShowSection }: CharterReviewProps) {
  const model = useMemo(() => buildCharterModel(record), [record]);
  const listId = useId();
  const current = knownSection(sectionId);
  const index = current === null ? -1 : CHARTER_SECTION_IDS.indexOf(current);
  const shown = model.sections[Math.max(0, index)]!;
  const count = model.sections.length;
  const go = (to: number) => {
    const target = model.sections[Math.min(count - 1, Math.max(0, to))]!;
    if (target.id !== current) onShowSection(target.id);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const target = event.target as HTMLElement;
    if (TYPING.has(target.tagName) || target.isContentEditable) return;
    const moves: Record<string, number> = { ArrowRight: index + 1, PageDown: index + 1, ArrowLeft: index - 1, PageUp: index - 1, Home: 0, End: count - 1 };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    go(to);
  };

  return (
    <div className="charter-review" onKeyDown={onKeyDown} data-testid="charter-review">
      <nav className="charter-review__contents" aria-labelledby={`${listId}-label`}>
        <p id={`${listId}-label`} className="charter-review__contents-title">
          Charter pages
        </p>
        <ol className="charter-review__pages">
          {model.sections.map((section, i) => (
            <li key={section.id}>
              <button
                type="button"
                className="charter-review__page-button"
                aria-current={i === index ? 'page' : undefined}
                onClick={() => go(i)}
                data-section={section.id}
              >
                <span className="charter-review__thumb" aria-hidden="true">
                  <span className="charter-review__thumb-number">{i + 1}</span>
                </span>
                <span className="charter-review__page-title">{section.title}</span>
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <div className="charter-review__main">
        <div className="charter-review__bar">
          <button type="button" className="button" onClick={() => go(index - 1)} disabled={index <= 0}>
            ← Previous
          </button>
          <p className="charter-review__position" role="status">
            {index < 0 ? 'Not on the projector yet' : `Page ${index + 1} of ${count}: ${shown.title}`}
          </p>
          <button type="button" className="button button--primary" onClick={() => go(index + 1)} disabled={index >= count - 1}>
            {index < 0 ? 'Start the review' : 'Next →'}
          </button>
        </div>
        <div className="charter-review__page" tabIndex={0} aria-label={`Charter page: ${shown.title}`}>
          <CharterDocument model={model} mode="screen" sectionId={shown.id} />
        </div>
      </div>
    </div>
  );
}
