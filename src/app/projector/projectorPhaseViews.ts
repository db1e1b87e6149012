/** The content the projector shows for each phase, below the phase name (each reads its own parts of the workshop). */
import type { ComponentType } from 'react';
import type { PhaseId } from '../../domain/workshopSchema';
import { PulseProjection } from './phases/PulseProjection';
import { BuyingProcessProjection } from './phases/BuyingProcessProjection';
import { ResponsibilitiesProjection } from './phases/ResponsibilitiesProjection';
import { HandoffProjection } from './phases/HandoffProjection';
import { BestCustomersProjection } from './phases/BestCustomersProjection';
import { GoalsProjection } from './phases/GoalsProjection';
import { RhythmProjection } from './phases/RhythmProjection';
import { ActionsProjection } from './phases/ActionsProjection';
import { SignoffProjection } from './phases/SignoffProjection';
import { SetupProjection } from './phases/SetupProjection';
import { SinceLastTimeProjection } from './phases/SinceLastTimeProjection';

export const PROJECTOR_VIEWS = {
  setup: SetupProjection,
  pulse: PulseProjection,
  sinceLastTime: SinceLastTimeProjection,
  buyingProcess: BuyingProcessProjection,
  responsibilities: ResponsibilitiesProjection,
  handoff: HandoffProjection,
  bestCustomers: BestCustomersProjection,
  goals: GoalsProjection,
  rhythm: RhythmProjection,
  actions: ActionsProjection,
  signoff: SignoffProjection,
} satisfies Record<PhaseId, ComponentType>;
