/** A phase shown by its name and purpose alone, with no editor of its own. */
import { PHASES } from '../../domain/phases';
import type { PhaseId } from '../../domain/workshopSchema';
import { Icon } from '../components/Icon';

export function PhasePlaceholder({ phase }: { phase: PhaseId; readOnly?: boolean }) {
  return (
    <div className="phase-placeholder" data-testid="phase-placeholder">
      <Icon name="layers" />
      <p className="empty-state__title">{PHASES[phase].label}</p>
      <p>The room reviews the agreements made today, and each participant signs the charter, the sponsor first.</p>
    </div>
  );
}
