/**
 * The charter's page-by-page review on the console: the sections as a table of contents, the
 * current page on the review's stage (the same page the projector shows), Prev/Next (buttons,
 * arrow keys, Page Up/Down) through the pages of a section and on to the next. Every move goes
 * through `onShowSection`, which the sign-off phase turns into the `showCharterSection`
 * command so the projector follows.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { CharterSectionId } from '../../domain/charterModel';
import type { CharterRecord } from '../../domain/charterRecord';
import { CharterSlide } from './CharterSlide';
import { currentJump, reviewJumps } from './reviewJumps';
import { ShortenedTexts } from './ShortenedTexts';
import { shortenedOnPage } from './shortenForReview';
import { stepPosition, type ReviewPosition } from './reviewPages';
import { shownPosition, useReviewPages } from './useReviewPages';
import './charterReview.css';

interface CharterReviewProps {
  record: CharterRecord;
  /** The section the room is reviewing, or null before the review starts. */
  sectionId: string | null;
  /** The page of that section; without it, the review keeps its own page (a charter shown on this screen only). */
  page?: number;
  onShowSection(id: CharterSectionId | null, page?: number): void;
}

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/** Keys that step a closed "Go to" list through its choices. */
const JUMP_STEP_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

/** A section this long gets the "Go to" list of its stages and parts. */
const JUMP_FROM_PAGES = 3;

/** "Summary · page 2 of 3", or the title alone for a section of one page. */
function pageLabel(title: string, page: number, pages: number): string {
  return pages > 1 ? `${title} · page ${(page + 1).toLocaleString('en-GB')} of ${pages.toLocaleString('en-GB')}` : title;
}

