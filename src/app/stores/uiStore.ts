/** Window-only state: which dialog is open and what the last import said. Never sent to the host. */
import { create } from 'zustand';
import type { Rejection } from '../../domain/validationMessages';

export type OpenDialog =
  | { kind: 'newWorkshop' }
  | { kind: 'rename'; workshopId: string }
  | { kind: 'delete'; workshopId: string }
  | null;

interface ImportProblem {
  fileName: string;
  message: string;
  rejections: Rejection[];
  /** Set for JSON that is not a workshop at all: this sentence, then only the first few paths. */
  notAWorkshop?: string;
}

interface UiStore {
  dialog: OpenDialog;
  importProblem: ImportProblem | null;
  /** Bumped to ask the library's hidden file input to open (menu action, shortcut). */
  importRequests: number;
  /** Whether the console's presenter strip shows its details (plan, checks, the room in miniature) or the timer alone. */
  presenterDetails: boolean;
}

export const useUiStore = create<UiStore>(() => ({ dialog: null, importProblem: null, importRequests: 0, presenterDetails: true }));

export const setPresenterDetails = (presenterDetails: boolean) => useUiStore.setState({ presenterDetails });

export const openDialog = (dialog: OpenDialog) => useUiStore.setState({ dialog });
export const closeDialog = () => useUiStore.setState({ dialog: null });
