/**
 * The pulse result: per statement, one bar per team on a shared 1–5 axis, the gap between the
 * highest and lowest team labelled, biggest gaps first. Every bar carries its team's name and
 * initials next to the colour. Used on the console and, larger, on the projector.
 */
import { countNoun } from '../../../domain/countNoun';
import { NOUNS } from '../../../domain/labels';
import { memo, useMemo } from 'react';
import type { PulseRow } from '../../../domain/summarizePulse';
import type { Team } from '../../../domain/workshopSchema';
import { Icon } from '../../components/Icon';
import { ScoreTicks } from '../common/ScoreTicks';
import { teamInitials, teamSlot, teamStyle } from '../../theme/teamColours';
import { formatScore } from './usePulseSummary';
import './pulseChart.css';



interface PulseChartProps {
  rows: PulseRow[];
  teams: Team[];
  /** Statement id → its number in the facilitator's list (1-based). */
  numbers: Map<string, number>;
  variant?: 'console' | 'projector';
  /** Show only the first this many statements (the projector shows what fits). */
  limit?: number;
}

export const PulseChart = memo(function PulseChart({ rows, teams, numbers, variant = 'console', limit }: PulseChartProps) {
  const teamById = useMemo(() => new Map(teams.map((t) => [t.id, t])), [teams]);
  const shown = limit === undefined ? rows : rows.slice(0, limit);
  return (
    <div
      className={`pulse-chart pulse-chart--${variant}`}
      data-testid="pulse-chart"
      // The projector's name column is as wide as the longest team name needs (up to a limit, then it wraps).
      style={variant === 'projector' ? ({ '--pc-team-chars': String(Math.max(0, ...teams.map((t) => t.name.length))) } as Record<string, string>) : undefined}
    >
      {variant === 'console' && <Axis />}
      <ol className={shown.length < 2 ? 'pulse-chart__list pulse-chart__list--single' : 'pulse-chart__list'}>
        {/* The projector lays statements out in two columns, each with its own axis. */}
        {variant === 'projector' && shown.length > 0 && <Axis as="li" />}
        {variant === 'projector' && shown.length > 1 && <Axis as="li" />}
        {shown.map((row) => (
          <ChartItem key={row.statementId} row={row} number={numbers.get(row.statementId) ?? 0} teamById={teamById} teams={teams} />
        ))}
      </ol>
    </div>
  );
});

function Axis({ as: Tag = 'div' }: { as?: 'div' | 'li' }) {
  return (
    <Tag className="pulse-chart__axis" aria-hidden="true">
      <span />
      <ScoreTicks className="pulse-chart__ticks" />
      <span />
    </Tag>
  );
}

interface ItemProps {
  row: PulseRow;
  number: number;
  teamById: Map<string, Team>;
  teams: Team[];
}

function ChartItem({ row, number, teamById, teams }: ItemProps) {
  const { notable } = row;
  return (
    <li className="pulse-chart__item" data-testid="pulse-chart-item" data-statement-id={row.statementId} data-gap={row.gap}>
      <div className="pulse-chart__head">
        <span className="pulse-chart__number" aria-hidden="true">
          {number}
        </span>
        <p className="pulse-chart__statement wrap-anywhere">
          <span className="visually-hidden">Statement {number}: </span>
          {row.text || <em className="pulse-chart__untitled">Statement without text</em>}
        </p>
        {row.averages.length >= 2 ? (
          <span className={notable ? 'pulse-chart__gap pulse-chart__gap--notable' : 'pulse-chart__gap'} data-testid="pulse-gap">
            {notable && <Icon name="alert" />}
            gap {formatScore(row.gap)}
          </span>
        ) : (
          <span className="pulse-chart__gap pulse-chart__gap--none">{row.averages.length === 1 ? 'one team so far' : 'no scores yet'}</span>
        )}
      </div>
      {row.averages.length > 0 && (
        <ul className="pulse-chart__bars">
          {row.averages.map(({ teamId, average, count }) => {
            const team = teamById.get(teamId);
            if (!team) return null;
            return (
              <li key={teamId} className="pulse-chart__bar-row" style={teamStyle(teamSlot(team, teams))}>
                <span className="pulse-chart__team">
                  <span className="pulse-chart__initial" aria-hidden="true">
                    {teamInitials(team.name)}
                  </span>
                  <span className="pulse-chart__team-name" title={team.name}>
                    {team.name}
                  </span>
                </span>
                <span className="pulse-chart__track" aria-hidden="true">
                  <span className="pulse-chart__bar" style={{ width: `${((average - 1) / 4) * 100}%` }} />
                </span>
                <span className="pulse-chart__value">
                  <span className="visually-hidden"> average </span>
                  {formatScore(average)}
                  <span className="visually-hidden">
                    {' '}
                    from {countNoun(count, NOUNS.score)}
                  </span>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </li>
  );
}
