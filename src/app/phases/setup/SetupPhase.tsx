/** Setup: the facts of the day, who is in the room, the teams, the agenda and where the buying process starts. */
import type { PhaseViewProps } from '../phaseViews';
import { AgendaEditor } from './AgendaEditor';
import { ParticipantsTable } from './ParticipantsTable';
import { SetupDetailsForm } from './SetupDetailsForm';
import { TeamsEditor } from './TeamsEditor';
import { TemplateCard } from './TemplateCard';

export function SetupPhase({ readOnly }: PhaseViewProps) {
  return (
    <div className="setup">
      <SetupDetailsForm readOnly={readOnly} />
      <div className="setup__planning">
        <AgendaEditor readOnly={readOnly} />
        <div className="setup__side">
          <TeamsEditor readOnly={readOnly} />
          <TemplateCard readOnly={readOnly} />
        </div>
      </div>
      <ParticipantsTable readOnly={readOnly} />
    </div>
  );
}
