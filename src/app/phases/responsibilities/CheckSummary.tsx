/** The live checks, counted per kind; each count jumps to the next problem of its kind. */
import { memo, useMemo, useRef } from 'react';
import type { ResponsibilityProblem, ResponsibilityProblemKind, ResponsibilityReport } from '../../../domain/checkResponsibilities';
import { summarizeChecks } from '../../../domain/summarizeChecks';
import { Icon } from '../../components/Icon';

export const CheckSummary = memo(function CheckSummary({ report, onJump }: { report: ResponsibilityReport; onJump: (problem: ResponsibilityProblem) => void }) {
  const cursor = useRef<Partial<Record<ResponsibilityProblemKind, number>>>({});
  const summary = useMemo(() => summarizeChecks(report), [report]);
  const { total, spoken } = summary;

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
          {summary.headline}
        </p>
      ) : (
        <>
          <p className="raci-checks__total" aria-hidden="true">
            <Icon name="alert" />
            {summary.headline}
          </p>
          <ul className="raci-checks__kinds">
            {summary.kinds.map(({ kind, count, noun, serious }) => (
              <li key={kind}>
                <button
                  type="button"
                  className={`raci-checks__kind${serious ? ' is-serious' : ''}`}
                  data-kind={kind}
                  data-testid={`check-${kind}`}
                  onClick={() => next(kind)}
                  title="Show the next one"
                >
                  <span className="raci-checks__count">{count}</span> {noun}
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
