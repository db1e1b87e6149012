/** What the room sees during this phase, under its name; nothing until the phase is built. */
import type { ProjectionProps } from '../projectorPhaseViews';

export function PulseProjection(_props: ProjectionProps) {
  return null;
}
