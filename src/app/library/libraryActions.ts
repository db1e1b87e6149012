/** What the library's buttons do: one host call each, then refresh the mirror and say what happened. */
import { displayName } from '../../domain/displayNames';
import { importTooLargeMessage, MAX_IMPORT_BYTES, type CreateWorkshopRequest } from '../../shared/accordApi';
import { hostApi } from '../bridge/hostApi';
import { refreshLibrary, useLibraryStore } from '../stores/libraryStore';
import { echoesApplied } from '../stores/paintBeforeEcho';
import { errorMessage, resyncSession, useSessionStore } from '../stores/sessionStore';
import { showToast } from '../stores/toastStore';
import { useUiStore } from '../stores/uiStore';
import { downloadText } from './downloadText';

async function attempt<T>(run: () => Promise<T>): Promise<T | null> {
  try {
    return await run();
  } catch (error) {
    showToast({ kind: 'error', message: errorMessage(error) });
    return null;
  } finally {
    void refreshLibrary();
  }
}

const titleOf = (id: string) => displayName(useLibraryStore.getState().summaries.find((s) => s.id === id)?.title ?? '', 'workshop');

export async function openWorkshop(id: string): Promise<void> {
  const snapshot = await attempt(() => hostApi().openWorkshop(id));
  if (snapshot) {
    // Events of the workshop before, held for a paint, apply first and cannot land on this one.
    await echoesApplied();
    useSessionStore.setState({ loaded: true, snapshot });
  }
}

/** Back to the library: the host closes the workshop (saving it) for every window. */
export async function closeWorkshop(): Promise<void> {
  await attempt(() => hostApi().closeWorkshop());
  await resyncSession();
}

export async function createWorkshop(request: CreateWorkshopRequest): Promise<boolean> {
  const summary = await attempt(() => hostApi().createWorkshop(request));
  if (!summary) return false;
  await openWorkshop(summary.id);
  return true;
}

export async function renameWorkshop(id: string, title: string): Promise<boolean> {
  const summary = await attempt(() => hostApi().renameWorkshop(id, title));
  if (summary) showToast({ kind: 'success', message: `Renamed to “${summary.title}”.` });
  return summary !== null;
}

export async function duplicateWorkshop(id: string): Promise<void> {
  const summary = await attempt(() => hostApi().duplicateWorkshop(id));
  if (summary) showToast({ kind: 'success', message: `Created “${summary.title}”.` });
}

/** Creates the check-in of a signed workshop and opens it on its Setup; says why when the workshop cannot have one. */
export async function createCheckIn(id: string): Promise<void> {
  const result = await attempt(() => hostApi().createCheckIn(id));
  if (!result) return;
  if (!result.ok) {
    showToast({ kind: 'error', message: result.message });
    return;
  }
  showToast({ kind: 'success', message: `Created “${displayName(result.title, 'workshop')}”.` });
  await openWorkshop(result.id);
}

export async function deleteWorkshop(id: string): Promise<boolean> {
  const title = titleOf(id);
  const done = await attempt(async () => {
    await hostApi().deleteWorkshop(id);
    return true;
  });
  if (done) showToast({ kind: 'success', message: `Deleted “${title}”.` });
  return done === true;
}

export async function exportWorkshop(id: string): Promise<void> {
  const file = await attempt(() => hostApi().exportWorkshop(id));
  if (!file) return;
  downloadText(file.fileName, file.text);
  showToast({ kind: 'success', message: `Exported ${file.fileName}.` });
}

export async function importWorkshopFile(file: File): Promise<void> {
  useUiStore.setState({ importProblem: null });
  // Checked before reading or sending: the same limit the host and the transport enforce.
  if (file.size > MAX_IMPORT_BYTES) {
    useUiStore.setState({ importProblem: { fileName: file.name, message: importTooLargeMessage(file.size), rejections: [] } });
    return;
  }
  const text = await file.text();
  const result = await attempt(() => hostApi().importWorkshop(file.name, text));
  if (!result) return;
  if (result.ok) {
    showToast({ kind: 'success', message: `Imported “${result.summary.title || file.name}”.` });
  } else {
    useUiStore.setState({
      importProblem: {
        fileName: file.name,
        message: result.message,
        rejections: result.rejections,
        ...(result.notAWorkshop ? { notAWorkshop: result.notAWorkshop } : {}),
      },
    });
  }
}
