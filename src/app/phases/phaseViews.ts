/** Which component shows each phase on the console; later issues swap placeholders for the real phases. */
import type { ComponentType } from 'react';
import type { PhaseId } from '../../domain/workshopSchema';
import { PhasePlaceholder } from './PhasePlaceholder';
import { SetupPhase } from './setup/SetupPhase';

export interface PhaseViewProps {
  phase: PhaseId;
  readOnly: boolean;
}

export const PHASE_VIEWS = {
  setup: SetupPhase,
  pulse: PhasePlaceholder,
  buyingProcess: PhasePlaceholder,
  responsibilities: PhasePlaceholder,
  handoff: PhasePlaceholder,
  bestCustomers: PhasePlaceholder,
  goals: PhasePlaceholder,
  rhythm: PhasePlaceholder,
  actions: PhasePlaceholder,
  signoff: PhasePlaceholder,
} satisfies Record<PhaseId, ComponentType<PhaseViewProps>>;
