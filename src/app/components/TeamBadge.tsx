/** A team's colour always comes with its initials and name, never alone. */
import type { Team } from '../../domain/workshopSchema';
import { teamInitials, teamSlot, teamStyle } from '../theme/teamColours';

export function TeamBadge({ team, teams, count }: { team: Team; teams: readonly Team[]; count?: number }) {
  return (
    <span className="team-badge" style={teamStyle(teamSlot(team, teams))} title={team.name}>
      <span className="team-badge__initial" aria-hidden="true">
        {teamInitials(team.name)}
      </span>
      <span className="team-badge__name">
        {team.name}
        {count !== undefined && ` · ${count}`}
      </span>
    </span>
  );
}
