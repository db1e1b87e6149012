/** The check-in's before and after (null for a first workshop), recomputed only when the review, the pulse, the people or the teams change. */
import { useMemo } from 'react';
import { compareCheckIn, type CheckInComparison } from '../../../domain/compareCheckIn';
import { selectCheckIn, selectParticipants, selectPulse, selectTeams, useWorkshop } from '../../stores/workshopSelectors';

export function useCheckInComparison(): CheckInComparison | null {
  const checkIn = useWorkshop(selectCheckIn);
  const pulse = useWorkshop(selectPulse);
  const participants = useWorkshop(selectParticipants);
  const teams = useWorkshop(selectTeams);
  return useMemo(() => compareCheckIn({ checkIn, pulse, participants, teams }), [checkIn, pulse, participants, teams]);
}
