/**
 * What the room sees while the day opens: when and where, the agenda with its time boxes, and
 * who is here, team by team (how many, then the names in columns; a team larger than the wall
 * holds says how many more).
 */
import { useMemo, useRef } from 'react';
import { displayName } from '../../../domain/displayNames';
import { PHASES } from '../../../domain/phases';
import type { Participant, Team } from '../../../domain/workshopSchema';
import { selectAgenda, selectParticipants, selectSetup, selectTeams, useWorkshop } from '../../stores/workshopSelectors';
import { formatDay } from '../../phases/actions/format';
import { teamInitials, teamSlot, teamStyle } from '../../theme/teamColours';
import { useLargestThatFits } from './useLargestThatFits';
import { useWindowSize } from './useWindowSize';
import '../../phases/common/projection.css';
import '../../phases/setup/setupProjection.css';

/** Rows of names per team at most, when the wall has the room. */
const MOST_ROWS = 4;

export function SetupProjection() {
  const setup = useWorkshop(selectSetup);
  const agenda = useWorkshop(selectAgenda);
  const teams = useWorkshop(selectTeams);
  const participants = useWorkshop(selectParticipants);
  const size = useWindowSize();
  const peopleRef = useRef<HTMLDivElement>(null);
  const { count: rows } = useLargestThatFits(peopleRef, MOST_ROWS, [teams, participants, size.width, size.height]);
  const byTeam = useMemo(() => teams.map((team) => ({ team, people: participants.filter((p) => p.teamId === team.id) })).filter((t) => t.people.length > 0), [teams, participants]);
  const included = agenda.filter((item) => item.included);
  const total = included.reduce((sum, item) => sum + item.minutes, 0);
  // Name columns at least fourteen characters of the room's type wide, in the people's two thirds of the wall: most names then take one line.
  const columns = Math.max(1, Math.floor((size.width * 0.92 * (2 / 3)) / (Math.max(28, size.height * 0.026) * 14)));
  const when = [setup?.date ? formatDay(setup.date) : '', setup?.venue ?? '', setup?.facilitator ? `Facilitated by ${setup.facilitator}` : ''].filter(Boolean);

  return (
    <div className="pj-setup" data-testid="setup-projection">
      {when.length > 0 && <p className="pj-setup__when">{when.join(' · ')}</p>}
      <div className="pj-setup__columns">
        <section className="pj-setup__agenda" aria-labelledby="pj-setup-agenda">
          <h2 id="pj-setup-agenda" className="pj-label">
            Today · {formatDuration(total)}
          </h2>
          <ol className="pj-agenda">
            {included.map((item) => (
              <li key={item.id} className="pj-agenda__item">
                <span className="pj-agenda__name">{PHASES[item.phase].label}</span>
                <span className="pj-agenda__minutes">{item.minutes} min</span>
              </li>
            ))}
          </ol>
        </section>
        <section className="pj-setup__people" aria-labelledby="pj-setup-people">
          <h2 id="pj-setup-people" className="pj-label">
            In the room · {participants.length}
          </h2>
          {byTeam.length === 0 ? (
            <p className="pj-empty">The people in the room appear here as they are added.</p>
          ) : (
            <div className="pj-setup__teams" ref={peopleRef}>
              {byTeam.map(({ team, people }) => (
                <TeamPeople key={team.id} team={team} teams={teams} people={people} capacity={rows * columns} columns={columns} />
              ))}
            </div>
          )}
        </section>
      </div>
    </div>
  );
}

function TeamPeople({ team, teams, people, capacity, columns }: { team: Team; teams: readonly Team[]; people: Participant[]; capacity: number; columns: number }) {
  const shown = people.length > capacity ? people.slice(0, Math.max(1, capacity - 1)) : people;
  const hidden = people.length - shown.length;
  return (
    <section className="pj-team-people" style={teamStyle(teamSlot(team, teams))} aria-label={`${team.name}, ${people.length}`}>
      <p className="pj-team-people__head" aria-hidden="true">
        <span className="pj-team-people__initial">{teamInitials(team.name)}</span>
        <span className="pj-team-people__name">{team.name}</span>
        <span className="pj-team-people__count">{people.length}</span>
      </p>
      <ul className="pj-team-people__names" style={{ '--pj-name-columns': String(columns) } as Record<string, string>}>
        {shown.map((p) => (
          <li key={p.id} title={p.name}>
            <bdi>{displayName(p.name, 'participant')}</bdi>
          </li>
        ))}
        {hidden > 0 && <li className="pj-team-people__more">and {hidden} more</li>}
      </ul>
    </section>
  );
}

function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return hours === 0 ? `${rest} min` : rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
