/**
 * The renderer's one way to read the mirrored workshop: named selectors over the session
 * store, each returning a part whose identity changes only when that part changes (immer keeps
 * untouched lists identical), stable empty lists before a workshop is open, and derived data
 * (checks, swimlanes, navigable phases) memoised on the identity of the lists it reads. A
 * component subscribes to what it shows, so a keystroke re-renders what it changes.
 */
import { createContext, useContext } from 'react';
import { navigablePhases } from '../../domain/phases';
import { noRoomFocus } from '../../domain/roomFocus';
import type { PhaseId, Workshop } from '../../domain/workshopSchema';
import { useSessionStore } from './sessionStore';

export type SessionState = ReturnType<typeof useSessionStore.getState>;
type Selector<T> = (state: SessionState) => T;

const NONE: never[] = [];
const NO_NOTICES: NonNullable<SessionState['snapshot']>['notices'] = [];

/** The store this window's views read: the mirror, or for the projector the session as shown (see shownSession). */
let source: typeof useSessionStore = useSessionStore;

/** Called once at start, before anything renders: this window shows `store` instead of the mirror. */
export function readWorkshopFrom(store: typeof useSessionStore): void {
  source = store;
}

/**
 * A part of a window that shows another store than the window's own: the console's miniature of
 * the projector reads the session as the room sees it (held while frozen). Null: the window's.
 */
const WorkshopSourceContext = createContext<typeof useSessionStore | null>(null);
export const WorkshopSourceProvider = WorkshopSourceContext.Provider;

/** The store this part of the window reads (see WorkshopSourceProvider). */
export function useWorkshopSource(): typeof useSessionStore {
  return useContext(WorkshopSourceContext) ?? source;
}

export function useWorkshop<T>(selector: Selector<T>): T {
  return useWorkshopSource()(selector);
}

// ---------------------------------------------------------------- the session

export const selectLoaded: Selector<boolean> = (s) => s.loaded;
export const selectIsOpen: Selector<boolean> = (s) => s.snapshot !== null;
export const selectWorkshopId: Selector<string | null> = (s) => s.snapshot?.workshop.id ?? null;
export const selectReadOnly: Selector<boolean> = (s) => s.snapshot?.readOnly ?? false;
export const selectReadOnlyReason: Selector<string | null> = (s) => s.snapshot?.readOnlyReason ?? null;
export const selectCanUndo: Selector<boolean> = (s) => s.snapshot?.canUndo ?? false;
export const selectCanRedo: Selector<boolean> = (s) => s.snapshot?.canRedo ?? false;
export const selectSaveState = (s: SessionState) => s.snapshot?.saveState ?? null;
export const selectNotices = (s: SessionState) => s.snapshot?.notices ?? NO_NOTICES;

// ---------------------------------------------------------------- the workshop's parts

function listSelector<T>(read: (workshop: Workshop) => T[]): Selector<T[]> {
  return (s) => (s.snapshot ? read(s.snapshot.workshop) : NONE);
}

export const selectCurrentPhase: Selector<PhaseId> = (s) => s.snapshot?.workshop.currentPhase ?? 'setup';
export const selectSignedCount: Selector<number> = (s) => s.snapshot?.workshop.signoff.signatures.length ?? 0;
export const selectCharterVersion: Selector<number> = (s) => s.snapshot?.workshop.signoff.charterVersion ?? 1;
export const selectSetup = (s: SessionState) => s.snapshot?.workshop.setup ?? null;
export const selectTimer = (s: SessionState) => s.snapshot?.workshop.timer ?? null;
const NO_FOCUS: Workshop['room']['focus'] = noRoomFocus();
/** What the facilitator is discussing: the focused stage and the Responsibilities view (the room reads the same). */
export const selectRoomFocus: Selector<Workshop['room']['focus']> = (s) => s.snapshot?.workshop.room.focus ?? NO_FOCUS;
const NO_PULSE: Workshop['pulse'] = { statements: [], scores: [] };
export const selectPulse: Selector<Workshop['pulse']> = (s) => s.snapshot?.workshop.pulse ?? NO_PULSE;
/** A check-in's look back on the workshops before it; null for a first workshop. */
export const selectCheckIn: Selector<Workshop['checkIn']> = (s) => s.snapshot?.workshop.checkIn ?? null;

export const selectTeams = listSelector((w) => w.teams);
export const selectParticipants = listSelector((w) => w.participants);
export const selectAgenda = listSelector((w) => w.agenda);
export const selectTimeSpent = listSelector((w) => w.timeSpent);
export const selectStages = listSelector((w) => w.stages);
export const selectActivities = listSelector((w) => w.activities);
export const selectHandoffs = listSelector((w) => w.handoffs);
export const selectBestCustomers = listSelector((w) => w.bestCustomers);
export const selectGoals = listSelector((w) => w.goals);
export const selectIncentives = listSelector((w) => w.incentives);
export const selectMeetings = listSelector((w) => w.rhythm.meetings);
export const selectInsightLoops = listSelector((w) => w.rhythm.insightLoops);
export const selectRotations = listSelector((w) => w.rhythm.rotations);
export const selectGlossary = listSelector((w) => w.rhythm.glossary);
export const selectSponsors = listSelector((w) => w.rhythm.sponsors);
export const selectActions = listSelector((w) => w.actions);
export const selectParkingLot = listSelector((w) => w.parkingLot);
export const selectDecisions = listSelector((w) => w.decisions);
export const selectVotes = listSelector((w) => w.votes);
export const selectNotes = listSelector((w) => w.notes);

export const selectOpenVoteCount: Selector<number> = (s) => selectVotes(s).filter((v) => v.status === 'open').length;

// ---------------------------------------------------------------- derived, memoised per input identity

/**
 * How many inputs a derived selector remembers: one per store a window reads. The console reads
 * its mirror and, in the projector's miniature, the session as the room sees it (frozen, or a
 * moment behind); with one slot, two stores holding different lists would each recompute on
 * every read and never settle (React gives up: "Maximum update depth exceeded").
 */
const REMEMBERED_INPUTS = 2;

/** Remembers the last results and recomputes only when an argument is a different object from those of every remembered one. */
export function memoOnIdentity<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let remembered: { args: A; result: R }[] = [];
  return (...args) => {
    const hit = remembered.find((entry) => args.every((arg, i) => arg === entry.args[i]));
    if (hit) return hit.result;
    const result = compute(...args);
    remembered = [{ args, result }, ...remembered.slice(0, REMEMBERED_INPUTS - 1)];
    return result;
  };
}

// The responsibility checks and swimlanes: responsibilitySelectors.ts, loaded with the phases that show them.

const phasesOf = memoOnIdentity((agenda: Workshop['agenda']) => navigablePhases({ agenda }));
export const selectNavigablePhases = (s: SessionState) => phasesOf(selectAgenda(s));
