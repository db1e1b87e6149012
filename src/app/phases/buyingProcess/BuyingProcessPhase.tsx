/** Placeholder until this phase is built. */
import { PhasePlaceholder } from '../PhasePlaceholder';
import type { PhaseViewProps } from '../phaseViews';

export function BuyingProcessPhase(props: PhaseViewProps) {
  return <PhasePlaceholder {...props} />;
}
