/**
 * The charter's pulse chart: per statement, one bar per team on a shared 1–5 axis, the gap
 * between the teams named, biggest gaps first. Each statement is its own small vector picture,
 * so a page break falls between statements, never through one.
 */
import type { PulseStatementView, TeamRef } from '../../domain/charterModel';
import type { Team } from '../../domain/workshopSchema';
import { teamInitials, teamSlot, teamStyle } from '../theme/teamColours';
import { textDirection, wrapLines } from './svgText';

const WIDTH = 640;
const NAME_WIDTH = 170;
const TRACK_START = NAME_WIDTH + 10;
const TRACK_END = WIDTH - 44;
const BAR = 14;
const ROW = 22;
const AXIS = 18;
const FONT = 11;

const scoreX = (score: number) => TRACK_START + ((score - 1) / 4) * (TRACK_END - TRACK_START);

export function CharterPulseChart({ statements, teams }: { statements: PulseStatementView[]; teams: readonly Team[] }) {
  return (
    <ol className="charter-pulse">
      {statements.map((statement) => (
        <li key={statement.number} className={statement.notable ? 'charter-pulse__item charter-pulse__item--notable' : 'charter-pulse__item'}>
          <p className="charter-pulse__head">
            <span className="charter-pulse__number">{statement.number}</span>
            <span className="charter-pulse__text" dir="auto">
              {statement.text || 'Statement without text'}
            </span>
            <span className="charter-pulse__gap">
              {statement.notable && <span aria-hidden="true">⚠ </span>}
              {statement.gapText}
            </span>
          </p>
          {statement.averages.length > 0 && <Bars statement={statement} teams={teams} />}
        </li>
      ))}
    </ol>
  );
}

function Bars({ statement, teams }: { statement: PulseStatementView; teams: readonly Team[] }) {
  const height = AXIS + statement.averages.length * ROW + 4;
  const teamOf = (ref: TeamRef) => teams.find((t) => t.id === ref.id);
  const summary = statement.averages.map((a) => `${a.team.name} ${a.averageText}`).join(', ');
  return (
    <svg className="charter-pulse__svg" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={`Average per team on a scale of 1 to 5: ${summary}`} style={{ fontSize: `${FONT}px` }}>
      {[1, 2, 3, 4, 5].map((tick) => (
        <g key={tick}>
          <line x1={scoreX(tick)} x2={scoreX(tick)} y1={AXIS - 4} y2={height} className="charter-pulse__grid" />
          <text x={scoreX(tick)} y={AXIS - 7} textAnchor="middle" className="charter-pulse__tick">
            {tick}
          </text>
        </g>
      ))}
      {statement.averages.map((a, index) => {
        const team = teamOf(a.team);
        const y = AXIS + index * ROW;
        const name = wrapLines(a.team.name, (NAME_WIDTH - 30) / FONT, 1)[0] ?? '';
        const rtl = textDirection(a.team.name) === 'rtl';
        return (
          <g key={a.team.id} style={team ? teamStyle(teamSlot(team, teams)) : undefined}>
            <rect x={0} y={y + 3} width={22} height={BAR} rx={3} className="charter-pulse__initial-chip" />
            <text x={11} y={y + 14} textAnchor="middle" className="charter-pulse__initial">
              {teamInitials(a.team.name)}
            </text>
            <text x={rtl ? NAME_WIDTH : 28} y={y + 14} direction={rtl ? 'rtl' : 'ltr'} className="charter-pulse__team">
              {name}
            </text>
            <rect x={TRACK_START} y={y + 3} width={TRACK_END - TRACK_START} height={BAR} rx={2} className="charter-pulse__track" />
            <rect x={TRACK_START} y={y + 3} width={Math.max(2, scoreX(a.average) - TRACK_START)} height={BAR} rx={2} className="charter-pulse__bar" />
            <text x={TRACK_END + 8} y={y + 14} className="charter-pulse__value">
              {a.averageText}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
