/** Stands in for a phase that the guided workshop has not built yet. */
import { PHASES } from '../../domain/phases';
import type { PhaseId } from '../../domain/workshopSchema';
import { Icon } from '../components/Icon';

export function PhasePlaceholder({ phase }: { phase: PhaseId; readOnly?: boolean }) {
  return (
    <div className="phase-placeholder" data-testid="phase-placeholder">
      <Icon name="layers" />
      <p className="empty-state__title">{PHASES[phase].label}</p>
      <p>{PHASES[phase].purpose} The projector shows this step to the room; the charter and signatures are recorded in the next version of Accord.</p>
    </div>
  );
}
