/**
 * The pulse then and now: per statement, one row per team on the shared 1–5 axis of the pulse
 * chart, each earlier workshop's average as a hollow ring and today's as a solid dot in the
 * team's colour, joined by a line; the gap between the teams says in words whether it closed or
 * opened. Every row names its team beside the colour and says its numbers. Used on the console
 * and, larger, on the projector.
 */
import { memo, useMemo } from 'react';
import type { CheckInComparison } from '../../../domain/compareCheckIn';
import type { Team } from '../../../domain/workshopSchema';
import { Icon } from '../../components/Icon';
import { teamInitials, teamSlot, teamStyle } from '../../theme/teamColours';
import { formatDay } from '../actions/format';
import { axisPercent, ScoreTicks } from '../common/ScoreTicks';
import { gapChangeWords, scoreOrDash } from './checkInWords';
import './thenNowChart.css';

type Comparison = CheckInComparison['sinceLastTime']['rows'][number];
type AcrossDays = CheckInComparison['pulseAcrossDays'][number];
type EarlierDay = CheckInComparison['earlier'][number];


interface ThenNowChartProps {
  /** In the order to show them (largest change first). */
  rows: readonly Comparison[];
  acrossDays: readonly AcrossDays[];
  earlier: readonly EarlierDay[];
  teams: readonly Team[];
  /** Statement id → its number in the facilitator's list (1-based). */
  numbers: ReadonlyMap<string, number>;
  variant: 'console' | 'projector';
  /** Show only the first this many statements. */
  limit?: number;
}

/** "3 Dec 2026", or the workshop's title when it had no date. */
export function dayName(day: EarlierDay): string {
  return day.date ? formatDay(day.date) : day.title;
}

export const ThenNowChart = memo(function ThenNowChart({ rows, acrossDays, earlier, teams, numbers, variant, limit }: ThenNowChartProps) {
  const days = useMemo(() => new Map(acrossDays.map((row) => [row.statementId, row])), [acrossDays]);
  const shown = limit === undefined ? rows : rows.slice(0, limit);
  return (
    <div
      className={`then-now then-now--${variant}`}
      data-testid="then-now-chart"
      // The numbers column fits "2.1 → 2.8 → 3.4": as many scores as the row says.
      style={{ '--tn-points': String(variant === 'console' ? earlier.length + 1 : 2), '--tn-team-chars': String(Math.max(0, ...teams.map((t) => t.name.length))) } as Record<string, string>}
    >
      <ol className="then-now__list">
        {/* The projector draws one axis above the statements; the console, in columns, one per statement. */}
        {variant === 'projector' && shown.length > 0 && <Axis as="li" />}
        {shown.map((row) => (
          <Statement key={row.statementId} row={row} days={days.get(row.statementId)} earlier={earlier} teams={teams} number={numbers.get(row.statementId) ?? 0} variant={variant} />
        ))}
      </ol>
    </div>
  );
});

/** What the marks mean: last time's ring, older days' dotted rings, today's dot (each row also says its numbers, oldest first). */
export function ThenNowLegend({ earlier, variant }: { earlier: readonly EarlierDay[]; variant: 'console' | 'projector' }) {
  const older = earlier.slice(0, -1);
  return (
    <ul className={`then-now-legend then-now-legend--${variant}`} aria-label="What the marks mean">
      {older.length > 0 && (
        <li>
          <span className="then-now__mark then-now__mark--older then-now__mark--legend" aria-hidden="true" />
          {older.length === 1 ? dayName(older[0]!) : `Earlier: ${older.map(dayName).join(', ')}`}
        </li>
      )}
      <li>
        <span className="then-now__mark then-now__mark--then then-now__mark--legend" aria-hidden="true" />
        Last time, {dayName(earlier.at(-1)!)}
      </li>
      <li>
        <span className="then-now__mark then-now__mark--now then-now__mark--legend" aria-hidden="true" />
        Today
      </li>
    </ul>
  );
}

