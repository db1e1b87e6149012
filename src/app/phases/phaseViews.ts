/**
 * Which component shows each phase on the console. Each phase is its own chunk, loaded when the
 * workshop opens on it or ahead of a switch (WorkshopShell preloads the others when idle), so
 * the library page and the first phase paint from less script.
 */
import { memo, type ComponentType } from 'react';
import type { PhaseId } from '../../domain/workshopSchema';
import { preloadableLazy, type Preloadable } from '../components/preloadableLazy';

export interface PhaseViewProps {
  phase: PhaseId;
  readOnly: boolean;
}

type View = Preloadable<PhaseViewProps>;

/**
 * Phase views read what they need from the store themselves; memoised, so that the shell
 * re-rendering (a phase change, a save state) does not re-render the whole phase.
 */
const view = (load: () => Promise<ComponentType<PhaseViewProps>>): View => preloadableLazy(() => load().then((component) => memo(component)));

export const PHASE_VIEWS = {
  setup: view(() => import('./setup/SetupPhase').then((m) => m.SetupPhase)),
  pulse: view(() => import('./pulse/PulsePhase').then((m) => m.PulsePhase)),
  sinceLastTime: view(() => import('./sinceLastTime/SinceLastTimePhase').then((m) => m.SinceLastTimePhase)),
  buyingProcess: view(() => import('./buyingProcess/BuyingProcessPhase').then((m) => m.BuyingProcessPhase)),
  responsibilities: view(() => import('./responsibilities/ResponsibilitiesPhase').then((m) => m.ResponsibilitiesPhase)),
  handoff: view(() => import('./handoff/HandoffPhase').then((m) => m.HandoffPhase)),
  bestCustomers: view(() => import('./bestCustomers/BestCustomersPhase').then((m) => m.BestCustomersPhase)),
  goals: view(() => import('./goals/GoalsPhase').then((m) => m.GoalsPhase)),
  rhythm: view(() => import('./rhythm/RhythmPhase').then((m) => m.RhythmPhase)),
  actions: view(() => import('./actions/ActionsPhase').then((m) => m.ActionsPhase)),
  signoff: view(() => import('./signoff/SignoffPhase').then((m) => m.SignoffPhase)),
} satisfies Record<PhaseId, View>;

/** Starts loading a phase's view (once); resolves when it can render without waiting. */
export function preloadPhaseView(phase: PhaseId): Promise<unknown> {
  return PHASE_VIEWS[phase].preload();
}
