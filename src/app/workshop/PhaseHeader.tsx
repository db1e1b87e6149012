/** Title and purpose at the top of every phase, the same words the projector shows, and the facilitator's private prompts. */
import { PHASES } from '../../domain/phases';
import type { PhaseId } from '../../domain/workshopSchema';
import { FacilitatorNotes } from './FacilitatorNotes';
import './phaseHeader.css';

/**
 * `compact` (Sign-off's, by default: its review needs the height): the title and the prompts on
 * one line; the phase number and purpose are still read out, only not shown.
 */
export function PhaseHeader({ phase, number, compact = phase === 'signoff' }: { phase: PhaseId; number: number; compact?: boolean }) {
  const hiddenWhenCompact = compact ? ' visually-hidden' : '';
  return (
    <div className={`phase-header${compact ? ' phase-header--compact' : ''}`}>
      <p className={`phase-header__eyebrow${hiddenWhenCompact}`}>Phase {number}</p>
      <h2 className="phase-header__title">{PHASES[phase].label}</h2>
      <p className={`phase-header__purpose${hiddenWhenCompact}`}>{PHASES[phase].purpose}</p>
      <FacilitatorNotes key={phase} phase={phase} />
    </div>
  );
}
