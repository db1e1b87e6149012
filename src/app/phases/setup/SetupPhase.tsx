/** Setup: the facts of the day and who is in the room. */
import type { PhaseViewProps } from '../phaseViews';
import { ParticipantsTable } from './ParticipantsTable';
import { SetupDetailsForm } from './SetupDetailsForm';

export function SetupPhase({ readOnly }: PhaseViewProps) {
  return (
    <div className="setup">
      <SetupDetailsForm readOnly={readOnly} />
      <ParticipantsTable readOnly={readOnly} />
    </div>
  );
}
