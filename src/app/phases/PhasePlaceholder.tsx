/** Stands in for a phase that the guided workshop has not built yet. */
import { PHASES } from '../../domain/phases';
import type { PhaseId } from '../../domain/workshopSchema';
import { Icon } from '../components/Icon';

export function PhasePlaceholder({ phase }: { phase: PhaseId; readOnly?: boolean }) {
  return (
    <div className="phase-placeholder" data-testid="phase-placeholder">
      <Icon name="layers" />
      <p className="empty-state__title">{PHASES[phase].label} is coming in the guided workshop</p>
      <p>This phase gets its own tools soon. For now the projector shows its name and purpose, so the room knows where it is.</p>
    </div>
  );
}
