/** The time left on the current agenda item, as the room sees it (placeholder until built). */
import type { Workshop } from '../../domain/workshopSchema';

export function ProjectorTimer(_props: { workshop: Workshop }) {
  return null;
}