export function CharterReview({ record, sectionId, page, onShowSection }: CharterReviewProps) {
  const { model, sections, counts, shortened } = useReviewPages(record);
  const listId = useId();
  const [localPage, setLocalPage] = useState(0);
  const controlled = page !== undefined;
  const position = shownPosition(counts, sectionId, controlled ? page : localPage);
  const shown: ReviewPosition = position ?? { section: 'cover', page: 0 };
  const index = sections.findIndex((s) => s.id === shown.section);
  const section = sections[index]!;
  const go = (to: ReviewPosition) => {
    if (position && to.section === position.section && to.page === position.page) return;
    if (!controlled) setLocalPage(to.page);
    onShowSection(to.section, to.page);
  };
  const first: ReviewPosition = { section: sections[0]!.id, page: 0 };
  const last: ReviewPosition = { section: sections.at(-1)!.id, page: sections.at(-1)!.pages.length - 1 };
  const atStart = position !== null && index === 0 && shown.page === 0;
  const atEnd = position !== null && index === sections.length - 1 && shown.page === section.pages.length - 1;
  const next = () => go(position ? stepPosition(counts, shown, 1) : first);
  const previous = () => go(stepPosition(counts, shown, -1));

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const target = event.target as HTMLElement;
    if (TYPING.has(target.tagName) || target.isContentEditable) return;
    const moves: Record<string, () => void> = { ArrowRight: next, PageDown: next, ArrowLeft: previous, PageUp: previous, Home: () => go(first), End: () => go(last) };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    move();
  };
  const label = pageLabel(section.title, shown.page, section.pages.length);
  const jumps = useMemo(() => (section.pages.length >= JUMP_FROM_PAGES ? reviewJumps(section) : []), [section]);
  const jumpAt = currentJump(jumps, shown.page);
  // The jump chosen in the list, kept until the page changes: two jumps can start on one page, and
  // the list then shows the one chosen, not the first. Stepped through with the arrow keys, it
  // is only a choice until Enter (or leaving the list) goes there.
  const [chosenJump, setChosenJump] = useState<{ page: number; index: number } | null>(null);
  const selectedJump = chosenJump?.page === shown.page ? chosenJump.index : jumpAt;
  const steppingJump = useRef(false);
  const goToJump = (index: number) => {
    const jump = jumps[index];
    if (!jump) return;
    setChosenJump({ page: jump.page, index });
    go({ section: section.id, page: jump.page });
  };

  // The room's review takes the clicker: Page Down / Page Up turn its pages wherever the focus
  // is (outside a field or a dialog), ahead of the console's next-phase keys. A review shown in
  // a dialog keeps its keys to itself.
  const step = useRef({ next, previous });
  step.current = { next, previous };
  useEffect(() => {
    if (!controlled) return;
    const onClicker = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'PageDown' && event.key !== 'PageUp') return;
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.repeat || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target && (TYPING.has(target.tagName) || target.isContentEditable)) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      event.stopPropagation();
      if (event.key === 'PageDown') step.current.next();
      else step.current.previous();
    };
    window.addEventListener('keydown', onClicker, { capture: true });
    return () => window.removeEventListener('keydown', onClicker, { capture: true });
  }, [controlled]);

  return (
    <div className="charter-review-box">
      {/* The review's arrow and page keys turn its pages; the console's presenter keys (next phase) leave them to it. */}
      <div className="charter-review" onKeyDown={onKeyDown} data-owns-navigation-keys="" data-testid="charter-review" data-section={position?.section} data-page={position?.page}>
        <nav className="charter-review__contents" aria-labelledby={`${listId}-label`}>
          <p id={`${listId}-label`} className="charter-review__contents-title">
            Charter sections
          </p>
          <ol className="charter-review__pages">
            {sections.map((s, i) => (
              <li key={s.id}>
                <button type="button" className="charter-review__page-button" aria-current={position && i === index ? 'page' : undefined} onClick={() => go({ section: s.id, page: 0 })} data-section={s.id}>
                  <span className="charter-review__thumb" aria-hidden="true">
                    <span className="charter-review__thumb-number">{i + 1}</span>
                  </span>
                  <span className="charter-review__page-title">
                    {s.title}
                    {s.id === 'responsibilities' && shortened.length > 0 && (
                      <span className="charter-review__page-note" data-testid="review-shortened-count">
                        {shortened.length === 1 ? '1 description shortened on the wall' : `${shortened.length.toLocaleString('en-GB')} descriptions shortened on the wall`}
                      </span>
                    )}
                  </span>
                  {s.pages.length > 1 && (
                    <span className="charter-review__page-count" aria-hidden="true" title={`${s.pages.length.toLocaleString('en-GB')} pages`}>
                      {s.pages.length.toLocaleString('en-GB')} pp.
                    </span>
                  )}
                </button>
              </li>
            ))}
          </ol>
        </nav>
        <div className="charter-review__main">
          <div className="charter-review__bar">
            <button type="button" className="button" onClick={previous} disabled={position === null || atStart} aria-keyshortcuts="ArrowLeft PageUp">
              ← Previous
            </button>
            <p className="charter-review__position" role="status" data-testid="review-position">
              {position === null ? (
                'Not on the projector yet'
              ) : (
                <>
                  <span className="charter-review__position-page">{label}</span>
                  <span className="charter-review__position-section">
                    Section {index + 1} of {sections.length}
                  </span>
                </>
              )}
            </p>
            {position !== null && jumps.length > 1 && (
              <label className="charter-review__jump">
                <span className="charter-review__jump-label">Go to</span>
                <select
                  className="select charter-review__jump-select"
                  value={selectedJump}
                  onChange={(event) => {
                    const index = Number(event.target.value);
                    // An arrow key on a closed list (Chromium on Windows and Linux) only moves the choice: Enter or leaving the list goes there.
                    if (steppingJump.current) setChosenJump({ page: shown.page, index });
                    else goToJump(index);
                    steppingJump.current = false;
                  }}
                  onKeyDown={(event) => {
                    steppingJump.current = JUMP_STEP_KEYS.has(event.key);
                    if (event.key === 'Enter' && selectedJump >= 0) {
                      event.preventDefault();
                      goToJump(selectedJump);
                    }
                  }}
                  onBlur={() => {
                    if (chosenJump?.page === shown.page && chosenJump.index !== jumpAt) goToJump(chosenJump.index);
                  }}
                  aria-label={`Go to a part of ${section.title}`}
                  aria-keyshortcuts="Enter"
                  data-testid="review-jump"
                >
                  {selectedJump < 0 && (
                    <option value={-1} disabled>
                      Choose…
                    </option>
                  )}
                  {jumps.map((jump, i) => (
                    <option key={i} value={i}>
                      {jump.label} · page {(jump.page + 1).toLocaleString('en-GB')}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <button type="button" className="button button--primary" onClick={next} disabled={atEnd} aria-keyshortcuts="ArrowRight PageDown" data-testid="review-next">
              {position === null ? 'Start the review' : 'Next →'}
            </button>
          </div>
          <div className="charter-review__page" tabIndex={0} aria-label={`Charter page: ${label}`}>
            <CharterSlide model={model} section={section} page={shown.page} fit="width" />
          </div>
          <ShortenedTexts items={shortenedOnPage(section, shown.page, shortened)} />
        </div>
      </div>
    </div>
  );
}
