/** An AccordApi whose every method is a vitest mock; tests set what they need. */
import { vi } from 'vitest';
import type { AccordApi, DispatchResult, SessionEvent, SessionResume, SessionSnapshot } from '../../src/shared/accordApi';
import { createSampleWorkshop } from '../../src/domain/sampleWorkshop';
import { setHostApi } from '../../src/app/bridge/hostApi';
import { refreshLibraryOnShow } from '../../src/app/stores/libraryStore';

export function aSnapshot(overrides: Partial<SessionSnapshot> = {}): SessionSnapshot {
  return {
    workshop: createSampleWorkshop('2026-11-22T10:00:00.000Z'),
    revision: 1,
    sessionRunId: 'run-1',
    undoDepth: 0,
    readOnly: false,
    readOnlyReason: null,
    canUndo: false,
    canRedo: false,
    saveState: { status: 'saved', lastSavedAt: null, error: null },
    notices: [],
    ...overrides,
  };
}

export function fakeHostApi() {
  const listeners = new Set<(event: SessionEvent) => void>();
  const api = {
    listWorkshops: vi.fn(async () => []),
    createWorkshop: vi.fn(),
    renameWorkshop: vi.fn(),
    duplicateWorkshop: vi.fn(),
    deleteWorkshop: vi.fn(async () => undefined),
    importWorkshop: vi.fn(),
    exportWorkshop: vi.fn(),
    createCheckIn: vi.fn(),
    openWorkshop: vi.fn(),
    closeWorkshop: vi.fn(async () => undefined),
    getSession: vi.fn(async (): Promise<SessionSnapshot | null> => null),
    // By default the host has no changes to replay and answers with the session, as getSession does.
    resumeSession: vi.fn(async (): Promise<SessionResume> => ({ kind: 'snapshot', snapshot: await api.getSession() })),
    dispatch: vi.fn(async (): Promise<DispatchResult> => ({ ok: true, revision: 2 })),
    undo: vi.fn(async () => ({ ok: true as const, revision: 2 })),
    redo: vi.fn(async () => ({ ok: true as const, revision: 2 })),
    dismissNotice: vi.fn(async () => undefined),
    getCharterFingerprint: vi.fn(async () => ({ ok: false as const, message: 'No workshop is open.' })),
    exportCharter: vi.fn(async () => ({ ok: false as const, message: 'Not in this test.' })),
    exportWorkshopAs: vi.fn(async () => ({ ok: false as const, message: 'Not in this test.' })),
    verifyCharter: vi.fn(async () => ({ verdict: 'altered' as const, reason: 'Not in this test.', fingerprint: null, library: null, embeddedCharter: null })),
    onDidChangeSession: (listener: (event: SessionEvent) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onDidRequestMenuAction: () => () => undefined,
  } satisfies AccordApi;
  return { api, emit: (event: SessionEvent) => listeners.forEach((l) => l(event)) };
}

/**
 * A fake host installed as this window's, with no library listing left from an earlier test
 * (the app project's test files share their modules) and no calls recorded yet.
 */
export async function installFakeHostWithoutStartListing(): Promise<ReturnType<typeof fakeHostApi>> {
  const host = fakeHostApi();
  setHostApi(host.api);
  await refreshLibraryOnShow(); // uses up a start listing left by an earlier test
  host.api.listWorkshops.mockClear();
  return host;
}
