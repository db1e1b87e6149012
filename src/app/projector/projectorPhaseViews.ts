/** The content the projector shows for each phase, below the phase name; null shows the name and purpose alone. */
import type { ComponentType } from 'react';
import type { PhaseId, Workshop } from '../../domain/workshopSchema';
import { PulseProjection } from './phases/PulseProjection';
import { BuyingProcessProjection } from './phases/BuyingProcessProjection';
import { ResponsibilitiesProjection } from './phases/ResponsibilitiesProjection';
import { HandoffProjection } from './phases/HandoffProjection';
import { BestCustomersProjection } from './phases/BestCustomersProjection';
import { GoalsProjection } from './phases/GoalsProjection';
import { RhythmProjection } from './phases/RhythmProjection';
import { ActionsProjection } from './phases/ActionsProjection';

export interface ProjectionProps {
  workshop: Workshop;
}

export const PROJECTOR_VIEWS = {
  setup: null,
  pulse: PulseProjection,
  buyingProcess: BuyingProcessProjection,
  responsibilities: ResponsibilitiesProjection,
  handoff: HandoffProjection,
  bestCustomers: BestCustomersProjection,
  goals: GoalsProjection,
  rhythm: RhythmProjection,
  actions: ActionsProjection,
  signoff: null,
} satisfies Record<PhaseId, ComponentType<ProjectionProps> | null>;
