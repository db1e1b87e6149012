/** The live checks, counted per kind; each count jumps to the next problem of its kind. */
import { memo, useRef } from 'react';
import { PROBLEM_LABELS, type ResponsibilityProblem, type ResponsibilityProblemKind, type ResponsibilityReport } from '../../../domain/checkResponsibilities';
import { Icon } from '../../components/Icon';

export const PROBLEM_ORDER: ResponsibilityProblemKind[] = ['multipleAccountable', 'noAccountable', 'noResponsible', 'stageClaimedByBoth', 'stageWithoutActivities'];

/** Two accountable teams or none break the model; the others are gaps to fill. */
export const SERIOUS: ReadonlySet<ResponsibilityProblemKind> = new Set(['multipleAccountable', 'noAccountable']);

export const CheckSummary = memo(function CheckSummary({ report, onJump }: { report: ResponsibilityReport; onJump: (problem: ResponsibilityProblem) => void }) {
  const cursor = useRef<Partial<Record<ResponsibilityProblemKind, number>>>({});
  const total = report.problems.length;
  const spoken =
    total === 0
      ? 'All checks pass: every activity has one accountable team and someone responsible, and every stage has activities and one lead.'
      : `${total} ${total === 1 ? 'problem' : 'problems'}: ${PROBLEM_ORDER.filter((k) => report.counts[k] > 0)
          .map((k) => `${report.counts[k]} ${PROBLEM_LABELS[k].toLowerCase()}`)
          .join(', ')}.`;

  const next = (kind: ResponsibilityProblemKind) => {
    const ofKind = report.problems.filter((p) => p.kind === kind);
    if (ofKind.length === 0) return;
    const at = (cursor.current[kind] ?? -1) + 1;
    const index = at % ofKind.length;
    cursor.current[kind] = index;
    onJump(ofKind[index]!);
  };

  return (
    <section className={`raci-checks${total === 0 ? ' raci-checks--clear' : ''}`} aria-label="Responsibility checks" data-testid="check-summary" data-total={total}>
      <p className="visually-hidden" aria-live="polite" data-testid="check-live">
        {spoken}
      </p>
      {total === 0 ? (
        <p className="raci-checks__clear">
          <Icon name="check" />
          All checks pass
        </p>
      ) : (
        <>
          <p className="raci-checks__total" aria-hidden="true">
            <Icon name="alert" />
            {total} {total === 1 ? 'problem' : 'problems'}
          </p>
          <ul className="raci-checks__kinds">
            {PROBLEM_ORDER.filter((kind) => report.counts[kind] > 0).map((kind) => (
              <li key={kind}>
                <button
                  type="button"
                  className={`raci-checks__kind${SERIOUS.has(kind) ? ' is-serious' : ''}`}
                  data-kind={kind}
                  data-testid={`check-${kind}`}
                  onClick={() => next(kind)}
                  title="Show the next one"
                >
                  <span className="raci-checks__count">{report.counts[kind]}</span> {PROBLEM_LABELS[kind]}
                  <span className="visually-hidden">: show the next one</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
});
