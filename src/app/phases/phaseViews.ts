/** Which component shows each phase on the console. */
import type { ComponentType } from 'react';
import type { PhaseId } from '../../domain/workshopSchema';
import { SetupPhase } from './setup/SetupPhase';
import { PulsePhase } from './pulse/PulsePhase';
import { BuyingProcessPhase } from './buyingProcess/BuyingProcessPhase';
import { ResponsibilitiesPhase } from './responsibilities/ResponsibilitiesPhase';
import { HandoffPhase } from './handoff/HandoffPhase';
import { BestCustomersPhase } from './bestCustomers/BestCustomersPhase';
import { GoalsPhase } from './goals/GoalsPhase';
import { RhythmPhase } from './rhythm/RhythmPhase';
import { ActionsPhase } from './actions/ActionsPhase';
import { SignoffPhase } from './signoff/SignoffPhase';

export interface PhaseViewProps {
  phase: PhaseId;
  readOnly: boolean;
}

export const PHASE_VIEWS = {
  setup: SetupPhase,
  pulse: PulsePhase,
  buyingProcess: BuyingProcessPhase,
  responsibilities: ResponsibilitiesPhase,
  handoff: HandoffPhase,
  bestCustomers: BestCustomersPhase,
  goals: GoalsPhase,
  rhythm: RhythmPhase,
  actions: ActionsPhase,
  signoff: SignoffPhase,
} satisfies Record<PhaseId, ComponentType<PhaseViewProps>>;
