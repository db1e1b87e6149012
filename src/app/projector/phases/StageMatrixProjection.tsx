/**
 * The RACI matrix of the stage the facilitator is working in, as the room reads it: the stage
 * (its place among all, its name and lead), then a row per activity with each team's role
 * letter. As many rows as fit at the room's type size; the rest are counted. When the
 * facilitator edits an activity below those rows, the wall shows the run that ends with it.
 */
import { useRef } from 'react';
import { stageLead } from '../../../domain/checkResponsibilities';
import { displayName } from '../../../domain/displayNames';
import { RACI_ROLE_LABELS, RACI_ROLE_ORDER } from '../../../domain/labels';
import type { Activity, Stage, Team } from '../../../domain/workshopSchema';
import { teamInitials, teamSlot, teamStyle } from '../../theme/teamColours';
import { useFollowedWindow } from './useFollowedWindow';
import { useLargestThatFits } from './useLargestThatFits';
import { useWindowSize } from './useWindowSize';

/** The most rows the wall lists when it has the height. */
const MOST_ROWS = 10;

interface StageMatrixProjectionProps {
  stage: Stage;
  index: number;
  stageCount: number;
  teams: readonly Team[];
  activities: readonly Activity[];
}

export function StageMatrixProjection({ stage, index, stageCount, teams, activities }: StageMatrixProjectionProps) {
  const size = useWindowSize();
  const boxRef = useRef<HTMLDivElement>(null);
  const { count } = useLargestThatFits(boxRef, MOST_ROWS, [stage.id, activities, teams, size.width, size.height]);
  // One row gives way to "and N more" when not all fit.
  const rows = activities.length > count ? Math.max(1, count - 1) : count;
  const { start, shown } = useFollowedWindow(activities, rows);
  const hidden = activities.length - shown.length;
  const teamName = (id: string) => teams.find((t) => t.id === id)?.name ?? 'a team that was removed';
  const lead = stageLead(stage);
  // A team can hold more than one role in an activity (R and A, say): the wall shows each.
  const rolesOf = (activity: Activity, teamId: string) => RACI_ROLE_ORDER.filter((role) => activity.roles.some((r) => r.teamId === teamId && r.role === role));

  return (
    <div className="pj-matrix" data-testid="projector-stage-matrix" data-stage-id={stage.id}>
      <p className="pj-matrix__stage">
        <span className="pj-matrix__number">
          Stage {index + 1} of {stageCount}
        </span>
        <bdi className="pj-matrix__name">{displayName(stage.name, 'stage')}</bdi>
        <span className={`pj-matrix__lead${lead.kind === 'contested' ? ' is-contested' : ''}`}>
          {lead.kind === 'team' ? `Lead: ${teamName(lead.teamId)}` : lead.kind === 'shared' ? 'Lead: shared' : lead.kind === 'contested' ? `⚠ Claimed by ${lead.teamIds.map(teamName).join(' and ')}` : 'No lead yet'}
        </span>
      </p>
      {activities.length === 0 ? (
        <p className="pj-matrix__empty">No activities at this stage yet: name what each team does here.</p>
      ) : (
        <div className="pj-matrix__box" ref={boxRef}>
          <table className="pj-matrix__table" style={{ '--pj-matrix-teams': String(teams.length) } as Record<string, string>}>
            <thead>
              <tr>
                <th scope="col" className="pj-matrix__activity-head">
                  Activity
                </th>
                {teams.map((team) => (
                  <th key={team.id} scope="col" className="pj-matrix__team" style={teamStyle(teamSlot(team, teams))}>
                    <span className="pj-matrix__initial" aria-hidden="true">
                      {teamInitials(team.name)}
                    </span>
                    <bdi className="pj-matrix__team-name">{team.name}</bdi>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((activity) => (
                <tr key={activity.id} data-testid="projector-matrix-row">
                  <th scope="row" className="pj-matrix__activity" title={activity.name}>
                    <bdi>{displayName(activity.name, 'activity')}</bdi>
                  </th>
                  {teams.map((team) => {
                    return (
                      <td key={team.id} className="pj-matrix__cell" style={teamStyle(teamSlot(team, teams))}>
                        {rolesOf(activity, team.id).map((role) => (
                          <abbr key={role} className={`swimlanes__role swimlanes__role--${role} pj-matrix__role`} title={RACI_ROLE_LABELS[role]}>
                            {role}
                          </abbr>
                        ))}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {hidden > 0 && (
        <p className="pj-matrix__more" data-testid="projector-matrix-more">
          {start > 0 ? `Activities ${start + 1}–${start + shown.length} of ${activities.length}` : `and ${hidden} more ${hidden === 1 ? 'activity' : 'activities'}`}
        </p>
      )}
    </div>
  );
}
