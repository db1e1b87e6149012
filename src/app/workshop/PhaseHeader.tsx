/** Title and purpose at the top of every phase, the same words the projector shows, and the facilitator's private prompts. */
import { PHASES } from '../../domain/phases';
import type { PhaseId } from '../../domain/workshopSchema';
import { FacilitatorNotes } from './FacilitatorNotes';

export function PhaseHeader({ phase, number }: { phase: PhaseId; number: number }) {
  return (
    <div className="phase-header">
      <p className="phase-header__eyebrow">Phase {number}</p>
      <h2 className="phase-header__title">{PHASES[phase].label}</h2>
      <p className="phase-header__purpose">{PHASES[phase].purpose}</p>
      <FacilitatorNotes key={phase} phase={phase} />
    </div>
  );
}
