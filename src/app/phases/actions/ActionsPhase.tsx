/** Placeholder until this phase is built. */
import { PhasePlaceholder } from '../PhasePlaceholder';
import type { PhaseViewProps } from '../phaseViews';

export function ActionsPhase(props: PhaseViewProps) {
  return <PhasePlaceholder {...props} />;
}
