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

export async function refreshLibrary(): Promise<void> {
  try {
    const summaries = await hostApi().listWorkshops();
    useLibraryStore.setState({ loaded: true, summaries, error: null });
  } catch (error) {
    useLibraryStore.setState({ loaded: true, error: errorMessage(error) });
  }
}
