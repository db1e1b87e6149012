/** The facilitator's timer for the current agenda item (placeholder until built). */
import type { Workshop } from '../../domain/workshopSchema';

export function AgendaTimer(_props: { workshop: Workshop; readOnly: boolean }) {
  return null;
}
