/** What the room sees in Since last time: the share of last time's actions done, and the hand-off commitments met. */
import { useMemo } from 'react';
import { compareCheckIn } from '../../../domain/compareCheckIn';
import { selectCheckIn, selectParticipants, selectPulse, selectTeams, useWorkshop } from '../../stores/workshopSelectors';

export function SinceLastTimeProjection() {
  const checkIn = useWorkshop(selectCheckIn);
  const pulse = useWorkshop(selectPulse);
  const participants = useWorkshop(selectParticipants);
  const teams = useWorkshop(selectTeams);
  const comparison = useMemo(() => compareCheckIn({ checkIn, pulse, participants, teams }), [checkIn, pulse, participants, teams]);
  if (comparison === null) return <p className="pa-empty">Nothing to look back on: this is the first workshop.</p>;
  const { actions, commitments } = comparison;
  return (
    <div data-testid="since-last-time-projection">
      <p>
        {actions.counts.done} of {actions.agreed} actions done
      </p>
      <p>
        {commitments.met} commitments met, {commitments.missed} missed
      </p>
    </div>
  );
}
