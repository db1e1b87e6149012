/**
 * Which phase the console showed when it was last open on a workshop, kept in this window's
 * storage. A relaunch usually goes straight back into that workshop (the host reopens it): with
 * this hint the console fetches the workshop shell and that phase's view while its socket is
 * still being set up, instead of only once the session has arrived.
 */
import type { PhaseId } from '../../domain/workshopSchema';
import { PHASE_VIEWS } from '../phases/phaseViews';

const STORAGE_KEY = 'accord.lastOpenPhase';

export function readLastOpenPhase(): PhaseId | null {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return stored !== null && Object.hasOwn(PHASE_VIEWS, stored) ? (stored as PhaseId) : null;
  } catch {
    return null;
  }
}

/** `null`: no workshop is open (the library), so a relaunch fetches nothing ahead. */
export function rememberOpenPhase(phase: PhaseId | null): void {
  try {
    if (phase === null) window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, phase);
  } catch {
    // Storage refused: the next start only misses the head start.
  }
}
