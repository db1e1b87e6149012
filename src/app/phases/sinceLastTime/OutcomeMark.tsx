/**
 * The shape that goes with an action's outcome, so the review reads without colour: a check for
 * done, a clock for late, a cross for dropped, an empty circle for still open, a dashed circle
 * for not reviewed yet.
 */
import type { ShareKind } from './checkInWords';

export function OutcomeMark({ kind, className = 'outcome-mark' }: { kind: ShareKind; className?: string }) {
  return (
    <svg className={`${className} outcome-mark--${kind}`} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {kind === 'unreviewed' ? (
        <circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" strokeWidth="1.5" strokeDasharray="2.4 2.2" />
      ) : kind === 'open' ? (
        <circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" strokeWidth="1.5" />
      ) : (
        <>
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          {kind === 'done' && <path d="M4.8 8.3l2.1 2.1 4.3-4.5" fill="none" stroke="#fff" strokeWidth="1.7" strokeLinecap="round" strokeLinejoin="round" />}
          {kind === 'late' && <path d="M8 4.4V8l2.4 1.6" fill="none" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />}
          {kind === 'dropped' && <path d="M5.6 5.6l4.8 4.8M10.4 5.6l-4.8 4.8" fill="none" stroke="#fff" strokeWidth="1.7" strokeLinecap="round" />}
        </>
      )}
    </svg>
  );
}
