/**
 * Tools reachable from every phase: parking lot, sticky notes, votes (placeholder until built).
 */
import type { SessionSnapshot } from '../../shared/accordApi';

export function FacilitationLayer(_props: { snapshot: SessionSnapshot }) {
  return null;
}
