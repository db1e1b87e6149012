/**
 * Mirror of the host's open session. Patches apply only in revision order; anything out of
 * order (a missed event, a reconnect) brings the mirror back in step: with only the missed
 * changes when the host still holds them, else with the whole session. No business rules live here:
 * every change goes to the host as a command and comes back as a patch.
 */
import { enablePatches, Immer } from 'immer';
import { create } from 'zustand';
import type { Command } from '../../domain/commands';
import type { Rejection } from '../../domain/validationMessages';
import type { DispatchResult, SessionEvent, SessionPosition, SessionResume, SessionSnapshot } from '../../shared/accordApi';
import { hostApi } from '../bridge/hostApi';
import { isDisconnected, NOT_CONNECTED_EDIT_MESSAGE, NOT_CONNECTED_TOAST_KEY } from './connectionStore';
import { afterLocalPaint, echoesApplied } from './paintBeforeEcho';
import { showToast } from './toastStore';

enablePatches();

/**
 * The mirror applies the host's patches without freezing: immer's default deep-freezes the whole
 * tree on the first patch after a snapshot (12–16 ms on a 5 MB workshop, a dropped frame), and
 * this copy is never mutated in place anyway (every change comes from the host as a patch). Its
 * own instance, so any other use of immer keeps freezing.
 */
const mirrorPatches = new Immer({ autoFreeze: false });

interface SessionStore {
  /** False until the first answer from the host, so the window can tell "loading" from "no workshop". */
  loaded: boolean;
  snapshot: SessionSnapshot | null;
}

export const useSessionStore = create<SessionStore>(() => ({ loaded: false, snapshot: null }));

/** Applies a session event from the host, after the paint of a local change that waits for one (paintBeforeEcho). */
export function applySessionEvent(event: SessionEvent): void {
  afterLocalPaint(() => applyNow(event));
}

function applyNow(event: SessionEvent): void {
  const { snapshot } = useSessionStore.getState();
  switch (event.kind) {
    case 'snapshot':
      useSessionStore.setState({ loaded: true, snapshot: event.snapshot });
      return;
    case 'patch':
      if (snapshot && event.revision === snapshot.revision + 1) {
        useSessionStore.setState({
          snapshot: {
            ...snapshot,
            workshop: mirrorPatches.applyPatches(snapshot.workshop, event.patches),
            revision: event.revision,
            canUndo: event.canUndo,
            canRedo: event.canRedo,
            undoDepth: event.undoDepth,
          },
        });
      } else if (!snapshot || event.revision > snapshot.revision) {
        void resyncSession();
      }
      return;
    case 'saveState':
      if (snapshot) useSessionStore.setState({ snapshot: { ...snapshot, saveState: event.saveState } });
      return;
    case 'notices':
      if (snapshot) useSessionStore.setState({ snapshot: { ...snapshot, notices: event.notices } });
      return;
  }
}

let resyncing: Promise<void> | null = null;
let resyncAgain = false;

/**
 * Brings the mirror up to the host's session: only the changes it missed when the host still
 * holds them, else the whole snapshot. Calls made meanwhile fold into one more round.
 */
export function resyncSession(): Promise<void> {
  if (resyncing) {
    resyncAgain = true;
    return resyncing;
  }
  resyncing = (async () => {
    try {
      do {
        resyncAgain = false;
        const mirror = useSessionStore.getState().snapshot;
        const since = mirror && { sessionRunId: mirror.sessionRunId, revision: mirror.revision };
        const resume: SessionResume = since ? await hostApi().resumeSession(since) : { kind: 'snapshot', snapshot: await hostApi().getSession() };
        // Events held for a paint are older than this answer: they go first, so none lands on top of it.
        await echoesApplied();
        if (resume.kind === 'patches') {
          catchUp(since!, resume);
          continue;
        }
        const fresh = resume.snapshot;
        const current = useSessionStore.getState().snapshot;
        // Over IPC an event can overtake this answer; never step back to an older revision of the
        // same run. A restarted host counts from its own start: its snapshot always replaces ours.
        const stale = fresh && current && fresh.sessionRunId === current.sessionRunId && fresh.revision < current.revision;
        if (!stale) useSessionStore.setState({ loaded: true, snapshot: fresh });
      } while (resyncAgain);
    } catch {
      // Connection trouble: the bridge shows it and resyncs after reconnecting.
    } finally {
      resyncing = null;
    }
  })();
  return resyncing;
}

