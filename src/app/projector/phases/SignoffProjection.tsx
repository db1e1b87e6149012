/**
 * What the room sees in Sign-off: the charter page under review while the room reads it,
 * otherwise who has signed, large: the sponsor first, then everyone by team, each signed,
 * absent or waiting (by mark and word, never colour alone), spread across the wall's width. Never a dialog, a name being typed
 * or a file path: those stay on the facilitator's laptop.
 */
import { useCallback, useMemo, useState } from 'react';
import { displayName } from '../../../domain/displayNames';
import { isCharterFinal } from '../../../domain/signoff';
import type { Workshop } from '../../../domain/workshopSchema';
import { CharterProjection } from '../../charter/CharterProjection';
import { buildRoster, type RosterEntry } from '../../phases/signoff/signoffRoster';
import { useCharterRecord } from '../../phases/signoff/useCharterRecord';
import { teamInitials, teamSlot, teamStyle } from '../../theme/teamColours';
import { useWorkshop } from '../../stores/workshopSelectors';
import '../../phases/signoff/signoffProjection.css';

const selectWorkshop = (s: { snapshot: { workshop: Workshop } | null }) => s.snapshot?.workshop ?? null;

export function SignoffProjection() {
  const workshop = useWorkshop(selectWorkshop);
  const charter = useCharterRecord();
  if (!workshop) return null;
  const section = workshop.signoff.reviewSection;
  const page = workshop.signoff.reviewPage;

  if (section !== null) {
    return (
      <div className="ps ps--review" data-testid="signoff-projection" data-mode="review" data-section={section} data-page={page}>
        {charter.status === 'ready' && <CharterProjection record={charter.record} sectionId={section} page={page} />}
        {charter.status === 'loading' && <p className="ps-message">Preparing the charter…</p>}
        {charter.status === 'failed' && <p className="ps-message">{charter.message}</p>}
      </div>
    );
  }
  return <SignoffRoster workshop={workshop} />;
}

/** How many one-line rows and columns fit in the roster's area, measured (the header above it varies with the title). */
function useGridThatFits(): { ref: (element: HTMLDivElement | null) => void; rows: number; maxColumns: number } {
  const [rows, setRows] = useState(() => Math.max(3, Math.floor((window.innerHeight * 0.55) / estimatedRowHeight())));
  const [maxColumns, setMaxColumns] = useState(() => columnsFor(window.innerWidth * 0.9));
  const ref = useCallback((element: HTMLDivElement | null) => {
    if (!element) return;
    const measure = () => {
      const row = element.querySelector<HTMLElement>('.ps-signer')?.offsetHeight || estimatedRowHeight();
      setRows(Math.max(2, Math.floor(element.clientHeight / row)));
      setMaxColumns(columnsFor(element.clientWidth));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, rows, maxColumns };
}

/** Columns wide enough for a name and its status word at the room's type size: three on a 1080p wall, two at 720p. */
const columnsFor = (width: number) => Math.min(4, Math.max(1, Math.floor(width / 470)));

/** A column holds at most this many names before the next one starts: a short list spreads across the wall instead of running down one side. */
const ROWS_BEFORE_SPREADING = 6;

/** One row: the body size (≥ 28 px) at 1.2 line height, its padding and border. */
const estimatedRowHeight = () => Math.max(28, window.innerHeight * 0.028) * 1.55 + 2;

function SignoffRoster({ workshop }: { workshop: Workshop }) {
  const { participants, teams, rhythm, signoff } = workshop;
  const roster = useMemo(() => buildRoster({ participants, teams, rhythm, signoff }), [participants, teams, rhythm, signoff]);
  const { ref, rows, maxColumns } = useGridThatFits();
  const final = isCharterFinal(workshop);
  const total = roster.entries.length;
  // The sponsors stand on their own line above everyone else: they sign first.
  const sponsors = roster.entries.filter((e) => e.sponsor);
  const others = roster.entries.filter((e) => !e.sponsor);
  const capacity = rows * maxColumns;
  const shown = others.length > capacity ? others.slice(0, capacity - 1) : others;
  const cells = shown.length + (shown.length < others.length ? 1 : 0);
  const columns = Math.min(maxColumns, Math.max(1, Math.ceil(cells / rows), Math.ceil(cells / ROWS_BEFORE_SPREADING)));
  // Balanced columns: nine names read as 5 + 4, not 8 + 1.
  const rowsUsed = Math.max(1, Math.ceil(cells / columns));

  return (
    <div className="ps" data-testid="signoff-projection" data-mode="roster">
      <p className="ps-summary" data-testid="projected-signoff-summary">
        <span className="ps-summary__version">Charter version {signoff.charterVersion}</span>
        <span className="ps-summary__count">
          {roster.signed} of {total} signed
          {roster.absent > 0 && ` · ${roster.absent} absent`}
        </span>
        {final && <span className="ps-summary__final">✓ Final</span>}
      </p>
      {total === 0 ? (
        <p className="ps-message">The participants appear here once they are added.</p>
      ) : (
        <>
          {sponsors.length > 0 && (
            <ol className="ps-sponsors" aria-label={sponsors.length === 1 ? 'Sponsor, signs first' : 'Sponsors, sign first'}>
              {sponsors.map((entry) => (
                <ProjectedSigner key={entry.participant.id} entry={entry} teams={teams} />
              ))}
            </ol>
          )}
          <div className="ps-roster-area" ref={ref}>
            <ol className="ps-roster" style={{ '--ps-columns': columns, '--ps-rows': rowsUsed } as Record<string, number>}>
              {shown.map((entry) => (
                <ProjectedSigner key={entry.participant.id} entry={entry} teams={teams} />
              ))}
              {shown.length < others.length && <li className="ps-more">and {others.length - shown.length} more</li>}
            </ol>
          </div>
        </>
      )}
    </div>
  );
}

const STATUS_WORDS = { signed: 'signed', absent: 'absent', waiting: 'waiting' } as const;

function ProjectedSigner({ entry, teams }: { entry: RosterEntry; teams: Workshop['teams'] }) {
  const { participant, team, sponsor, status } = entry;
  return (
    <li className={`ps-signer ps-signer--${status.kind}`} data-testid="projected-signer" data-status={status.kind} data-sponsor={sponsor || undefined}>
      <StatusMark kind={status.kind} />
      <span className="ps-signer__name">{displayName(participant.name, 'participant')}</span>
      {team && (
        <span className="ps-signer__team" style={teamStyle(teamSlot(team, teams))} title={team.name}>
          <span aria-hidden="true">{teamInitials(team.name)}</span>
          <span className="visually-hidden">{team.name}</span>
        </span>
      )}
      {sponsor && <span className="ps-signer__sponsor">sponsor · signs first</span>}
      <span className="ps-signer__status">
        <span className="visually-hidden">: </span>
        {STATUS_WORDS[status.kind]}
      </span>
    </li>
  );
}

/** A filled ring with a check (signed), a ring with a dash (absent), a dashed ring (waiting). */
function StatusMark({ kind }: { kind: RosterEntry['status']['kind'] }) {
  return (
    <svg className="ps-signer__mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {kind === 'signed' && (
        <>
          <circle cx="12" cy="12" r="11" fill="currentColor" />
          <path d="M6.8 12.4l3.4 3.4 7-7.3" fill="none" stroke="#fff" strokeWidth="2.6" strokeLinecap="round" strokeLinejoin="round" />
        </>
      )}
      {kind === 'absent' && (
        <>
          <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M7.5 12h9" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" />
        </>
      )}
      {kind === 'waiting' && <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" strokeWidth="2" strokeDasharray="3.2 3" />}
    </svg>
  );
}
