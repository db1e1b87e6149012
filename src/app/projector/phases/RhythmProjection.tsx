/** What the room reads during Operating rhythm: the sponsors by name, the meetings as a rhythm, the glossary. */
import { selectGlossary, selectInsightLoops, selectMeetings, selectParticipants, selectSponsors, selectTeams, useWorkshop } from '../../stores/workshopSelectors';
import { nounFor } from '../../../domain/countNoun';
import { useMemo, useRef } from 'react';
import { useLargestThatFits } from './useLargestThatFits';
import { useWindowSize } from './useWindowSize';
import { byCadence } from '../../../domain/cadenceOrder';
import { displayName, sponsorName } from '../../../domain/displayNames';
import { TeamBadge } from '../../components/TeamBadge';
import '../../phases/common/projection.css';
import '../../phases/rhythm/rhythmProjection.css';

export function RhythmProjection() {
  const sponsors = useWorkshop(selectSponsors);
  const meetings = useWorkshop(selectMeetings);
  const glossary = useWorkshop(selectGlossary);
  const insightLoops = useWorkshop(selectInsightLoops);
  const teams = useWorkshop(selectTeams);
  const participants = useWorkshop(selectParticipants);
  const ordered = useMemo(() => byCadence(meetings), [meetings]);
  const size = useWindowSize();
  const meetingsRef = useRef<HTMLOListElement>(null);
  const glossaryRef = useRef<HTMLDListElement>(null);
  // As many meetings and words as the wall holds; the rest are counted.
  const { count: meetingsShown } = useLargestThatFits(meetingsRef, Math.max(1, Math.min(5, ordered.length)), [ordered, sponsors, insightLoops, size.width, size.height]);
  const { count: glossaryShown } = useLargestThatFits(glossaryRef, Math.max(1, Math.min(5, glossary.length)), [glossary, sponsors, size.width, size.height]);
  if (sponsors.length + meetings.length + glossary.length + insightLoops.length === 0) {
    return <p className="pj-empty">How do we keep talking after today? Joint meetings, insight loops, a shared glossary, and the executives who sponsor it all.</p>;
  }
  const teamName = (id: string | null) => teams.find((t) => t.id === id)?.name ?? '…';
  return (
    <div className="pj-rhythm" data-testid="rhythm-projection">
      {sponsors.length > 0 && (
        <section className="pj-rhythm__sponsors" aria-label="Executive sponsors">
          <p className="pj-label">{nounFor(sponsors.length, { one: 'Executive sponsor', other: 'Executive sponsors' })}</p>
          <ul className="pj-sponsors">
            {sponsors.map((s) => {
              const participant = participants.find((p) => p.id === s.participantId);
              const team = participant ? teams.find((t) => t.id === participant.teamId) : undefined;
              return (
                <li key={s.id} className="pj-sponsor">
                  <span className="pj-sponsor__name">{sponsorName(s, participants)}</span>
                  {s.role && <span className="pj-sponsor__role">{s.role}</span>}
                  {team && (
                    <span className="pj-team">
                      <TeamBadge team={team} teams={teams} />
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <div className="pj-rhythm__columns">
        {ordered.length > 0 && (
          <section aria-label="Joint meetings" className="pj-rhythm__meetings">
            <p className="pj-label">Our rhythm</p>
            <ol className="pj-meetings" ref={meetingsRef}>
              {ordered.slice(0, meetingsShown).map((m) => (
                <li key={m.id} className="pj-meeting">
                  <span className="pj-meeting__cadence">{m.cadence || 'Cadence to agree'}</span>
                  <span className="pj-meeting__what">
                    <span className="pj-meeting__name">{displayName(m.name, 'meeting')}</span>
                    {m.purpose && <span className="pj-meeting__purpose">{m.purpose}</span>}
                  </span>
                </li>
              ))}
            </ol>
            {ordered.length > meetingsShown && <p className="pj-more">and {ordered.length - meetingsShown} more {ordered.length - meetingsShown === 1 ? 'meeting' : 'meetings'}</p>}
            {insightLoops.length > 0 && (
              <p className="pj-rhythm__loops">
                {insightLoops.slice(0, 2).map((l, i) => (
                  <span key={l.id}>
                    {i > 0 && ' · '}
                    {l.information || 'Insight'}: {teamName(l.fromTeamId)} → {teamName(l.toTeamId)}
                    {l.frequency && `, ${l.frequency.charAt(0).toLowerCase()}${l.frequency.slice(1)}`}
                  </span>
                ))}
              </p>
            )}
          </section>
        )}
        {glossary.length > 0 && (
          <section aria-label="Glossary" className="pj-rhythm__glossary">
            <p className="pj-label">Our words</p>
            <dl className="pj-glossary" ref={glossaryRef}>
              {glossary.slice(0, glossaryShown).map((g) => (
                <div key={g.id}>
                  <dt>{g.term || '…'}</dt>
                  <dd>{g.definition}</dd>
                </div>
              ))}
            </dl>
            {glossary.length > glossaryShown && <p className="pj-more">and {glossary.length - glossaryShown} more {glossary.length - glossaryShown === 1 ? 'word' : 'words'}</p>}
          </section>
        )}
      </div>
    </div>
  );
}
