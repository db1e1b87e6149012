/**
 * What a projector window may know. The room reads the projector, so it never receives what is
 * the facilitator's alone: the private parts (src/domain/privateParts), notices (error toasts),
 * save errors (they name folders), and it asks the host nothing
 * but the session and the charter's fingerprint. The host's transports (Electron IPC and the
 * browser mode's socket) apply this to every event and answer for a projector window, so notes
 * are absent from its memory, not merely hidden by its layout.
 */
import type { Patch } from 'immer';
import { PRIVATE_PARTS, withoutPrivateParts } from '../domain/privateParts';
import type { Workshop } from '../domain/workshopSchema';
import type { AccordRequestMethod, PatchEvent, SessionEvent, SessionResume, SessionSnapshot } from './accordApi';

/** Which kind of window is asking: the facilitator's console, or the projector the room reads. */
export type WindowRole = 'console' | 'projector';

/** The only requests a projector window needs: it mirrors the session and shows the charter. */
const PROJECTOR_METHODS: readonly AccordRequestMethod[] = ['getSession', 'resumeSession', 'getCharterFingerprint'];

export const projectorMayCall = (method: AccordRequestMethod): boolean => PROJECTOR_METHODS.includes(method);

const PRIVATE: ReadonlySet<string | number> = new Set(PRIVATE_PARTS);

/** Save state without its error text, which can name folders on the facilitator's disk. */
const quietSaveState = (saveState: SessionSnapshot['saveState']): SessionSnapshot['saveState'] => (saveState.error === null ? saveState : { ...saveState, error: null });

export function snapshotForProjector(snapshot: SessionSnapshot | null): SessionSnapshot | null {
  if (snapshot === null) return null;
  return { ...snapshot, workshop: withoutPrivateParts(snapshot.workshop), notices: [], saveState: quietSaveState(snapshot.saveState) };
}

const isPrivatePatch = (patch: Patch): boolean => patch.path.length > 0 && PRIVATE.has(patch.path[0]!);

/** A patch as the projector may see it: none of a private part; a whole-document value without them. */
function patchForProjector(patch: Patch): Patch | null {
  if (isPrivatePatch(patch)) return null;
  if (patch.path.length === 0 && patch.value !== undefined) return { ...patch, value: withoutPrivateParts(patch.value as Workshop) };
  return patch;
}

export function eventForProjector(event: SessionEvent): SessionEvent {
  switch (event.kind) {
    case 'snapshot':
      return { kind: 'snapshot', snapshot: snapshotForProjector(event.snapshot) };
    case 'patch':
      // Dropping a patch keeps the revision: the projector's copy of the private parts stays
      // empty, and every other part still follows the host's revisions one by one.
      return event.patches.some((patch) => isPrivatePatch(patch) || patch.path.length === 0)
        ? { ...event, patches: event.patches.map(patchForProjector).filter((patch): patch is Patch => patch !== null) }
        : event;
    case 'notices':
      return { kind: 'notices', notices: [] };
    case 'saveState':
      return { kind: 'saveState', saveState: quietSaveState(event.saveState) };
    default:
      return event;
  }
}

/** A resume as the projector may see it: each missed change as it was broadcast to the projector. */
function resumeForProjector(resume: SessionResume): SessionResume {
  if (resume.kind === 'snapshot') return { kind: 'snapshot', snapshot: snapshotForProjector(resume.snapshot) };
  return { kind: 'patches', events: resume.events.map((event) => eventForProjector(event) as PatchEvent), saveState: quietSaveState(resume.saveState), notices: [] };
}

/** The answer a projector window gets to a request it may make. */
export function resultForProjector(method: AccordRequestMethod, result: unknown): unknown {
  if (method === 'getSession') return snapshotForProjector(result as SessionSnapshot | null);
  if (method === 'resumeSession') return resumeForProjector(result as SessionResume);
  return result;
}
