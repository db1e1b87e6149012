/** What the room reads during Hand-off: the lead definitions side by side and the follow-up promise in large type. */
import { selectHandoffs, selectStages, selectTeams, useWorkshop } from '../../stores/workshopSelectors';
import { displayName } from '../../../domain/displayNames';
import { nounFor } from '../../../domain/countNoun';
import { NOUNS } from '../../../domain/labels';
import type { Handoff, Team, Workshop } from '../../../domain/workshopSchema';
import { useRef } from 'react';
import { TeamBadge } from '../../components/TeamBadge';
import { useLargestThatFits } from './useLargestThatFits';
import { useWindowSize } from './useWindowSize';
import '../../phases/common/projection.css';
import '../../phases/handoff/handoffProjection.css';

/** Criteria listed per definition at most; fewer when the wall has no room for them (then "and N more"). */
const MAX_CRITERIA = 12;

export function HandoffProjection() {
  const handoffs = useWorkshop(selectHandoffs);
  const teams = useWorkshop(selectTeams);
  const stages = useWorkshop(selectStages);
  const workshop = { teams, stages };
  const size = useWindowSize();
  const definitionsRef = useRef<HTMLOListElement>(null);
  const main = handoffs.find((h) => h.kind === 'handoff') ?? handoffs[0];
  const longest = Math.max(1, ...(main?.leadDefinitions.map((d) => d.criteria.length) ?? []));
  const { count: criteriaShown } = useLargestThatFits(definitionsRef, Math.min(MAX_CRITERIA, longest), [main, teams, stages, size.width, size.height]);
  if (!main) {
    return <p className="pj-empty">No hand-off agreed yet. Together we write down when a lead is ready for sales, and what happens next.</p>;
  }
  const others = handoffs.filter((h) => h !== main);
  return (
    <div className="pj-handoff" data-testid="handoff-projection">
      <Route handoff={main} workshop={workshop} others={others} />
      {main.leadDefinitions.length > 0 ? (
        <ol className="pj-handoff__definitions" ref={definitionsRef} data-count={Math.min(main.leadDefinitions.length, 4)}>
          {main.leadDefinitions.map((d) => (
            <li key={d.id} className="pj-definition" data-testid="projected-lead-definition">
              <p className="pj-definition__short">{displayName(d.shortName || d.name, 'definition')}</p>
              {d.shortName && d.name && <p className="pj-definition__name">{d.name}</p>}
              {d.criteria.length > 0 && (
                <ul className="pj-definition__criteria">
                  {d.criteria.slice(0, criteriaShown).map((c, i) => (
                    <li key={i}>
                      <span className="pj-clamp">{c}</span>
                    </li>
                  ))}
                  {d.criteria.length > criteriaShown && <li className="pj-definition__more">and {d.criteria.length - criteriaShown} more</li>}
                </ul>
              )}
            </li>
          ))}
        </ol>
      ) : (
        <p className="pj-empty">The lead definitions for this hand-off are still to be agreed.</p>
      )}
      <Commitment handoff={main} teams={workshop.teams} />
    </div>
  );
}

function stageName(workshop: Pick<Workshop, 'stages'>, id: string): string {
  return workshop.stages.find((s) => s.id === id)?.name || 'a stage';
}

function Route({ handoff, workshop, others }: { handoff: Handoff; workshop: Pick<Workshop, 'teams' | 'stages'>; others: Handoff[] }) {
  const from = workshop.teams.find((t) => t.id === handoff.fromTeamId);
  const to = workshop.teams.find((t) => t.id === handoff.toTeamId);
  return (
    <p className="pj-handoff__route">
      <span className="pj-handoff__stages">
        {stageName(workshop, handoff.fromStageId)} <span aria-label="to">→</span> {stageName(workshop, handoff.toStageId)}
      </span>
      {from && to && (
        <span className="pj-handoff__teams">
          <TeamBadge team={from} teams={workshop.teams} /> <span aria-label="to">→</span> <TeamBadge team={to} teams={workshop.teams} />
        </span>
      )}
      {others.length > 0 && (
        <span className="pj-handoff__others">
          also {others.length === 1 ? (others[0]!.kind === 'handback' ? 'a hand-back' : 'a hand-off') : `${others.length} more hand-off points`}
        </span>
      )}
    </p>
  );
}

function Commitment({ handoff, teams }: { handoff: Handoff; teams: readonly Team[] }) {
  const to = teams.find((t) => t.id === handoff.toTeamId)?.name ?? 'The receiving team';
  const { followUpHours: hours, followUpAttempts: attempts, volumePerPeriod: volume } = handoff;
  if (hours === null && attempts === null && volume === null) return null;
  return (
    <div className="pj-commitment" data-testid="projected-commitment">
      {(hours !== null || attempts !== null) && (
        <p className="pj-commitment__main">
          {to} follows up
          {hours !== null && (
            <>
              {' '}within <strong className="pj-commitment__number">{hours}</strong> {nounFor(hours, NOUNS.businessHour)}
            </>
          )}
          {attempts !== null && (
            <>
              {hours !== null ? ', ' : ' with '}
              <strong className="pj-commitment__number">{attempts}</strong> {nounFor(attempts, NOUNS.attempt)}
            </>
          )}
        </p>
      )}
      {volume !== null && (
        <p className="pj-commitment__volume">
          <strong>{volume.toLocaleString()}</strong> leads per {handoff.volumePeriod}
        </p>
      )}
    </div>
  );
}
