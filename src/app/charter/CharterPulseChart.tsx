/**
 * The charter's pulse chart: per statement, one bar per team on a shared 1–5 axis, the gap
 * between the teams named, biggest gaps first. Each statement is its own small vector picture,
 * so a page break falls between statements, never through one. The geometry is the printed
 * page's, or the review stage's with type for the room.
 */
import type { PulseStatementView, TeamRef } from '../../domain/charterModel';
import type { Team } from '../../domain/workshopSchema';
import { teamInitials, teamSlot, teamStyle } from '../theme/teamColours';
import { pulseHeight, PRINT_PULSE, type PulseGeometry } from './charterFlow';
import { textDirection, wrapLines } from './svgText';

export function CharterPulseChart({ statements, teams, geometry = PRINT_PULSE }: { statements: PulseStatementView[]; teams: readonly Team[]; geometry?: PulseGeometry }) {
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
          {statement.averages.length > 0 && <Bars statement={statement} teams={teams} g={geometry} />}
        </li>
      ))}
    </ol>
  );
}

function Bars({ statement, teams, g }: { statement: PulseStatementView; teams: readonly Team[]; g: PulseGeometry }) {
  const height = pulseHeight(g, statement.averages.length);
  const teamOf = (ref: TeamRef) => teams.find((t) => t.id === ref.id);
  const summary = statement.averages.map((a) => `${a.team.name} ${a.averageText}`).join(', ');
  const scoreX = (score: number) => g.trackStart + ((score - 1) / 4) * (g.trackEnd - g.trackStart);
  const chip = g.font * 2;
  const base = (g.row - g.bar) / 2 + g.bar * 0.78;
  return (
    <svg className="charter-pulse__svg" viewBox={`0 0 ${g.width} ${height}`} role="img" aria-label={`Average per team on a scale of 1 to 5: ${summary}`} style={{ fontSize: `${g.font}px` }}>
      {[1, 2, 3, 4, 5].map((tick) => (
        <g key={tick}>
          <line x1={scoreX(tick)} x2={scoreX(tick)} y1={g.axis - 4} y2={height} className="charter-pulse__grid" />
          <text x={scoreX(tick)} y={g.axis - g.font * 0.6} textAnchor="middle" className="charter-pulse__tick">
            {tick}
          </text>
        </g>
      ))}
      {statement.averages.map((a, index) => {
        const team = teamOf(a.team);
        const y = g.axis + index * g.row;
        const top = y + (g.row - g.bar) / 2;
        const name = wrapLines(a.team.name, (g.nameWidth - chip - 8) / g.font, 1)[0] ?? '';
        const rtl = textDirection(a.team.name) === 'rtl';
        return (
          <g key={a.team.id} style={team ? teamStyle(teamSlot(team, teams)) : undefined}>
            <rect x={0} y={top} width={chip} height={g.bar} rx={3} className="charter-pulse__initial-chip" />
            <text x={chip / 2} y={y + base} textAnchor="middle" className="charter-pulse__initial" style={{ fontSize: `${g.font >= 20 ? g.font : g.font * 0.8}px` }}>
              {teamInitials(a.team.name)}
            </text>
            <text x={rtl ? g.nameWidth : chip + 6} y={y + base} direction={rtl ? 'rtl' : 'ltr'} className="charter-pulse__team">
              {name}
            </text>
            <rect x={g.trackStart} y={top} width={g.trackEnd - g.trackStart} height={g.bar} rx={2} className="charter-pulse__track" />
            <rect x={g.trackStart} y={top} width={Math.max(2, scoreX(a.average) - g.trackStart)} height={g.bar} rx={2} className="charter-pulse__bar" />
            <text x={g.trackEnd + g.font * 0.7} y={y + base} className="charter-pulse__value">
              {a.averageText}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
