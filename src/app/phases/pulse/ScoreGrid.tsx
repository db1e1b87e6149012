/**
 * The pulse scores, typed straight in: participants as rows (grouped by team), statements as
 * columns. A digit 1–5 sets the score and moves on; arrows, Home and End move; Delete or
 * Backspace clears. One roving tab stop, so Tab leaves the grid in one press.
 */
import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { Participant, Team, Workshop } from '../../../domain/workshopSchema';
import { TeamBadge } from '../../components/TeamBadge';
import { dispatchCommand } from '../../stores/sessionStore';
import { teamInitials, teamSlot, teamStyle } from '../../theme/teamColours';

interface ScoreGridProps {
  participants: Participant[];
  teams: Team[];
  pulse: Workshop['pulse'];
  readOnly: boolean;
}

interface Cell {
  row: number;
  col: number;
}

export function ScoreGrid({ participants, teams, pulse, readOnly }: ScoreGridProps) {
  const { statements, scores } = pulse;
  const [active, setActive] = useState<Cell>({ row: 0, col: 0 });
  const focusPending = useRef(false);
  const tableRef = useRef<HTMLTableElement>(null);

  // Rows in team order, each team's people in list order.
  const groups = useMemo(
    () =>
      teams
        .map((team) => ({ team, people: participants.filter((p) => p.teamId === team.id) }))
        .filter((group) => group.people.length > 0),
    [teams, participants],
  );
  const ordered = useMemo(() => groups.flatMap((g) => g.people), [groups]);
  // Keyed on the ids alone, so editing a statement's text does not re-render every row.
  const idKey = statements.map((s) => s.id).join('|');
  const statementIds = useMemo(() => (idKey ? idKey.split('|') : []), [idKey]);

  const byParticipant = useMemo(() => {
    const map = new Map<string, Map<string, number>>();
    for (const s of scores) {
      let row = map.get(s.participantId);
      if (!row) map.set(s.participantId, (row = new Map()));
      row.set(s.statementId, s.score);
    }
    return map;
  }, [scores]);

  const rows = ordered.length;
  const cols = statements.length;
  const clamped = { row: Math.min(active.row, Math.max(0, rows - 1)), col: Math.min(active.col, Math.max(0, cols - 1)) };

  // Layout effect: the next key press must already land on the new cell.
  useLayoutEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    tableRef.current?.querySelector<HTMLElement>(`[data-row="${clamped.row}"][data-col="${clamped.col}"]`)?.focus();
  });

  const moveTo = useCallback((cell: Cell) => {
    focusPending.current = true;
    setActive(cell);
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const target = event.target as HTMLElement;
    if (target.dataset.col === undefined || event.ctrlKey || event.metaKey || event.altKey) return;
    const row = Number(target.dataset.row);
    const col = Number(target.dataset.col);
    const participant = ordered[row];
    const statementId = statementIds[col];
    if (!participant || !statementId) return;
    const next = (): Cell => (col + 1 < cols ? { row, col: col + 1 } : row + 1 < rows ? { row: row + 1, col: 0 } : { row, col });
    const key = event.key;
    let handled = true;
    if (/^[1-5]$/.test(key)) {
      if (!readOnly) void dispatchCommand({ type: 'setPulseScore', participantId: participant.id, statementId, score: Number(key) });
      moveTo(next());
    } else if (key === 'Backspace' || key === 'Delete') {
      if (!readOnly && byParticipant.get(participant.id)?.has(statementId)) {
        void dispatchCommand({ type: 'setPulseScore', participantId: participant.id, statementId, score: null });
      }
    } else if (key === 'ArrowRight') moveTo({ row, col: Math.min(cols - 1, col + 1) });
    else if (key === 'ArrowLeft') moveTo({ row, col: Math.max(0, col - 1) });
    else if (key === 'ArrowDown' || key === 'Enter') moveTo({ row: Math.min(rows - 1, row + 1), col });
    else if (key === 'ArrowUp') moveTo({ row: Math.max(0, row - 1), col });
    else if (key === 'Home') moveTo({ row, col: 0 });
    else if (key === 'End') moveTo({ row, col: cols - 1 });
    else if (key === 'PageDown') moveTo({ row: Math.min(rows - 1, row + 10), col });
    else if (key === 'PageUp') moveTo({ row: Math.max(0, row - 10), col });
    else handled = false;
    if (handled) event.preventDefault();
  };

  const onFocus = (event: FocusEvent<HTMLTableElement>) => {
    const target = event.target as HTMLElement;
    if (target.dataset.col === undefined) return;
    const cell = { row: Number(target.dataset.row), col: Number(target.dataset.col) };
    if (cell.row !== clamped.row || cell.col !== clamped.col) setActive(cell);
  };

  if (rows === 0) {
    return (
      <div className="empty-state" data-testid="score-grid-empty">
        <p className="empty-state__title">No participants yet</p>
        <p>Add who is in the room in Setup; each of them then gets a row here to score the statements.</p>
      </div>
    );
  }
  if (cols === 0) {
    return (
      <div className="empty-state" data-testid="score-grid-empty">
        <p className="empty-state__title">No statements yet</p>
        <p>Add the statements the room will score, one per line, in the list beside this grid.</p>
      </div>
    );
  }

  let rowIndex = 0;
  return (
    <div className="score-grid__scroll">
      <table className="score-grid" role="grid" aria-label="Pulse scores, 1 (strongly disagree) to 5 (strongly agree)" ref={tableRef} onKeyDown={onKeyDown} onFocus={onFocus} data-testid="score-grid">
        <thead>
          <tr>
            <th scope="col" className="score-grid__who">
              Participant
            </th>
            {statements.map((statement, index) => (
              <th key={statement.id} scope="col" className="score-grid__col" title={statement.text}>
                <span aria-hidden="true">{index + 1}</span>
                <span className="visually-hidden">
                  Statement {index + 1}: {statement.text}
                </span>
              </th>
            ))}
            <th scope="col" className="score-grid__done">
              Done
            </th>
          </tr>
        </thead>
        {groups.map(({ team, people }) => (
          <tbody key={team.id} className="score-grid__group">
            <tr>
              <th scope="colgroup" colSpan={cols + 2} className="score-grid__team">
                <TeamBadge team={team} teams={teams} count={people.length} />
              </th>
            </tr>
            {people.map((participant) => {
              const index = rowIndex++;
              const mine = byParticipant.get(participant.id);
              const scoreKey = statementIds.map((id) => mine?.get(id) ?? '').join(',');
              return (
                <ScoreRow
                  key={participant.id}
                  participant={participant}
                  team={team}
                  teams={teams}
                  row={index}
                  statementIds={statementIds}
                  scoreKey={scoreKey}
                  activeCol={index === clamped.row ? clamped.col : -1}
                />
              );
            })}
          </tbody>
        ))}
      </table>
    </div>
  );
}