function Axis({ as: Tag = 'div' }: { as?: 'div' | 'li' }) {
  return (
    <Tag className="then-now__axis" aria-hidden="true">
      <span />
      <ScoreTicks className="then-now__ticks" />
      <span />
    </Tag>
  );
}

const CHANGE_ICON = { closed: 'check', opened: 'alert' } as const;

interface StatementProps {
  row: Comparison;
  days: AcrossDays | undefined;
  earlier: readonly EarlierDay[];
  teams: readonly Team[];
  number: number;
  variant: 'console' | 'projector';
}

function Statement({ row, days, earlier, teams, number, variant }: StatementProps) {
  const comparable = row.gapThen !== null && row.gapNow !== null;
  const icon = comparable && (row.change === 'closed' || row.change === 'opened') ? CHANGE_ICON[row.change] : null;
  return (
    <li className="then-now__item" data-testid="then-now-item" data-statement-id={row.statementId} data-change={row.change}>
      <div className="then-now__head">
        <span className="then-now__number" aria-hidden="true">
          {number}
        </span>
        <p className="then-now__statement wrap-anywhere">
          <span className="visually-hidden">Statement {number}: </span>
          {row.text || <em className="then-now__untitled">Statement without text</em>}
        </p>
        <p className={`then-now__change then-now__change--${comparable ? row.change : 'none'}`} data-testid="then-now-change">
          {icon && <Icon name={icon} />}
          {gapChangeWords(row)}
        </p>
      </div>
      {variant === 'console' && <Axis />}
      <ul className="then-now__teams">
        {row.teams.map((scores) => {
          const team = teams.find((t) => t.id === scores.teamId);
          const before = days?.teams.find((t) => t.teamId === scores.teamId)?.earlier ?? [scores.then];
          if (!team || (scores.now === null && before.every((v) => v === null))) return null;
          return <TeamRow key={team.id} team={team} teams={teams} before={before} now={scores.now} earlier={earlier} variant={variant} />;
        })}
      </ul>
    </li>
  );
}

interface TeamRowProps {
  team: Team;
  teams: readonly Team[];
  /** One average per earlier day, oldest first. */
  before: readonly (number | null)[];
  now: number | null;
  earlier: readonly EarlierDay[];
  variant: 'console' | 'projector';
}

function TeamRow({ team, teams, before, now, earlier, variant }: TeamRowProps) {
  const last = before.at(-1) ?? null;
  // The console says every day's number; the projector last time and today (the marks show the rest).
  const visible = variant === 'console' ? [...before, now] : [last, now];
  const spoken = [...before.map((value, i) => `${i === before.length - 1 ? 'last time' : dayName(earlier[i]!)} ${scoreOrDash(value)}`), `today ${now === null ? 'not scored yet' : scoreOrDash(now)}`];
  return (
    <li className="then-now__row" style={teamStyle(teamSlot(team, teams))} data-testid="then-now-team">
      <span className="then-now__team">
        <span className="then-now__initial" aria-hidden="true">
          {teamInitials(team.name)}
        </span>
        <span className="then-now__team-name" title={team.name}>
          {team.name}
        </span>
      </span>
      <span className="then-now__track" aria-hidden="true">
        {last !== null && now !== null && (
          <span className="then-now__span" style={{ left: `${axisPercent(Math.min(last, now))}%`, width: `${Math.abs(axisPercent(now) - axisPercent(last))}%` }} />
        )}
        {before.map((value, i) =>
          value === null ? null : (
            <span
              key={i}
              className={i === before.length - 1 ? 'then-now__mark then-now__mark--then' : 'then-now__mark then-now__mark--older'}
              style={{ left: `${axisPercent(value)}%` }}
            />
          ),
        )}
        {now !== null && <span className="then-now__mark then-now__mark--now" style={{ left: `${axisPercent(now)}%` }} />}
      </span>
      <span className="then-now__values">
        <span aria-hidden="true">{visible.map(scoreOrDash).join(' → ')}</span>
        <span className="visually-hidden">{spoken.join(', ')}</span>
      </span>
    </li>
  );
}