/**
 * Applies the missed changes in one step (those that arrived as events meanwhile are skipped),
 * with the save state and notices as the host had them. A mirror that another session replaced
 * meanwhile keeps its own.
 */
function catchUp(since: SessionPosition, { events, saveState, notices }: Extract<SessionResume, { kind: 'patches' }>): void {
  const current = useSessionStore.getState().snapshot;
  if (!current || current.sessionRunId !== since.sessionRunId) return;
  const missed = events.filter((event) => event.revision > current.revision);
  const last = missed.at(-1);
  const workshop = last ? mirrorPatches.applyPatches(current.workshop, missed.flatMap((event) => event.patches)) : current.workshop;
  const history = last ? { revision: last.revision, canUndo: last.canUndo, canRedo: last.canRedo, undoDepth: last.undoDepth } : {};
  useSessionStore.setState({ loaded: true, snapshot: { ...current, ...history, workshop, saveState, notices } });
}

/** Turns a rejection into one sentence: full sentences stay as they are, field messages get the field's name. */
export function rejectionSentence(rejection: Rejection): string {
  const message = rejection.message.trim();
  if (/^[A-Z“"]/.test(message) || !rejection.path) return message;
  const field = rejection.path.split('.').pop()!.replace(/\[\d+\]$/, '');
  const words = field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} ${message.replace(/\.$/, '')}.`;
}

async function runAndReport(run: () => Promise<DispatchResult>): Promise<boolean> {
  if (isDisconnected()) {
    showToast({ kind: 'error', message: NOT_CONNECTED_EDIT_MESSAGE, key: NOT_CONNECTED_TOAST_KEY });
    return false;
  }
  try {
    const result = await run();
    // The answer may overtake its own patch while events wait for a paint; callers read the store after it.
    await echoesApplied();
    if (!result.ok) showToast({ kind: 'error', message: rejectionSentence(result.rejection) });
    return result.ok;
  } catch (error) {
    showToast({ kind: 'error', message: errorMessage(error) });
    return false;
  }
}

/** Sends one edit to the host; a rejection shows as a toast. Resolves to whether it was applied. */
export function dispatchCommand(command: Command): Promise<boolean> {
  return runAndReport(() => hostApi().dispatch(command));
}

/**
 * Sends an intent command (a new vote, decision, note…) and resolves to the id the host gave the
 * new item, or null when it was refused (the toast says why).
 */
export async function dispatchIntent(command: Command): Promise<string | null> {
  let createdId: string | null = null;
  const ok = await runAndReport(async () => {
    const result = await hostApi().dispatch(command);
    if (result.ok) createdId = result.createdId ?? null;
    return result;
  });
  return ok ? createdId : null;
}

/** Undoes the last edit; an edit whose patch waits for a paint counts (see paintBeforeEcho). */
export async function undo(): Promise<boolean> {
  await echoesApplied();
  if (!useSessionStore.getState().snapshot?.canUndo) return false;
  return runAndReport(() => hostApi().undo());
}

export async function redo(): Promise<boolean> {
  await echoesApplied();
  if (!useSessionStore.getState().snapshot?.canRedo) return false;
  return runAndReport(() => hostApi().redo());
}

export function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // Electron wraps host errors as "Error invoking remote method 'accord:x': Error: …"; keep the sentence.
  return message.replace(/^Error invoking remote method '[^']*': (?:\w*Error: )?/, '');
}
