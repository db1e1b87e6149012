/**
 * The hand-off numbers: for each hand-off of last time with a committed number (follow-up hours,
 * attempts, leads per period), what was committed, what actually happened (typed in; empty is
 * "not recorded"), the verdict in words with its icon, and a note.
 */
import { memo } from 'react';
import type { CheckInComparison } from '../../../domain/compareCheckIn';
import { displayName } from '../../../domain/displayNames';
import type { Stage, Team } from '../../../domain/workshopSchema';
import { Icon } from '../../components/Icon';
import { NumberInput } from '../../components/NumberInput';
import { TeamBadge } from '../../components/TeamBadge';
import { dispatchCommand } from '../../stores/sessionStore';
import { TextField } from '../common';
import { measureLabel, measureUnit, VERDICT_LABELS, verdictDetail } from './checkInWords';
import { VERDICT_ICONS } from './CommitmentsTally';

type Row = CheckInComparison['commitments']['rows'][number];
type Measure = Row['measures'][number]['measure'];

/** The most a number may be, as on the Hand-off phase. */
const MAX: Record<Measure, number> = { followUpHours: 10_000, followUpAttempts: 1_000, volumePerPeriod: 10_000_000 };

interface CommitmentResultsProps {
  rows: readonly Row[];
  /** Today's stages (a check-in carries them over), to name where each hand-off happens. */
  stages: readonly Stage[];
  teams: readonly Team[];
  readOnly: boolean;
}

export function CommitmentResults({ rows, stages, teams, readOnly }: CommitmentResultsProps) {
  if (rows.length === 0) return <p className="slt-empty">Last time’s hand-offs had no committed numbers (follow-up time, attempts or lead volume) to check.</p>;
  return (
    <ol className="slt-handoffs" data-testid="commitment-results">
      {rows.map((row, index) => (
        <CommitmentCard key={row.handoffId} row={row} number={index + 1} stages={stages} teams={teams} readOnly={readOnly} />
      ))}
    </ol>
  );
}

const CommitmentCard = memo(function CommitmentCard({ row, number, stages, teams, readOnly }: { row: Row; number: number; stages: readonly Stage[]; teams: readonly Team[]; readOnly: boolean }) {
  const from = teams.find((t) => t.id === row.fromTeamId);
  const to = teams.find((t) => t.id === row.toTeamId);
  const stageName = (id: string) => displayName(stages.find((s) => s.id === id)?.name ?? '', 'stage');
  const label = `${row.kind === 'handback' ? 'hand-back' : 'hand-off'} ${number}`;
  const titleId = `slt-handoff-${row.handoffId}`;
  const record = (patch: Partial<Record<Measure, number | null>> | { note: string }) => dispatchCommand({ type: 'recordCommitmentResult', handoffId: row.handoffId, patch });
  return (
    <li className="slt-handoff" data-testid="commitment-result" data-handoff-id={row.handoffId} aria-labelledby={titleId}>
      <p className="slt-handoff__route" id={titleId}>
        <span className="slt-handoff__kind">{row.kind === 'handback' ? 'Hand-back' : 'Hand-off'}</span>
        {from && <TeamBadge team={from} teams={teams} />}
        <Icon name="next" className="slt-handoff__arrow" />
        {to && <TeamBadge team={to} teams={teams} />}
        <span className="slt-handoff__stages">
          {stageName(row.fromStageId)} → {stageName(row.toStageId)}
        </span>
      </p>
      <table className="slt-measures">
        <thead>
          <tr>
            <th scope="col">Commitment</th>
            <th scope="col" className="slt-measures__number">
              Committed
            </th>
            <th scope="col">What actually happened</th>
            <th scope="col">Verdict</th>
          </tr>
        </thead>
        <tbody>
          {row.measures.map((result) => {
            const name = measureLabel(result.measure, row.volumePeriod);
            return (
              <tr key={result.measure} data-testid="commitment-measure" data-measure={result.measure} data-verdict={result.verdict}>
                <th scope="row">{name}</th>
                <td className="slt-measures__number">
                  {result.committed.toLocaleString()} {measureUnit(result.measure, result.committed)}
                </td>
                <td>
                  <span className="slt-measures__actual">
                    <NumberInput
                      name={result.measure}
                      aria-label={`What actually happened: ${name.toLowerCase()}, ${label}`}
                      placeholder="–"
                      value={result.actual}
                      max={MAX[result.measure]}
                      disabled={readOnly}
                      onCommit={(value) => record({ [result.measure]: value })}
                    />
                    {measureUnit(result.measure, result.actual ?? result.committed)}
                  </span>
                </td>
                <td>
                  <span className={`slt-verdict slt-verdict--${result.verdict}`} data-testid="commitment-verdict">
                    <Icon name={VERDICT_ICONS[result.verdict]} />
                    <span className="slt-verdict__words">
                      <span className="slt-verdict__word">{VERDICT_LABELS[result.verdict]}</span>
                      {result.actual !== null && <span className="slt-verdict__detail">{verdictDetail(result)}</span>}
                    </span>
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <TextField
        className="slt-handoff__note"
        label="Note"
        ariaLabel={`Note on the numbers of ${label}`}
        name="note"
        placeholder="What explains the numbers, and what to change"
        value={row.note}
        onCommit={(note) => record({ note })}
        readOnly={readOnly}
      />
    </li>
  );
});
