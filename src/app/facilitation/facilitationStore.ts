/** Which facilitation tool is open in this window; never sent to the host. */
import { create } from 'zustand';

interface FacilitationStore {
  /** The modal tool in front, if any. */
  modal: 'parkingLot' | 'vote' | null;
  /** The sticky-notes panel stays open beside the phase while the room works. */
  notesOpen: boolean;
  /** Bumped to ask the notes panel to put the caret in its "new note" field. */
  noteFocusRequests: number;
}

export const useFacilitationStore = create<FacilitationStore>(() => ({ modal: null, notesOpen: false, noteFocusRequests: 0 }));

export const openModal = (modal: 'parkingLot' | 'vote') => useFacilitationStore.setState({ modal });
export const closeModal = () => useFacilitationStore.setState({ modal: null });
export const openNotes = () => useFacilitationStore.setState((s) => ({ notesOpen: true, noteFocusRequests: s.noteFocusRequests + 1 }));
export const closeNotes = () => useFacilitationStore.setState({ notesOpen: false });
