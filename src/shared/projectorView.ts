/**
 * What a projector window may know. The room reads the projector, so it never receives what is
 * the facilitator's alone: private notes, notices (error toasts), and it asks the host nothing
 * but the session and the charter's fingerprint. The host's transports (Electron IPC and the
 * browser mode's socket) apply this to every event and answer for a projector window, so notes
 * are absent from its memory, not merely hidden by its layout.
 */
import type { Patch } from 'immer';
import { noFacilitatorNotes } from '../domain/workshopSchema';
import type { AccordRequestMethod, SessionEvent, SessionSnapshot } from './accordApi';

/** Which kind of window is asking: the facilitator's console, or the projector the room reads. */
export type WindowRole = 'console' | 'projector';

/** The only requests a projector window needs: it mirrors the session and shows the charter. */
const PROJECTOR_METHODS: readonly AccordRequestMethod[] = ['getSession', 'getCharterFingerprint'];

export const projectorMayCall = (method: AccordRequestMethod): boolean => PROJECTOR_METHODS.includes(method);

/** The top-level parts of a workshop that stay on the facilitator's side. */
const PRIVATE_PARTS: ReadonlySet<string | number> = new Set(['facilitatorNotes']);

export function snapshotForProjector(snapshot: SessionSnapshot | null): SessionSnapshot | null {
  if (snapshot === null) return null;
  return { ...snapshot, workshop: { ...snapshot.workshop, facilitatorNotes: noFacilitatorNotes() }, notices: [] };
}

const isPrivatePatch = (patch: Patch): boolean => patch.path.length > 0 && PRIVATE_PARTS.has(patch.path[0]!);

export function eventForProjector(event: SessionEvent): SessionEvent {
  switch (event.kind) {
    case 'snapshot':
      return { kind: 'snapshot', snapshot: snapshotForProjector(event.snapshot) };
    case 'patch':
      // Dropping a patch keeps the revision: the projector's copy of the private parts stays
      // empty, and every other part still follows the host's revisions one by one.
      return event.patches.some(isPrivatePatch) ? { ...event, patches: event.patches.filter((patch) => !isPrivatePatch(patch)) } : event;
    case 'notices':
      return { kind: 'notices', notices: [] };
    default:
      return event;
  }
}

/** The answer a projector window gets to a request it may make. */
export function resultForProjector(method: AccordRequestMethod, result: unknown): unknown {
  return method === 'getSession' ? snapshotForProjector(result as SessionSnapshot | null) : result;
}
