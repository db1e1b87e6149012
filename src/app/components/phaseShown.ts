/**
 * Whether the phase a part of the console belongs to is the one shown: the console keeps the
 * phases it has shown in the page, hidden (KeptPhase). True outside a phase.
 */
import { createContext, useContext } from 'react';

export const PhaseShownContext = createContext(true);

const ALWAYS_SHOWN: { readonly current: boolean } = { current: true };
export const PhaseShownRefContext = createContext<{ readonly current: boolean }>(ALWAYS_SHOWN);

/** For a part that must not outlive its phase's showing (an open question): renders again when it changes. */
export function usePhaseShown(): boolean {
  return useContext(PhaseShownContext);
}

/** For an event handler: reads whether the phase is shown when it runs, without rendering again when it changes. */
export function usePhaseShownRef(): { readonly current: boolean } {
  return useContext(PhaseShownRefContext);
}
