/**
 * Under the console's review page: the descriptions the wall shows shortened on this page, each
 * a disclosure ("Show full text") that opens in place, so the facilitator can read out what the
 * room is about to sign. Console only: the projector shows the shortened page.
 */
import { useId } from 'react';
import type { ShortenedDescription } from './shortenForReview';

export function ShortenedTexts({ items }: { items: readonly ShortenedDescription[] }) {
  const titleId = useId();
  if (items.length === 0) return null;
  return (
    <section className="charter-review__full-texts" aria-labelledby={titleId} data-testid="review-full-texts">
      <h3 id={titleId} className="charter-review__full-texts-title">
        {items.length === 1 ? 'One description on this page is shortened on the wall' : `${items.length.toLocaleString('en-GB')} descriptions on this page are shortened on the wall`}
      </h3>
      <ul className="charter-review__full-texts-list">
        {items.map((item) => (
          <li key={`${item.stageIndex}:${item.activityIndex}`}>
            <details className="charter-review__full-text">
              <summary>
                Show full text: <span dir="auto">{item.activity}</span> <span className="charter-review__full-text-stage">(stage <span dir="auto">{item.stage}</span>)</span>
              </summary>
              <p dir="auto">{item.full}</p>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