interface RowProps {
  participant: Participant;
  team: Team;
  teams: Team[];
  row: number;
  statementIds: string[];
  /** The row's scores joined by commas: a primitive, so unchanged rows skip rendering. */
  scoreKey: string;
  activeCol: number;
}

const ScoreRow = memo(function ScoreRow({ participant, team, teams, row, statementIds, scoreKey, activeCol }: RowProps) {
  const values = scoreKey.split(',');
  const done = values.filter(Boolean).length;
  const who = participant.name || `Participant ${row + 1}`;
  return (
    <tr data-testid="score-row" data-participant-id={participant.id}>
      <th scope="row" className="score-grid__who">
        <span className="score-grid__person" style={teamStyle(teamSlot(team, teams))}>
          <span className="score-grid__initial" aria-hidden="true">
            {teamInitials(team.name)}
          </span>
          <span className="score-grid__name truncate" title={`${who} · ${team.name}`}>
            {who}
          </span>
        </span>
      </th>
      {statementIds.map((statementId, col) => {
        const value = values[col] ?? '';
        return (
          <td
            key={statementId}
            className={value ? `score-grid__cell score-grid__cell--${value}` : 'score-grid__cell'}
            tabIndex={col === activeCol ? 0 : -1}
            data-row={row}
            data-col={col}
            aria-label={`${who}, statement ${col + 1}: ${value || 'no score'}`}
          >
            {value || <span className="score-grid__blank" aria-hidden="true">·</span>}
          </td>
        );
      })}
      <td className={done === statementIds.length ? 'score-grid__done score-grid__done--all' : 'score-grid__done'}>
        {done}/{statementIds.length}
      </td>
    </tr>
  );
});
