/**
 * What the room sees in Sign-off: the charter page under review while the room reads it,
 * otherwise who has signed, large: the sponsor first, then everyone by team, each signed,
 * absent or waiting (by mark and word, never colour alone), in type as large as the wall allows
 * for the number of people. Never a dialog, a name being typed or a file path: those stay on the facilitator's laptop.
 */
import { useMemo } from 'react';
import { displayName } from '../../../domain/displayNames';
import { isCharterFinal } from '../../../domain/signoff';
import type { Workshop } from '../../../domain/workshopSchema';
import { CharterProjection } from '../../charter/CharterProjection';
import { buildRoster, type RosterEntry } from '../../phases/signoff/signoffRoster';
import { useCharterRecord } from '../../phases/signoff/useCharterRecord';
import { useRosterFit } from '../../phases/signoff/useRosterFit';
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

function SignoffRoster({ workshop }: { workshop: Workshop }) {
  const { participants, teams, rhythm, signoff } = workshop;
  const roster = useMemo(() => buildRoster({ participants, teams, rhythm, signoff }), [participants, teams, rhythm, signoff]);
  const final = isCharterFinal(workshop);
  const total = roster.entries.length;
  // What the layout depends on: the names, their teams and their status words.
  const contentKey = roster.entries.map((e) => `${e.participant.name}\u0000${e.team?.name ?? ''}\u0000${e.status.kind}\u0000${e.sponsor}`).join('\u0001');
  const { areaRef, limit } = useRosterFit(contentKey);
  // The sponsors stand on their own line above everyone else: they sign first.
  const sponsors = roster.entries.filter((e) => e.sponsor);
  const others = roster.entries.filter((e) => !e.sponsor);
  const shown = limit === null ? others : others.slice(0, limit);

  const summary = (
    <p className="ps-summary" data-testid="projected-signoff-summary">
      <span className="ps-summary__version">Charter version {signoff.charterVersion}</span>
      <span className="ps-summary__count">
        {roster.signed} of {total} signed
        {roster.absent > 0 && ` · ${roster.absent} absent`}
      </span>
      {final && <span className="ps-summary__final">✓ Final</span>}
    </p>
  );

  return (
    <div className="ps" data-testid="signoff-projection" data-mode="roster">
      {total === 0 ? (
        <>
          {summary}
          <p className="ps-message">The participants appear here once they are added.</p>
        </>
      ) : (
        <div className="ps-roster-area" ref={areaRef}>
          {/* The sponsors share the summary's line when it has room: forty names need the height below. */}
          <div className="ps-head">
            {summary}
            {sponsors.length > 0 && (
              <ol className="ps-sponsors" aria-label={sponsors.length === 1 ? 'Sponsor, signs first' : 'Sponsors, sign first'}>
                {sponsors.map((entry) => (
                  <ProjectedSigner key={entry.participant.id} entry={entry} teams={teams} />
                ))}
              </ol>
            )}
          </div>
          {others.length > 0 && (
            <ol className="ps-roster">
              {shown.map((entry) => (
                <ProjectedSigner key={entry.participant.id} entry={entry} teams={teams} />
              ))}
              {shown.length < others.length && <li className="ps-more">and {others.length - shown.length} more</li>}
            </ol>
          )}
        </div>
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
      {/*
        One flowing block: the team and the status word float right of the first line (a column
        down the wall), so a long name wraps under them and uses the full width.
      */}
      <span className="ps-signer__text">
        <span className="ps-signer__aside">
          {team && (
            <span className="ps-signer__team" style={teamStyle(teamSlot(team, teams))} title={team.name} aria-hidden="true">
              {teamInitials(team.name)}
            </span>
          )}
          <span className="ps-signer__status">{STATUS_WORDS[status.kind]}</span>
        </span>
        <span className="visually-hidden">: </span>
        <span className="ps-signer__name" dir="auto">
          {displayName(participant.name, 'participant')}
        </span>
        {team && <span className="visually-hidden">, {team.name}</span>}
        {sponsor && <span className="ps-signer__sponsor">sponsor · signs first</span>}
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
