/** Mirror of how this window reaches its host. */
import { create } from 'zustand';
import type { ConnectionState } from '../bridge/connectionState';
import { dismissToastsByKey } from './toastStore';

interface ConnectionStore {
  state: ConnectionState;
  hostKind: 'electron' | 'web' | null;
}

export const useConnectionStore = create<ConnectionStore>(() => ({
  state: { status: 'connecting' },
  hostKind: null,
}));

/** Said wherever an edit is refused because the browser mode has lost its host. */
export const NOT_CONNECTED_EDIT_MESSAGE = 'Not connected — changes can’t be made until Accord is back.';

/** The toast key of that message: one at a time, and gone once the host is back. */
export const NOT_CONNECTED_TOAST_KEY = 'not-connected';

/**
 * True while the browser mode has no host. Edits are refused then rather than queued: nothing
 * typed can be shown as kept when it is on no disk.
 */
export const isDisconnected = (store: ConnectionStore = useConnectionStore.getState()) =>
  store.hostKind === 'web' && store.state.status !== 'connected';

export const useDisconnected = () => useConnectionStore((store) => isDisconnected(store));

// Once the host is back, "not connected" is no longer true.
useConnectionStore.subscribe((store, previous) => {
  if (isDisconnected(previous) && !isDisconnected(store)) dismissToastsByKey(NOT_CONNECTED_TOAST_KEY);
});
