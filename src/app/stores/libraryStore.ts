/** Mirror of the host's workshop library (summaries only). */
import { create } from 'zustand';
import type { WorkshopSummary } from '../../shared/accordApi';
import { hostApi } from '../bridge/hostApi';
import { errorMessage } from './sessionStore';

interface LibraryStore {
  loaded: boolean;
  summaries: WorkshopSummary[];
  /** Why the list could not be read, if it could not. */
  error: string | null;
}

export const useLibraryStore = create<LibraryStore>(() => ({ loaded: false, summaries: [], error: null }));

/** The listing asked for at start, until the library first comes into view. */
let startListing: Promise<void> | null = null;

export function refreshLibrary(): Promise<void> {
  return listNow();
}

/** A console starting on the library asks for the list at once, together with the session. */
export function listLibraryAtStart(): Promise<void> {
  startListing ??= listNow();
  return startListing;
}

/**
 * The library came into view, and may have changed since it was last read (edits, saves, other
 * windows): it is read again. The first time, the list asked for at start is as fresh (it was
 * asked for a moment ago, before anything could change), on its way or just arrived; asking
 * again would only double the host's work (it reads every workshop file) while the facilitator
 * waits for the cards. Unless that one failed: then it is worth another try.
 */
export function refreshLibraryOnShow(): Promise<void> {
  const listing = startListing;
  startListing = null;
  if (listing && !(useLibraryStore.getState().loaded && useLibraryStore.getState().error !== null)) return listing;
  return listNow();
}

async function listNow(): Promise<void> {
  try {
    const summaries = await hostApi().listWorkshops();
    useLibraryStore.setState({ loaded: true, summaries, error: null });
  } catch (error) {
    useLibraryStore.setState({ loaded: true, error: errorMessage(error) });
  }
}
